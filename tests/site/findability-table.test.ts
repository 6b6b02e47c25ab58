import { expect, test } from 'vitest';
import { SEARCH_ROWS } from '../../scripts/lib/search-table.ts';
import { articlePages } from '../lib/article-pages.ts';

/**
 * The findability table (its rows run in findability-en.test.ts and findability-cs.test.ts) is
 * large and leaves no article of the build out, on either site.
 */
test('the table is large and covers every article on both sites', () => {
  expect(SEARCH_ROWS.length).toBeGreaterThanOrEqual(40);
  const covered = new Set(SEARCH_ROWS.map((row) => `${row.site}:${row.expect}`));
  const articles = articlePages();
  expect(articles.length).toBeGreaterThan(0);
  for (const article of articles)
    expect(covered, `${article.locale}:${article.id}`).toContain(`${article.locale}:${article.id}`);
});
