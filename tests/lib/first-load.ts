import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileOf, type BuiltPage, type BuiltSite } from './built-site.ts';

/**
 * What a browser fetches to show a page, read from the build: the HTML, its stylesheets, its
 * module scripts and everything they import statically. Dynamic imports load on use and are
 * not part of it. tests/e2e/budgets.spec.ts holds this against what a browser really loads.
 */
export interface FirstLoad {
  html: string[];
  css: string[];
  js: string[];
}

/** Static imports in Vite's output: `import"./a.js"`, `from"./a.js"` (quotes of any kind). */
const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["'`]([^"'`]+\.js)["'`]/g;

export function firstLoad(site: BuiltSite, page: BuiltPage): FirstLoad {
  const resolve = (reference: string, from: string): string => new URL(reference, `http://site${from}`).pathname;
  const css = page.document
    .querySelectorAll('link[rel="stylesheet"][href]')
    .map((link) => resolve(link.getAttribute('href')!, page.path));
  const js = new Set<string>();
  const pending = page.document
    .querySelectorAll('script[src]')
    .map((script) => resolve(script.getAttribute('src')!, page.path));
  while (pending.length > 0) {
    const path = pending.pop()!;
    if (js.has(path)) continue;
    js.add(path);
    const source = readFileSync(builtFile(site, path), 'utf8');
    for (const [, reference] of source.matchAll(STATIC_IMPORT)) pending.push(resolve(reference!, path));
  }
  return { html: [page.path], css: [...new Set(css)].sort(), js: [...js].sort() };
}

function builtFile(site: BuiltSite, path: string): string {
  const file = fileOf(site, path);
  if (!file) throw new Error(`${site.outDir} has no file for ${path}`);
  return file;
}

/** Bytes are budgets, measured as gzip -9 of each file, as the browser test measures responses. */
export function gzipBytes(site: BuiltSite, paths: string[]): number {
  return paths.reduce((sum, path) => sum + gzipSync(readFileSync(builtFile(site, path)), { level: 9 }).length, 0);
}
