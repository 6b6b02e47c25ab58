/**
 * Splitting a lookup table into files a browser fetches one at a time. A key's file is chosen by
 * a hash of the key, so the browser can name the file from the key alone; how many files there
 * are is decided at build time from the table's size and published in a small manifest, so each
 * file stays about the same size whether the site has nine articles or a thousand.
 */

/** What the browser reads first: how many chunk files the table was split into. */
export interface ChunkManifest {
  chunks: number;
}

/** FNV-1a, 32 bits: stable across builds and runtimes, and cheap enough for every query word. */
export function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The number of the file that holds `key`, of `chunks` files. */
export function chunkOf(key: string, chunks: number): number {
  return hashKey(key) % Math.max(1, chunks);
}

/** How many files `entries` entries need for about `perChunk` entries each: a power of two, at least one. */
export function chunkCount(entries: number, perChunk: number): number {
  let chunks = 1;
  while (entries / chunks > perChunk) chunks *= 2;
  return chunks;
}
