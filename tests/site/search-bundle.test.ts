import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { BUNDLE_FOLDER } from '../../scripts/lib/full-search-index.ts';
import { BUILT_SITES } from '../lib/built-site.ts';

/**
 * The build writes the full search index one language at a time and merges the bundles
 * (scripts/lib/full-search-index.ts). That is only right if the merged bundle is what one
 * Pagefind run over the whole site writes: here that run is made over each built site and the
 * two bundles are compared file by file, byte for byte.
 */
const pagefind = fileURLToPath(new URL('../../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Every file of a bundle, without the precompressed copies the build writes beside them. */
function bundleFiles(root: string): Map<string, Buffer> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && !/\.(br|gz)$/.test(entry.name),
  );
  return new Map(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(root.length + 1), readFileSync(path)];
    }),
  );
}

test.each(BUILT_SITES)(
  '$outDir: the merged per-language search bundle is the bundle of one Pagefind run over the site',
  { timeout: 120_000 },
  async (site) => {
    const output = mkdtempSync(join(tmpdir(), 'trustkb-pagefind-'));
    folders.push(output);
    await promisify(execFile)(process.execPath, [pagefind, '--site', site.root, '--output-path', output]);
    const whole = bundleFiles(output);
    const merged = bundleFiles(join(site.root, BUNDLE_FOLDER));
    expect([...merged.keys()].sort()).toEqual([...whole.keys()].sort());
    expect(JSON.parse(merged.get('pagefind-entry.json')!.toString()).languages).toHaveProperty('cs');
    for (const [file, bytes] of whole) expect(merged.get(file)?.equals(bytes), file).toBe(true);
  },
);
