import { expect, test as base, type Page } from '@playwright/test';
import { SEARCH_ROWS, type SearchRow } from '../../scripts/lib/search-table.ts';
import {
  browserSample,
  expectedFirst,
  holdsCertificate,
  pageQuery,
  rowTitle,
  splitLink,
} from '../../scripts/lib/findability-rows.ts';

/**
 * Every row of the findability table runs in Node, through the search page's own code on the
 * built indexes (tests/site/findability-*.test.ts). Here a sample of them goes through the real
 * search page (scripts/lib/findability-rows.ts: a row of each kind, both sites, a certificate
 * paste on each, a paste with Windows line breaks): the query submitted with its form, the results
 * read as rendered. Each must put its article first, and a row with a `cause` (the paste names an
 * identifier) must link straight to that cause. This proves that the page hands the search what
 * the Node runner hands it, and renders what it answers.
 * One test per row, so a miss names its query and a busy machine gives each its own timeout.
 *
 * The rows of a worker share one browser page, as one visitor searching again and again on the
 * search page: a page load per row loaded and started Pagefind anew for every row.
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

/**
 * Searches as a visitor on the search page does: the query typed into its field and submitted,
 * the results read once they are rendered. A paste holding a certificate is sent to the checker
 * by the form (as it should be), so for those rows the page is asked directly, at the address the
 * form would submit to.
 */
async function search(page: Page, row: SearchRow): Promise<void> {
  const searchPath = `/${row.site}/search/`;
  if (new URL(page.url(), 'http://x').pathname !== searchPath) await page.goto(searchPath);
  await page.locator('#paste-search-field').fill(row.query);
  // The Node runner takes the same turn by the table alone (findability-rows.ts): it must agree with the page.
  const offered = Boolean((await page.locator('[data-certificate-offer]').textContent())?.trim());
  expect(offered, 'the checker offered for a certificate paste only').toBe(holdsCertificate(row));
  if (offered) {
    await page.goto(`${searchPath}?q=${encodeURIComponent(row.query)}`);
    await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
    return;
  }
  // The button pressed and the answer awaited in the page, in one round trip: the search itself
  // takes milliseconds here, and an assertion's polling back-off would wait far longer than that.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const list = document.querySelector('[data-search-results]')!;
        const timer = setTimeout(() => reject(new Error('no search answer within 15 s')), 15_000);
        const observer = new MutationObserver(() => {
          if (list.getAttribute('aria-busy') !== 'false') return;
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        });
        observer.observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
        document.querySelector<HTMLButtonElement>('form.paste-search button[type="submit"]')!.click();
      }),
  );
  // The search answered was this row's: the form put it in the address (a textarea keeps line breaks as \n).
  expect(new URL(page.url()).searchParams.get('q')).toBe(pageQuery(row));
}

for (const row of browserSample()) {
  test(rowTitle(row, SEARCH_ROWS.indexOf(row)), async ({ searchPage: page }) => {
    await search(page, row);
    const status = page.locator('[data-search-page] [data-search-status]');
    await expect(status).not.toHaveText(/^$|…/);
    const first = await page
      .locator('[data-search-results] .search-result h3 a')
      .first()
      .getAttribute('href', { timeout: 1000 })
      .catch(() => null);
    const { path, hash } = splitLink(first);
    const wanted = expectedFirst(row);
    expect(path, 'the first result').toBe(wanted.path);
    if (wanted.hash !== undefined) expect(hash, 'the section it links to').toBe(wanted.hash);
  });
}
