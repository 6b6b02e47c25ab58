import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { importBundlesWith } from '../../src/client/search/pagefind.ts';
import { searchSite, type SearchOutcome } from '../../src/client/search/run-search.ts';
import { searchPath } from '../../src/site/routes.ts';
import { fileOf, type BuiltSite } from './built-site.ts';

/**
 * The search page's search, run in Node against a build on disk: the very code the page runs
 * (`searchSite()` of src/client/search/run-search.ts, with its loaders) on the very files it loads
 * (Pagefind's own pagefind.js and wasm, the message index, the owned-wording and spelling chunks).
 * Node is given what the browser gives that code: a `fetch` that answers the site's URLs with the
 * build's files, and the page's `window` and `document` as far as pagefind.js reads them (the
 * page's language, which picks the index of that language).
 *
 * One language per module graph, as one browser page: pagefind.js keeps one instance per bundle,
 * set up for the language of the page that loaded it, and the loaders cache what they fetched.
 * So a test file (vitest runs each in a fresh one) or a worker thread opens one search page.
 */

/** Where the page is served from, for resolving the URLs it fetches; any origin does, none leaves Node. */
const PAGE_ORIGIN = 'http://search-page.test';

/** A request of the page: the URL (a path of the site, or the whole URL of another) and whether the build has it. */
export interface PageRequest {
  url: string;
  found: boolean;
}

/** What the search page searches for: a paste as the site's search page would hand it to `searchSite()`. */
export type NodeSearch = (query: string) => Promise<SearchOutcome>;

/**
 * Answers the page's requests from the build: a URL path of the site gets its file (a folder its
 * index.html), anything else a 404, as a static server would.
 */
function fetchFromBuild(site: BuiltSite, requests: PageRequest[]): typeof fetch {
  return async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input), PAGE_ORIGIN);
    const file = url.origin === PAGE_ORIGIN ? fileOf(site, url.pathname) : undefined;
    requests.push({ url: url.origin === PAGE_ORIGIN ? `${url.pathname}${url.search}` : url.href, found: !!file });
    if (!file) return new Response(null, { status: 404, statusText: 'Not Found' });
    return new Response(await readFile(file), { status: 200 });
  };
}

/** The language the search page declares on its root element, which pagefind.js reads. */
function pageLanguage(site: BuiltSite, locale: 'cs' | 'en'): string {
  const path = searchPath(locale, site.base);
  const file = fileOf(site, path);
  if (!file) throw new Error(`${site.outDir} has no search page at ${path}: build the site first`);
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
  if (!lang) throw new Error(`${path} declares no language on <html>`);
  return lang;
}

/**
 * Sets Node up as the search page of `locale` of the build, and returns its search and the requests
 * it made, in order. Replaces the process's `fetch`, `window` and `document` (a test file's or a
 * worker's own); `close()` puts back what was there.
 */
export function openSearchPage(
  site: BuiltSite,
  locale: 'cs' | 'en',
): { search: NodeSearch; requests: readonly PageRequest[]; close(): void } {
  const lang = pageLanguage(site, locale);
  const requests: PageRequest[] = [];
  const saved = {
    fetch: globalThis.fetch,
    window: Reflect.get(globalThis, 'window'),
    document: Reflect.get(globalThis, 'document'),
  };
  globalThis.fetch = fetchFromBuild(site, requests);
  // pagefind.js asks for `window` and `document` to tell a page from a server, then reads the
  // page's language from <html lang>; with no current script, its wasm loader uses the URL it is given.
  Reflect.set(globalThis, 'window', globalThis);
  Reflect.set(globalThis, 'document', {
    currentScript: null,
    documentElement: { lang },
    querySelector: (selector: string) =>
      selector === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? lang : null) } : null,
  });
  importBundlesWith((url) => {
    const file = fileOf(site, new URL(url, PAGE_ORIGIN).pathname);
    if (!file) return Promise.reject(new Error(`${site.outDir} has no ${url}`));
    return import(/* @vite-ignore */ pathToFileURL(file).href);
  });
  return {
    search: (query) => searchSite(query, locale),
    requests,
    close: () => {
      globalThis.fetch = saved.fetch;
      for (const name of ['window', 'document'] as const) {
        if (saved[name] === undefined) Reflect.deleteProperty(globalThis, name);
        else Reflect.set(globalThis, name, saved[name]);
      }
    },
  };
}
