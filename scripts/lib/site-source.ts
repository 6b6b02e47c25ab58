/**
 * Where a page run in Node (node-search-page.ts) gets the site's files from, as a browser gets
 * them from the server: a server at an origin (servedAt), or a build on disk (the site tests'
 * tests/lib/built-files.ts).
 */
export interface SiteSource {
  /** Named in errors: the folder of the build, or the origin. */
  name: string;
  /** The path the site is served under: `/` or `/kb/`. */
  base: string;
  /** Answers a request for a URL path of the site (query included) as its server does; null: no such file. */
  get(path: string): Promise<Response | null>;
  /** Imports the script at a URL path of the site (a Pagefind bundle's pagefind.js). */
  importScript(path: string): Promise<unknown>;
}

/** The network's fetch, kept before a page run in Node puts its own in its place. */
const networkFetch = globalThis.fetch;

/**
 * The site as a server at `origin` serves it (the scale benchmark's nginx). A script is fetched
 * and imported from its text: Node imports no module over HTTP.
 */
export function servedAt(origin: string): SiteSource {
  const get = async (path: string): Promise<Response | null> => {
    const response = await networkFetch(new URL(path, origin));
    return response.ok ? response : null;
  };
  return {
    name: origin,
    base: new URL(origin).pathname.replace(/\/?$/, '/'),
    get,
    importScript: async (path) => {
      const response = await get(path);
      if (!response) throw new Error(`${origin} has no ${path}`);
      // Named after its URL: the two bundles ship the same pagefind.js, and the same text at the
      // same data: URL would be one module, one Pagefind, for both indexes.
      const text = `${await response.text()}\n//# sourceURL=${new URL(path, origin).href}\n`;
      return import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(text).toString('base64')}`);
    },
  };
}
