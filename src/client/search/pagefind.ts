import { siteBase } from '../../site/base.ts';
import { searchBundlePath } from '../../site/routes.ts';

/**
 * Pagefind's browser API, loaded on first use only: nothing of search is fetched until a visitor
 * starts searching. The worker is off: our indexes are small, and the worker file would add 12 KB
 * to the first search for no gain.
 */
export interface PagefindData {
  url: string;
  excerpt: string;
  /** The page's indexed text. */
  content?: string;
  meta: { title?: string };
  sub_results: { title: string; url: string; excerpt: string }[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * The two indexes: `messages` holds each article's title and error wordings only (small: it
 * answers the pasted error message, the common case); `full` holds the whole articles.
 */
export type SearchIndex = 'messages' | 'full';

/**
 * Where each bundle lives, and what its result URLs are put under. The full index is Pagefind's
 * own, built from the files of the output folder: its URLs are paths in that folder (`/en/x/`)
 * and get the site's base here. The message index (scripts/build-message-index.ts) records each
 * page's URL with the base already, so nothing more is put in front of it. (Left alone, Pagefind
 * would derive `/kb/` for both from where the bundle lives, and the message URLs would carry the
 * base twice.)
 */
const BUNDLES: Record<SearchIndex, { path: string; baseUrl: string }> = {
  messages: { path: searchBundlePath('pagefind-messages'), baseUrl: '/' },
  full: { path: searchBundlePath('pagefind'), baseUrl: siteBase() },
};
const loading = new Map<SearchIndex, Promise<PagefindApi>>();

/** Imports a bundle's pagefind.js by its URL on the site (`/pagefind/pagefind.js`). */
export type BundleImport = (url: string) => Promise<unknown>;
// A variable URL keeps Vite from bundling the file, which exists only after the build.
let importBundle: BundleImport = (url) => import(/* @vite-ignore */ url);

/**
 * Node has no site to import a bundle from: the findability tests and the scale benchmark
 * (scripts/lib/node-search-page.ts) import the file the URL is served from. The browser never calls this.
 */
export function importBundlesWith(load: BundleImport): void {
  importBundle = load;
}

export function loadPagefind(index: SearchIndex): Promise<PagefindApi> {
  let api = loading.get(index);
  if (!api) {
    api = (async () => {
      const { path, baseUrl } = BUNDLES[index];
      const module = (await importBundle(`${path}pagefind.js`)) as PagefindApi;
      await module.options({ basePath: path, baseUrl, noWorker: true, excerptLength: 22 });
      await module.init();
      return module;
    })();
    api.catch(() => loading.delete(index)); // a failed load may be retried on the next search
    loading.set(index, api);
  }
  return api;
}
