import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { articlePages } from '../lib/article-pages.ts';
import { BUILT_SITES, builtPages, type BuiltSite } from '../lib/built-site.ts';

/**
 * Navigation that scales, on both builds: every article is linked from a listing page and is
 * reachable from its home page in a few clicks, and the pages that lead to the articles stay
 * within a byte budget whatever the number of articles.
 */

/**
 * Raw bytes, as built. The home and search pages show a fixed number of things (entry points with
 * counts, at most 8 featured articles, at most 6 products), so their budget holds at any size: 12.8
 * and 12.0 KB for the Czech pages when this was set. A listing page shows at most 50 cards of about
 * 0.5 KB (the largest 0.53 KB) plus the page around them (about 4.5 KB): 48 KB leaves room for longer
 * titles and product lists.
 */
const BUDGET = { home: 16 * 1024, search: 15 * 1024, listing: 48 * 1024 };

describe.each(BUILT_SITES)('$outDir', (site: BuiltSite) => {
  const pages = new Map(builtPages(site).map((page) => [page.path, page]));
  const articlePaths = articlePages(site).map((article) => article.path);
  const inSite = (pattern: string): RegExp => new RegExp(`^${site.base}(${LOCALES.join('|')})/${pattern}`);
  const isListing = (path: string): boolean => inSite('(articles|errors|products)/').test(path);

  /** The site pages a page links to, without fragments or queries. */
  function linksOf(pagePath: string): Set<string> {
    const links = new Set<string>();
    for (const anchor of pages.get(pagePath)?.document.querySelectorAll('a[href]') ?? []) {
      const url = new URL(anchor.getAttribute('href')!, `http://site${pagePath}`);
      if (url.host === 'site' && pages.has(url.pathname)) links.add(url.pathname);
    }
    return links;
  }

  /** Clicks from `start` to every page reachable from it (breadth first). */
  function clicksFrom(start: string): Map<string, number> {
    const clicks = new Map([[start, 0]]);
    const queue = [start];
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      for (const next of linksOf(path)) {
        if (!clicks.has(next)) {
          clicks.set(next, clicks.get(path)! + 1);
          queue.push(next);
        }
      }
    }
    return clicks;
  }

  test('has article pages and listing pages in both languages', () => {
    for (const locale of LOCALES) {
      expect(articlePaths.filter((path) => path.startsWith(`${site.base}${locale}/`)).length).toBeGreaterThan(0);
      expect(pages.has(`${site.base}${locale}/articles/`)).toBe(true);
      expect(pages.has(`${site.base}${locale}/products/`)).toBe(true);
    }
  });

  test('every article page is linked from a listing page of its language', () => {
    const linked = new Set([...pages.keys()].filter(isListing).flatMap((path) => [...linksOf(path)]));
    expect(articlePaths.filter((path) => !linked.has(path))).toEqual([]);
  });

  test('every article is at most three clicks from the home page of its language', () => {
    for (const locale of LOCALES) {
      const clicks = clicksFrom(`${site.base}${locale}/`);
      const far = articlePaths
        .filter((path) => path.startsWith(`${site.base}${locale}/`))
        .filter((path) => (clicks.get(path) ?? Infinity) > 3)
        .map((path) => `${path}: ${clicks.get(path) ?? 'unreachable'}`);
      expect(far).toEqual([]);
    }
  });

  test('home, search and listing pages stay within their byte budgets', () => {
    const over: string[] = [];
    for (const [path, page] of pages) {
      const budget = inSite('$').test(path)
        ? BUDGET.home
        : inSite('search/$').test(path)
          ? BUDGET.search
          : isListing(path)
            ? BUDGET.listing
            : undefined;
      const bytes = Buffer.byteLength(page.html);
      if (budget !== undefined && bytes > budget) over.push(`${path}: ${bytes} bytes > ${budget}`);
    }
    expect(over).toEqual([]);
  });
});
