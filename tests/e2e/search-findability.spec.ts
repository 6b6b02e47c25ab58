import { expect, test } from '@playwright/test';
import { ARTICLES } from './site-pages.ts';
import { SEARCH_ROWS, type SearchRow } from '../../scripts/lib/search-table.ts';

/**
 * Every row of the findability table must put its article first, through the real search page:
 * one test per row, so a miss names its query and a busy machine gives each its own timeout. A row
 * with a `cause` (the paste names an identifier) must also link straight to that cause.
 */
test('the table is large and covers every article on both sites', () => {
  expect(SEARCH_ROWS.length).toBeGreaterThanOrEqual(40);
  const covered = new Set(SEARCH_ROWS.map((row) => `${row.site}:${row.expect}`));
  for (const article of ARTICLES)
    expect(covered, `${article.locale}:${article.id}`).toContain(`${article.locale}:${article.id}`);
});

/** The row's title in the report: site, kind and the start of the query on one line. */
function title(row: SearchRow, index: number): string {
  const query = row.query.replace(/\s+/g, ' ').slice(0, 70);
  return `${index + 1}. /${row.site}/ ${row.kind} → ${row.expect}: ${query}`;
}

SEARCH_ROWS.forEach((row, index) => {
  test(title(row, index), async ({ page }) => {
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
