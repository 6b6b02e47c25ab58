import type { ChunkManifest } from '../../search/chunks.ts';

/**
 * A lookup table the build split into files (src/search/chunks.ts): `<folder>index.json`, then
 * `<folder><n>.json` as they are needed. Each file is fetched once per page; a failed fetch is
 * forgotten, so the next search tries again, and reads as empty, so search goes on without it.
 */
export interface ChunkedTable<Chunk> {
  manifest(): Promise<ChunkManifest | null>;
  chunks(numbers: readonly number[]): Promise<Chunk[]>;
}

export function chunkedTable<Chunk>(folder: string, empty: Chunk): ChunkedTable<Chunk> {
  const files = new Map<string, Promise<unknown>>();
  const load = (name: string): Promise<unknown> => {
    let file = files.get(name);
    if (!file) {
      file = fetch(`${folder}${name}.json`).then((response) => {
        if (!response.ok) throw new Error(`${folder}${name}.json: HTTP ${response.status}`);
        return response.json();
      });
      file.catch(() => files.delete(name));
      files.set(name, file);
    }
    return file;
  };
  return {
    manifest: () =>
      load('index').then(
        (manifest) => manifest as ChunkManifest,
        () => null,
      ),
    chunks: (numbers) =>
      Promise.all(
        numbers.map((number) =>
          load(String(number)).then(
            (chunk) => chunk as Chunk,
            () => empty,
          ),
        ),
      ),
  };
}
