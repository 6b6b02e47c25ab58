import { expect, test } from '@playwright/test';
import { ARTICLES } from './site-pages.ts';
import { SEARCH_ROWS } from './search-table.ts';

/** Every row of the table must put its article first, through the real search page. */
test('the table is large and covers every article on both sites', () => {
  expect(SEARCH_ROWS.length).toBeGreaterThanOrEqual(40);
  const covered = new Set(SEARCH_ROWS.map((row) => `${row.site}:${row.expect}`));
  for (const article of ARTICLES) expect(covered, `${article.locale}:${article.id}`).toContain(`${article.locale}:${article.id}`);
});

for (const [index, row] of SEARCH_ROWS.entries()) {
  const label = row.query.length > 60 ? `${row.query.slice(0, 57).replace(/\s+/g, ' ')}…` : row.query;
  test(`#${index} ${row.kind} on /${row.site}/: "${label}" → ${row.expect}`, async ({ page }) => {
    await page.goto(`/${row.site}/search/?q=${encodeURIComponent(row.query)}`);
    const first = page.locator('[data-search-results] .search-result h3 a').first();
    await expect(first).toHaveAttribute('href', `/${row.site}/${row.expect}/`);
  });
}
