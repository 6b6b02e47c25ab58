/**
 * The full search index (<out>/pagefind/), written one language at a time and kept between
 * builds. Pagefind already indexes each language on its own: a run over one language's pages
 * writes byte for byte the files a run over the whole site writes for that language, and the
 * same shared files (its scripts, and the fallback wasm). Only the entry file, which lists the
 * languages, differs. So each language gets its own run, kept under the hash of the pages it read,
 * and the bundle is the union of the languages' files with one entry file listing them all.
 *
 * What that buys, at 1,000 articles a language:
 * - a build after an edit in one language indexes that language only (about 5–7 s instead of 12);
 * - one language at a time holds at most 0.8 GB instead of 1.1 GB for both at once, in the same
 *   total time (11.6 s for the two runs, 11.3–13.3 s for one run over both).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listSiteFiles } from '../../src/deploy/site-files.ts';
import { folderNames } from '../../src/site/folder-names.ts';

/** Where the bundle goes in the site, and the file in it that names the languages. */
export const BUNDLE_FOLDER = 'pagefind';
const ENTRY_FILE = 'pagefind-entry.json';
/** The attribute that marks what Pagefind indexes; a page without it is not indexed. */
const INDEXED_MARK = 'data-pagefind-body';

interface PagefindEntry {
  languages: Record<string, unknown>;
  [field: string]: unknown;
}

export interface LanguageIndex {
  locale: string;
  /** The pages Pagefind indexed: those marked data-pagefind-body. */
  pages: number;
  /** True when the pages were the same as at the last build and its index was used again. */
  reused: boolean;
}

export interface FullSearchIndexOptions {
  outDir: string;
  locales: readonly string[];
  /** One folder per output folder; each language's bundle is kept in <cacheDir>/<locale>/. */
  cacheDir: string;
  /** Pagefind's version, part of every key: a new Pagefind indexes everything again. */
  pagefindVersion: string;
  /** Runs Pagefind with these arguments for a language; resolves when it is done (and stops the build if it failed). */
  runPagefind: (args: string[], locale: string) => Promise<unknown>;
}

/** Writes <outDir>/pagefind/ and says, per language, whether it was indexed or taken from the cache. */
export async function writeFullSearchIndex(options: FullSearchIndexOptions): Promise<LanguageIndex[]> {
  const { outDir, locales, cacheDir, pagefindVersion, runPagefind } = options;
  const pages = listSiteFiles(outDir).filter((file) => file.endsWith('.html'));
  assertIndexedPagesInLocales(outDir, pages, locales);

  const results: LanguageIndex[] = [];
  for (const locale of locales) {
    const { key, marked } = readLanguagePages(
      outDir,
      pages.filter((file) => file.startsWith(`${locale}/`)),
      `pagefind ${pagefindVersion} ${locale}`,
    );
    const kept = join(cacheDir, locale);
    // A language without a marked page would be indexed whole by a run of its own, and left out
    // by a run over the site: it is left out.
    if (marked === 0) {
      rmSync(kept, { recursive: true, force: true });
      continue;
    }
    const keyFile = join(kept, 'pages.sha256');
    const reused = existsSync(keyFile) && readFileSync(keyFile, 'utf8').trim() === key;
    if (!reused) {
      rmSync(kept, { recursive: true, force: true });
      // One language's pages only: Pagefind reads the site folder but indexes what the glob matches.
      await runPagefind(
        ['--site', outDir, '--glob', `${locale}/**/*.html`, '--output-path', join(kept, 'bundle')],
        locale,
      );
      writeFileSync(keyFile, `${key}\n`);
    }
    results.push({ locale, pages: marked, reused });
  }

  if (results.length === 0)
    throw new Error(`no page in ${outDir} is marked ${INDEXED_MARK}: there is nothing to index`);
  mergeBundles(
    results.map(({ locale }) => join(cacheDir, locale, 'bundle')),
    join(outDir, BUNDLE_FOLDER),
  );
  // Languages that are no longer indexed leave the cache with their last bundle.
  const indexed = new Set(results.map(({ locale }) => locale));
  for (const name of folderNames(cacheDir))
    if (!indexed.has(name)) rmSync(join(cacheDir, name), { recursive: true, force: true });
  return results;
}

/**
 * Pagefind indexes only pages marked with data-pagefind-body once any page is: each language's
 * run sees its own folder only, so a marked page anywhere else would silently drop out of the
 * index. The build stops instead.
 */
function assertIndexedPagesInLocales(outDir: string, pages: readonly string[], locales: readonly string[]): void {
  const outside = pages.filter(
    (file) =>
      !locales.some((locale) => file.startsWith(`${locale}/`)) &&
      readFileSync(join(outDir, file), 'utf8').includes(INDEXED_MARK),
  );
  if (outside.length > 0)
    throw new Error(
      `the search index is written per language (${locales.join(', ')}), but these pages outside ` +
        `the language folders are marked ${INDEXED_MARK}: ${outside.join(', ')}`,
    );
}

/**
 * The hash of the pages a language's run reads (their paths and bytes, in order), and how many of
 * them are marked for indexing: each page is read once for both.
 */
function readLanguagePages(
  outDir: string,
  pages: readonly string[],
  settings: string,
): { key: string; marked: number } {
  const hash = createHash('sha256').update(`${settings}\n`);
  let marked = 0;
  for (const file of [...pages].sort()) {
    const bytes = readFileSync(join(outDir, file));
    hash.update(`${file}\0`).update(bytes);
    if (bytes.includes(INDEXED_MARK)) marked++;
  }
  return { key: hash.digest('hex'), marked };
}

/**
 * The union of the languages' bundles. A file that two bundles both have must be the same in
 * both (Pagefind's scripts and fallback wasm), except the entry file, whose languages are merged.
 */
export function mergeBundles(bundles: readonly string[], into: string): void {
  rmSync(into, { recursive: true, force: true });
  const written = new Map<string, string>();
  let entry: PagefindEntry | undefined;
  for (const bundle of bundles) {
    for (const file of listSiteFiles(bundle)) {
      const from = join(bundle, file);
      if (file === ENTRY_FILE) {
        entry = mergeEntries(entry, JSON.parse(readFileSync(from, 'utf8')) as PagefindEntry);
        continue;
      }
      const earlier = written.get(file);
      if (earlier !== undefined) {
        if (!readFileSync(earlier).equals(readFileSync(from)))
          throw new Error(`two languages' search bundles disagree on ${file}: ${earlier} and ${from}`);
        continue;
      }
      mkdirSync(join(into, file, '..'), { recursive: true });
      cpSync(from, join(into, file));
      written.set(file, from);
    }
  }
  if (!entry) throw new Error(`no ${ENTRY_FILE} in the search bundles ${bundles.join(', ')}`);
  // Pagefind lists the languages by name; so does the merged file.
  const languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(join(into, ENTRY_FILE), JSON.stringify({ ...entry, languages }));
}

function mergeEntries(merged: PagefindEntry | undefined, next: PagefindEntry): PagefindEntry {
  if (!merged) return next;
  const rest = (entry: PagefindEntry): string => JSON.stringify({ ...entry, languages: null });
  if (rest(merged) !== rest(next))
    throw new Error(`the languages' ${ENTRY_FILE} files disagree beyond their languages`);
  // Spread over the first file, so the fields keep Pagefind's order.
  return { ...merged, languages: { ...merged.languages, ...next.languages } };
}
