import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site, as the browser tests see it: every HTML page, found by walking dist/. */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export function htmlFiles(directory = DIST): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The URL path a dist file is served at (`cs/index.html` → `/cs/`). */
export function urlPathOf(file: string): string {
  const path = `/${relative(DIST, file).split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every page of the site except the 404 pages (bilingual and per language), served for unknown paths. */
export const PAGE_PATHS: string[] = htmlFiles()
  .map(urlPathOf)
  .filter((path) => !path.endsWith('/404.html'))
  .sort();

/** Article pages with their language, from the published article files (/api/articles/<lang>/<id>.json). */
export interface ArticleRecord {
  id: string;
  locale: 'cs' | 'en';
  url: string;
  title: string;
  causes: { id: string; anchor: string; title: string }[];
  resolutions: { id: string; anchor: string; title: string }[];
}

const readJson = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8'));

/** Every article of the index, each read from its own file (the build under / has no base to strip). */
export const ARTICLES: ArticleRecord[] = (readJson('api/articles.json').articles as { json: string }[]).map(
  (summary) => readJson(summary.json).article,
);
