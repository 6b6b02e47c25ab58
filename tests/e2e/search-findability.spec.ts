import { expect, test as base, type Page } from '@playwright/test';
import { articlePages } from '../lib/article-pages.ts';
import { SEARCH_ROWS, type SearchRow } from '../../scripts/lib/search-table.ts';

/**
 * Every row of the findability table must put its article first, through the real search page:
 * loaded with the query in its address (where its form submits), the results read as rendered.
 * One test per row, so a miss names its query and a busy machine gives each its own timeout. A
 * row with a `cause` (the paste names an identifier) must also link straight to that cause.
 *
 * The rows of a worker share one browser page, as one visitor searching again and again, with the
 * browser's cache: a fresh context per row fetched Pagefind anew for every row.
 */
const test = base.extend<object, { searchPage: Page }>({
  searchPage: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

test('the table is large and covers every article on both sites', () => {
  expect(SEARCH_ROWS.length).toBeGreaterThanOrEqual(40);
  const covered = new Set(SEARCH_ROWS.map((row) => `${row.site}:${row.expect}`));
  const articles = articlePages();
  expect(articles.length).toBeGreaterThan(0);
  for (const article of articles)
    expect(covered, `${article.locale}:${article.id}`).toContain(`${article.locale}:${article.id}`);
});

/** The row's title in the report: site, kind and the start of the query on one line. */
function title(row: SearchRow, index: number): string {
  const query = row.query.replace(/\s+/g, ' ').slice(0, 70);
  return `${index + 1}. /${row.site}/ ${row.kind} → ${row.expect}: ${query}`;
}

SEARCH_ROWS.forEach((row, index) => {
  test(title(row, index), async ({ searchPage: page }) => {
    // The address the search form submits to (a paste holding a certificate, as some reports do,
    // is sent to the checker by the form instead: the search page is asked directly).
    await page.goto(`/${row.site}/search/?q=${encodeURIComponent(row.query)}`);
    const status = page.locator('[data-search-page] [data-search-status]');
    await expect(status).not.toHaveText(/^$|…/, { timeout: 15_000 });
    const first = await page
      .locator('[data-search-results] .search-result h3 a')
      .first()
      .getAttribute('href', { timeout: 1000 })
      .catch(() => null);
    const [path, hash] = (first ?? 'nothing').split('#');
    expect(path, 'the first result').toBe(`/${row.site}/${row.expect}/`);
    if (row.cause) expect(hash, 'the section it links to').toBe(`cause-${row.cause}`);
  });
});
