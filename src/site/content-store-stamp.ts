/**
 * Astro keeps the parsed content (its data store) between builds and re-parses an entry only
 * when the entry's own file changes. A change to the schema that parses it (a new field with a
 * default, a renamed finding id) is not noticed: the next build then reads entries parsed by the
 * old schema and fails in odd places, or worse, builds from stale data. So the build stamps the
 * store with a hash of the code that shapes it and drops the store when that hash changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The code a content entry passes through before Astro stores it: all of src/, the config and the lockfile. */
export function contentCodeHash(projectRoot: string): string {
  const hash = createHash('sha256');
  const sources = readdirSync(join(projectRoot, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const settings = ['astro.config.mjs', 'package-lock.json'].map((name) => join(projectRoot, name));
  const files = [...sources, ...settings.filter((file) => existsSync(file))];
  for (const file of files) {
    hash.update(`${relative(projectRoot, file)}\0`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

/**
 * Removes `data-store.json` from Astro's cache folder unless the stamp beside it names the same
 * code hash, then writes the stamp. Returns whether the store was dropped.
 */
export function dropStaleContentStore(cacheDir: string, codeHash: string): boolean {
  const stamp = join(cacheDir, 'content-code.sha256');
  const store = join(cacheDir, 'data-store.json');
  const stale = existsSync(store) && (!existsSync(stamp) || readFileSync(stamp, 'utf8').trim() !== codeHash);
  if (stale) rmSync(store);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stamp, `${codeHash}\n`);
  return stale;
}
