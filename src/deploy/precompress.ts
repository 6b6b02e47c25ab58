import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { PRECOMPRESS_EXTENSIONS } from './policy.ts';
import { extensionOf } from './site-files.ts';

/** What precompression wrote, for the build log and the closing measurements. */
export interface PrecompressSummary {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
  /** Files whose copies came from the cache of an earlier build instead of being compressed again. */
  reused: number;
  /** Files whose copies were made ahead, while the build was still writing the site (`warm`). */
  warmed: number;
}

export interface PrecompressOptions {
  /**
   * A folder that keeps every copy under the hash of what it was made from, so the next build
   * compresses only the files that changed. Left out, everything is compressed.
   */
  cacheDir?: string;
}

/**
 * Brotli's slowest quality (11) is 1.8% smaller than quality 10 and 10–12% smaller than 5–7 on our
 * pages and data, but 15–35 times slower (0.9 MB/s of one core against 30). It pays on the code
 * every first visit loads (scripts, styles): a few files, shared by every page, whose number does
 * not grow with the collection. Documents and data (pages, search and API JSON, sitemaps) grow
 * with every article: at 1,000 articles per language quality 11 would cost over a minute of build
 * for about 1.1 KB per article page (brotli only; gzip is the same either way).
 */
export const CODE_QUALITY = constants.BROTLI_MAX_QUALITY;
export const DOCUMENT_QUALITY = 6;

/** Extensions of the site's code, compressed at brotli's best. */
const CODE_EXTENSIONS: readonly string[] = ['.js', '.mjs', '.css', '.svg', '.webmanifest'];

export function brotliQualityOf(file: string): number {
  return CODE_EXTENSIONS.includes(extensionOf(file)) ? CODE_QUALITY : DOCUMENT_QUALITY;
}

/** Bumped when the settings below change, so a cache never hands out copies made the old way. */
const SETTINGS_VERSION = 'br-text-sizehint+gzip9 v1';

/**
 * One file at a time, on this thread, with zlib's synchronous calls and synchronous file access.
 * The build compresses while Pagefind indexes on the other core; spread over the thread pool, the
 * same work cost half as much CPU again (17 against 11 seconds at 1,000 articles a language), spent
 * in the hand-overs between threads, and took that CPU from Pagefind.
 */
function compressBoth(original: Buffer, quality: number): { brotli: Buffer; gzip: Buffer } {
  const brotli = brotliCompressSync(original, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
    },
  });
  return { brotli, gzip: gzipSync(original, { level: constants.Z_BEST_COMPRESSION }) };
}

/**
 * Writes `file.br` and `file.gz` beside every text file (see brotliQualityOf for brotli's quality;
 * gzip always at its best). A copy that would not be smaller than the original is not written,
 * so the server sends the original. Returns the totals of what was compressed.
 */
export async function precompress(
  root: string,
  files: readonly string[],
  options: PrecompressOptions = {},
): Promise<PrecompressSummary> {
  const session = precompressSession(root, options);
  await session.add(files);
  return session.finish();
}

/** A precompression done in several passes, with one cache pruned once all are done. */
export interface PrecompressSession {
  /** Compresses these files (site-relative); passes may run while other work writes other files. */
  add(files: readonly string[]): Promise<void>;
  /**
   * Compresses a file into the cache only, ahead of `add`, while the site is still being written:
   * `add` then finds its copies. A file read while it was still being written is cached under the
   * hash of what was read, which `add` never asks for, so at worst the work is wasted. Needs a cache.
   */
  warm(file: string): void;
  /** Prunes the cache to what the passes used, and returns their totals. */
  finish(): Promise<PrecompressSummary>;
}

/**
 * The build compresses Astro's pages ahead into the cache while Astro writes them (`warm`), writes
 * the pages' copies while the search indexes are written, then the indexes' own: one session, so
 * the cache keeps the copies of every pass and prunes only at the end.
 */
