import type { ChunkManifest } from '../../search/chunks.ts';

const files = new Map<string, Promise<unknown>>();

/**
 * The JSON file at `url`, fetched once per page whoever asks for it (the catalog, each chunked
 * table). A failed fetch is forgotten, so the next search tries again.
 */
export function fetchJsonOnce(url: string): Promise<unknown> {
  let file = files.get(url);
  if (!file) {
    file = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json();
    });
    file.catch(() => files.delete(url));
    files.set(url, file);
  }
  return file;
}

/**
 * A lookup table the build split into files (src/search/chunks.ts): `<folder>index.json`, then
 * `<folder><n>.json` as they are needed, each fetched once per page (fetchJsonOnce). A file that
 * fails to load reads as empty, so search goes on without it.
 */
export interface ChunkedTable<Chunk> {
  manifest(): Promise<ChunkManifest | null>;
  chunks(numbers: readonly number[]): Promise<Chunk[]>;
}

export function chunkedTable<Chunk>(folder: string, empty: Chunk): ChunkedTable<Chunk> {
  return {
    manifest: () =>
      fetchJsonOnce(`${folder}index.json`).then(
        (manifest) => manifest as ChunkManifest,
        () => null,
      ),
    chunks: (numbers) =>
      Promise.all(
        numbers.map((number) =>
          fetchJsonOnce(`${folder}${number}.json`).then(
            (chunk) => chunk as Chunk,
            () => empty,
          ),
        ),
      ),
  };
}
