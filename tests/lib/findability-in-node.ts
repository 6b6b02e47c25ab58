import { afterAll, beforeAll, expect, test } from 'vitest';
import { SEARCH_ROWS } from '../../scripts/lib/search-table.ts';
import { SITE } from './built-site.ts';
import { expectedFirst, pageQuery, rowTitle, splitLink } from '../../scripts/lib/findability-rows.ts';
import { openSearchPage, type NodeSearchPage } from '../../scripts/lib/node-search-page.ts';
import { builtFiles } from './built-files.ts';

/** The files a search page loads between them, given the table's rows: each index, its wasm and its chunks. */
function filesOfSearch(locale: 'cs' | 'en', base: string): Record<string, RegExp> {
  const files: Record<string, RegExp> = {
    'the identifier catalog': new RegExp(`^${base}${locale}/search/identifiers\\.json$`),
    'an owned-wording chunk': new RegExp(`^${base}pagefind-messages/owned/${locale}/\\d+\\.json$`),
    'a spelling chunk': new RegExp(`^${base}${locale}/search/terms/\\d+\\.json$`),
  };
  for (const bundle of ['pagefind', 'pagefind-messages']) {
    files[`${bundle}: its wasm`] = new RegExp(`^${base}${bundle}/wasm\\.(${locale}|unknown)\\.pagefind$`);
    files[`${bundle}: the ${locale} metadata`] = new RegExp(`^${base}${bundle}/pagefind\\.${locale}_\\w+\\.pf_meta$`);
    files[`${bundle}: a ${locale} index chunk`] = new RegExp(`^${base}${bundle}/index/${locale}_\\w+\\.pf_index$`);
    files[`${bundle}: a ${locale} page fragment`] = new RegExp(
      `^${base}${bundle}/fragment/${locale}_\\w+\\.pf_fragment$`,
    );
  }
  return files;
}

/**
 * Every row of the findability table for one site, each its own test, searched in Node by the
 * search page's own code on the built indexes (scripts/lib/node-search-page.ts): the row's article
 * must come first, and a row with a `cause` (the paste names an identifier) must link straight to
 * that cause. One test file per site, so that each loads Pagefind for its own language, as its
 * search page does.
 */
export function findabilityTestsFor(locale: 'cs' | 'en'): void {
  let page: NodeSearchPage;
  beforeAll(async () => {
    page = await openSearchPage(builtFiles(SITE), locale);
  });
  afterAll(() => page.close());
  SEARCH_ROWS.forEach((row, index) => {
    if (row.site !== locale) return;
    test(rowTitle(row, index), async () => {
      const outcome = await page.search(pageQuery(row));
      // The link the results list renders first (search-page.ts: a result's link is its url).
      const first = splitLink(outcome.results[0]?.url);
      const wanted = expectedFirst(row, SITE.base);
      expect(first.path, 'the first result').toBe(wanted.path);
      if (wanted.hash !== undefined) expect(first.hash, 'the section it links to').toBe(wanted.hash);
    });
  });
  // Last, so it sees what all the rows fetched: the search loaded what the page loads, and found it all
  // (a missing file would not fail a search, which goes on without it, only weaken it).
  test(`/${locale}/: the rows searched the built indexes, and every file asked for was there`, () => {
    expect(page.requests.filter((request) => !request.found).map((request) => request.url)).toEqual([]);
    const fetched = page.requests.map((request) => request.url);
    for (const [what, pattern] of Object.entries(filesOfSearch(locale, SITE.base)))
      expect(
        fetched.some((url) => pattern.test(url)),
        what,
      ).toBe(true);
  });
}