export function precompressSession(root: string, options: PrecompressOptions = {}): PrecompressSession {
  const summary: PrecompressSummary = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0, reused: 0, warmed: 0 };
  const { cacheDir } = options;
  const used = new Set<string>();
  const warmed = new Set<string>();

  const keyOf = (original: Buffer, quality: number): string =>
    createHash('sha256').update(`${SETTINGS_VERSION} q${quality}\n`).update(original).digest('hex');

  function one(file: string): void {
    const path = join(root, file);
    const original = readFileSync(path);
    const quality = brotliQualityOf(file);
    let brotliBytes: number;
    let gzipBytes: number;
    const key = cacheDir && keyOf(original, quality);
    const cached = key ? cachedSizes(cacheDir, key) : null;
    if (key && cached) {
      [brotliBytes, gzipBytes] = cached;
      if (brotliBytes < original.length) place(join(cacheDir, `${key}.br`), `${path}.br`);
      if (gzipBytes < original.length) place(join(cacheDir, `${key}.gz`), `${path}.gz`);
      if (warmed.has(key)) summary.warmed++;
      else summary.reused++;
    } else {
      const copies = compressBoth(original, quality);
      brotliBytes = copies.brotli.length;
      gzipBytes = copies.gzip.length;
      if (brotliBytes < original.length) writeFileSync(`${path}.br`, copies.brotli);
      if (gzipBytes < original.length) writeFileSync(`${path}.gz`, copies.gzip);
      // Both copies are kept even when not written beside the file: the sizes decide that next time.
      if (key) keep(cacheDir, key, copies);
    }
    if (key) used.add(key);
    summary.files++;
    summary.bytes += original.length;
    summary.brotliBytes += Math.min(brotliBytes, original.length);
    summary.gzipBytes += Math.min(gzipBytes, original.length);
  }

  return {
    warm(file) {
      if (!cacheDir) throw new Error('precompression can only work ahead into a cache');
      if (!PRECOMPRESS_EXTENSIONS.includes(extensionOf(file))) return;
      const quality = brotliQualityOf(file);
      let original: Buffer;
      try {
        original = readFileSync(join(root, file));
      } catch {
        return; // gone again (the build replaced it): `add` sees the final file
      }
      const key = keyOf(original, quality);
      if (warmed.has(key) || cachedSizes(cacheDir, key)) return;
      mkdirSync(cacheDir, { recursive: true });
      keep(cacheDir, key, compressBoth(original, quality));
      warmed.add(key);
    },
    async add(files) {
      if (cacheDir) mkdirSync(cacheDir, { recursive: true });
      for (const file of files.filter((name) => PRECOMPRESS_EXTENSIONS.includes(extensionOf(name)))) {
        one(file);
        // The build runs its search indexes meanwhile: their processes' ends are heard between files.
        await nextTurn();
      }
    },
    async finish() {
      if (cacheDir) pruneCache(cacheDir, used);
      return summary;
    },
  };
}

/**
 * Puts a cached copy beside its file as a hard link: one step for the file system where a copy is
 * three, for each of some 10,000 copies at 1,000 articles a language, while Pagefind wants the
 * same core. A key's copies are written only while the pair is incomplete, and then from the same
 * bytes, so a link's content stays what it was; pruning the cache unlinks only the cache's name.
 * Where a link cannot be made (another file system, a name already taken) it copies.
 */
function place(cached: string, destination: string): void {
  try {
    linkSync(cached, destination);
  } catch {
    copyFileSync(cached, destination);
  }
}

/** Keeps a file's pair of copies in the cache under its key. */
function keep(cacheDir: string, key: string, copies: { brotli: Buffer; gzip: Buffer }): void {
  writeFileSync(join(cacheDir, `${key}.br`), copies.brotli);
  writeFileSync(join(cacheDir, `${key}.gz`), copies.gzip);
}

/** The brotli and gzip sizes of a cached pair, or null when either is missing. */
function cachedSizes(cacheDir: string, key: string): [number, number] | null {
  try {
    return [statSync(join(cacheDir, `${key}.br`)).size, statSync(join(cacheDir, `${key}.gz`)).size];
  } catch {
    return null;
  }
}

/** Keeps only the copies this build used, so the cache holds one build's worth and no more. */
function pruneCache(cacheDir: string, used: ReadonlySet<string>): void {
  for (const name of readdirSync(cacheDir))
    if (!used.has(name.replace(/\.(br|gz)$/, ''))) rmSync(join(cacheDir, name), { force: true });
}
