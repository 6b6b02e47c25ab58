import { importBundlesWith } from '../../src/client/search/pagefind.ts';
import { searchSite, type SearchOutcome } from '../../src/client/search/run-search.ts';
import { searchPath } from '../../src/site/routes.ts';
import type { SiteSource } from './site-source.ts';

/**
 * The search page's search, run in Node against a build: the very code the page runs
 * (`searchSite()` of src/client/search/run-search.ts, with its loaders) on the very files it loads
 * (Pagefind's own pagefind.js and wasm, the message index, the owned-wording and spelling chunks).
 * Node is given what the browser gives that code: a `fetch` that answers the site's URLs with the
 * site's files (site-source.ts), and the page's `window` and `document` as far as pagefind.js reads
 * them (the page's language, which picks the index of that language).
 *
 * One language per module graph, as one browser page: pagefind.js keeps one instance per bundle,
 * set up for the language of the page that loaded it, and the loaders cache what they fetched.
 * So a test file (vitest runs each in a fresh one) or a worker thread opens one search page.
 */

/** Where the page is served from, for resolving the URLs it fetches; any origin does, none leaves Node. */
const PAGE_ORIGIN = 'http://search-page.test';

/** A request of the page: the URL (a path of the site, or the whole URL of another) and whether the site has it. */
export interface PageRequest {
  url: string;
  found: boolean;
}

export interface NodeSearchPage {
  /** Searches a paste as the search page hands it to `searchSite()`. */
  search(query: string): Promise<SearchOutcome>;
  /** Every request the page's search made, in order. */
  requests: readonly PageRequest[];
  /** Puts back the `fetch`, `window` and `document` that were there before. */
  close(): void;
}

/**
 * Answers the page's requests from the site: a URL path of the site gets its file, anything else
 * (another origin, a missing file) a 404, as a static server would.
 */
function fetchFrom(source: SiteSource, requests: PageRequest[]): typeof fetch {
  return async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input), PAGE_ORIGIN);
    const ours = url.origin === PAGE_ORIGIN;
    const response = ours ? await source.get(`${url.pathname}${url.search}`) : null;
    requests.push({ url: ours ? `${url.pathname}${url.search}` : url.href, found: response !== null });
    return response ?? new Response(null, { status: 404, statusText: 'Not Found' });
  };
}

/** The language the search page declares on its root element, which pagefind.js reads. */
async function pageLanguage(source: SiteSource, locale: 'cs' | 'en'): Promise<string> {
  const path = searchPath(locale, source.base);
  const page = await source.get(path);
  if (!page) throw new Error(`${source.name} has no search page at ${path}: build the site first`);
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(await page.text())?.[1];
  if (!lang) throw new Error(`${path} declares no language on <html>`);
  return lang;
}

/**
 * Sets Node up as the search page of `locale` of the site. Replaces the process's `fetch`,
 * `window` and `document` (a test file's or a worker's own) until `close()`.
 */
export async function openSearchPage(source: SiteSource, locale: 'cs' | 'en'): Promise<NodeSearchPage> {
  const lang = await pageLanguage(source, locale);
  const requests: PageRequest[] = [];
  const saved = {
    fetch: globalThis.fetch,
    window: Reflect.get(globalThis, 'window'),
    document: Reflect.get(globalThis, 'document'),
  };
  globalThis.fetch = fetchFrom(source, requests);
  // pagefind.js asks for `window` and `document` to tell a page from a server, then reads the
  // page's language from <html lang>; with no current script, its wasm loader uses the URL it is given.
  Reflect.set(globalThis, 'window', globalThis);
  Reflect.set(globalThis, 'document', {
    currentScript: null,
    querySelector: (selector: string) =>
      selector === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? lang : null) } : null,
  });
  importBundlesWith((url) => source.importScript(new URL(url, PAGE_ORIGIN).pathname));
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
