import { expect, test } from '@playwright/test';
import { ARTICLES } from './site-pages.ts';
import { SEARCH_ROWS, type SearchRow } from '../../scripts/lib/search-table.ts';

/**
 * Every row of the findability table must put its article first, through the real search page.
 * Rows run in batches (one browser page per article and site) to keep the suite fast, with a
 * timeout that grows with the batch's rows; a failure lists every row that missed, with what
 * came first instead.
 */
test('the table is large and covers every article on both sites', () => {
  expect(SEARCH_ROWS.length).toBeGreaterThanOrEqual(40);
  const covered = new Set(SEARCH_ROWS.map((row) => `${row.site}:${row.expect}`));
  for (const article of ARTICLES)
    expect(covered, `${article.locale}:${article.id}`).toContain(`${article.locale}:${article.id}`);
});

const batches = new Map<string, SearchRow[]>();
for (const row of SEARCH_ROWS) {
  const key = `${row.expect} on /${row.site}/`;
  batches.set(key, [...(batches.get(key) ?? []), row]);
}

/** Each query loads the search page and waits for its results: allow each its own time on a busy machine. */
const PER_QUERY_MS = 4_000;

for (const [name, rows] of batches) {
  test(`${name}: ${rows.length} queries find it first`, async ({ page }) => {
    test.setTimeout(15_000 + rows.length * PER_QUERY_MS);
    const misses: string[] = [];
    for (const row of rows) {
      await page.goto(`/${row.site}/search/?q=${encodeURIComponent(row.query)}`);
      const status = page.locator('[data-search-page] [data-search-status]');
      await expect(status).not.toHaveText(/^$|…/, { timeout: 15_000 });
      const first = await page
        .locator('[data-search-results] .search-result h3 a')
        .first()
        .getAttribute('href', { timeout: 1000 })
        .catch(() => null);
      if (first !== `/${row.site}/${row.expect}/`)
        misses.push(`${row.kind} "${row.query.slice(0, 80)}" → ${first ?? 'nothing'}`);
    }
    expect(misses).toEqual([]);
  });
}
