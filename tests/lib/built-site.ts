import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import { readPublicAddress } from '../../src/site/public-address.ts';

/**
 * A build of the site on disk, as the tests read it: no server, no browser. The tests that need
 * no rendering read every page this way; the browser tests take their page lists from here too.
 */
export interface BuiltSite {
  /** `dist` or `dist-kb`. */
  outDir: string;
  /** The folder, absolute, ending in `/`. */
  root: string;
  /** The path the build is served under: `/` or `/kb/`. */
  base: string;
  /** The public address the build names itself by, or null when it was built without one. */
  siteUrl: string | null;
}

const folderOf = (outDir: string): string => fileURLToPath(new URL(`../../${outDir}/`, import.meta.url));

/** `npm run build`: the address comes from the environment, as for astro.config.mjs. */
const address = readPublicAddress(process.env);
export const SITE: BuiltSite = { outDir: 'dist', root: folderOf('dist'), base: address.base, siteUrl: address.siteUrl };

/** `npm run build:subpath`: its public address is the `--site` that package.json gives it. */
const subpathScript: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).scripts[
  'build:subpath'
];
const subpath = readPublicAddress({ TRUSTKB_SITE: /--site\s+(\S+)/.exec(subpathScript)?.[1] });
export const SUBPATH_SITE: BuiltSite = {
  outDir: 'dist-kb',
  root: folderOf('dist-kb'),
  base: subpath.base,
  siteUrl: subpath.siteUrl,
};

export const BUILT_SITES = [SITE, SUBPATH_SITE] as const;

/** Every HTML file of a build (Pagefind's folders hold none of the site's pages). */
export function htmlFiles(site: BuiltSite, directory = site.root): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('pagefind') ? [] : htmlFiles(site, path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The URL path a file is served at, base included (`cs/index.html` → `/cs/`, or `/kb/cs/`). */
export function urlPathOf(site: BuiltSite, file: string): string {
  const path = `${site.base}${relative(site.root, file).split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The file a URL path of the build is served from, or undefined when the build has none. */
export function fileOf(site: BuiltSite, urlPath: string): string | undefined {
  if (!urlPath.startsWith(site.base)) return undefined;
  const relativePath = decodeURIComponent(urlPath.slice(site.base.length));
  const file = join(
    site.root,
    relativePath.endsWith('/') || relativePath === '' ? `${relativePath}index.html` : relativePath,
  );
  return existsSync(file) ? file : undefined;
}

/** True for the 404 pages (bilingual and per language): served for unknown paths, not linked. */
export const isNotFoundPage = (urlPath: string): boolean => urlPath.endsWith('/404.html');

/** A page of a build, parsed once. */
export interface BuiltPage {
  path: string;
  html: string;
  document: HTMLElement;
}

/** As a browser reads a page: `<pre>` holds elements (the parser's default keeps it as text). */
const PARSE_OPTIONS = { blockTextElements: { script: true, noscript: true, style: true } };

const cache = new Map<string, BuiltPage[]>();

/** Every HTML page of a build, 404 pages included, sorted by path; parsed once per process. */
export function builtPages(site: BuiltSite): BuiltPage[] {
  let pages = cache.get(site.root);
  if (!pages) {
    pages = htmlFiles(site)
      .map((file) => {
        const html = readFileSync(file, 'utf8');
        return { path: urlPathOf(site, file), html, document: parse(html, PARSE_OPTIONS) };
      })
      .sort((a, b) => a.path.localeCompare(b.path));
    cache.set(site.root, pages);
  }
  return pages;
}

/** One page of a build by its URL path; throws when the build has no such page. */
export function builtPage(site: BuiltSite, urlPath: string): BuiltPage {
  const page = builtPages(site).find((candidate) => candidate.path === urlPath);
  if (!page) throw new Error(`${site.outDir} has no page at ${urlPath}`);
  return page;
}
