import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { SiteSource } from '../../scripts/lib/site-source.ts';
import { fileOf, type BuiltSite } from './built-site.ts';

/**
 * A build on disk as a static server serves it, for a page run in Node
 * (scripts/lib/node-search-page.ts): a URL path gets its file, a folder its index.html; the query
 * is ignored (Pagefind adds one to its entry file to get past caches).
 */
export function builtFiles(site: BuiltSite): SiteSource {
  const fileAt = (path: string): string | undefined => fileOf(site, new URL(path, 'file:///').pathname);
  return {
    name: site.outDir,
    base: site.base,
    get: async (path) => {
      const file = fileAt(path);
      return file ? new Response(await readFile(file), { status: 200 }) : null;
    },
    importScript: async (path) => {
      const file = fileAt(path);
      if (!file) throw new Error(`${site.outDir} has no ${path}`);
      return import(/* @vite-ignore */ pathToFileURL(file).href);
    },
  };
}
