/**
 * Pagefind's browser API, loaded on first use only: nothing of search is fetched until a visitor
 * starts searching. The worker is off: our index is small, and the worker file would add 12 KB to
 * the first search for no gain.
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

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    // A variable URL keeps Vite from bundling the file, which exists only after the build.
    const url = '/pagefind/pagefind.js';
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ noWorker: true, excerptLength: 22 });
    await api.init();
    return api;
  })();
  loading.catch(() => (loading = undefined)); // a failed load may be retried on the next search
  return loading;
}
