import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentCodeHash, dropStaleContentStore } from '../../../src/site/content-store-stamp.ts';

describe("Astro's stored content and the code that parsed it", () => {
  const folders: string[] = [];
  const tempFolder = (): string => {
    const folder = mkdtempSync(join(tmpdir(), 'trustkb-stamp-'));
    folders.push(folder);
    return folder;
  };
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('keeps the store while the code is the same and drops it when the code changes', () => {
    const cache = tempFolder();
    const store = join(cache, 'data-store.json');
    writeFileSync(store, '{}');
    // A store without a stamp was written by a build that did not stamp it: not to be trusted.
    expect(dropStaleContentStore(cache, 'a')).toBe(true);
    expect(existsSync(store)).toBe(false);
    writeFileSync(store, '{}');
    expect(dropStaleContentStore(cache, 'a')).toBe(false);
    expect(existsSync(store)).toBe(true);
    expect(dropStaleContentStore(cache, 'b')).toBe(true);
    expect(existsSync(store)).toBe(false);
  });

  it('hashes every file under src/ with its path', () => {
    const root = tempFolder();
    mkdirSync(join(root, 'src', 'content'), { recursive: true });
    writeFileSync(join(root, 'src', 'content', 'schema.ts'), 'export const a = 1;');
    const before = contentCodeHash(root);
    expect(contentCodeHash(root)).toBe(before);
    writeFileSync(join(root, 'src', 'content', 'schema.ts'), 'export const a = 2;');
    expect(contentCodeHash(root)).not.toBe(before);
    const changed = contentCodeHash(root);
    rmSync(join(root, 'src', 'content', 'schema.ts'));
    writeFileSync(join(root, 'src', 'content', 'facts.ts'), 'export const a = 2;');
    expect(contentCodeHash(root)).not.toBe(changed);
  });
});
