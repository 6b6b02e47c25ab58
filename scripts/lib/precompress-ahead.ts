/**
 * Precompression while Astro writes the site. Astro renders its pages on one thread, so on two
 * cores one is mostly idle then, and the build script only waits for it. Meanwhile this compresses
 * each page Astro has finished into the precompression cache (PrecompressSession.warm); the pass
 * after Astro then finds the copies there instead of compressing every page beside the search
 * indexes, which leaves those the cores. What it misses (a page written in the last moments, or
 * read while still being written) that pass compresses as before, so nothing depends on timing.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep, setImmediate as nextTurn } from 'node:timers/promises';
import type { PrecompressSession } from '../../src/deploy/precompress.ts';
import { listSiteFiles } from '../../src/deploy/site-files.ts';

/** How often the output folder is looked at, and how long a file must be left alone to count as written. */
const LOOK_EVERY_MS = 500;
const SETTLED_MS = 500;

/**
 * Compresses what appears in `outDir` into the session's cache until `writer` is done (and
 * resolves then, also when the writer failed: the caller hears that from the writer itself).
 * Resolves with how many files it looked at.
 */
export async function precompressAhead(
  outDir: string,
  compression: PrecompressSession,
  writer: Promise<unknown>,
): Promise<number> {
  let done = false;
  void writer.then(
    () => (done = true),
    () => (done = true),
  );
  const seen = new Set<string>();
  while (!done) {
    await Promise.race([sleep(LOOK_EVERY_MS), writer.catch(() => {})]);
    if (done) continue;
    for (const file of settledFiles(outDir, seen)) {
      if (done) break;
      seen.add(file);
      compression.warm(file);
      // The writer's end is heard between files.
      await nextTurn();
    }
  }
  return seen.size;
}

/**
 * Files not seen yet and untouched for SETTLED_MS, site-relative; none of Astro's own dot-folders.
 * None while the folder changes under the listing (Astro empties it when it starts): the next look
 * lists it again.
 */
export function settledFiles(outDir: string, seen: ReadonlySet<string>): string[] {
  const now = Date.now();
  let files: string[];
  try {
    files = listSiteFiles(outDir);
  } catch {
    return [];
  }
  return files.filter((file) => {
    if (file.startsWith('.') || seen.has(file)) return false;
    try {
      return now - statSync(join(outDir, file)).mtimeMs >= SETTLED_MS;
    } catch {
      return false; // removed meanwhile
    }
  });
}
