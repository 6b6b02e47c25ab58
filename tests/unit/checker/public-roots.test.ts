import { readdirSync, readFileSync, statSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { describe, expect, it } from 'vitest';
import {
  PUBLIC_ROOT_KEYS_FILE,
  PUBLIC_ROOTS_FILE,
  renderPublicRootKeys,
  renderPublicRootsModule,
  rootListDigest,
} from '../../../scripts/generate-public-roots.ts';
import { PUBLIC_ROOTS, PUBLIC_ROOTS_SOURCE } from '../../../src/checker/public-roots.generated.ts';
import { publicRootKeyHash } from '../../../src/checker/index.ts';
import { nodeRootKeys } from '../../../src/cli/node-roots.ts';

const sameRootList = rootListDigest(rootCertificates) === PUBLIC_ROOTS_SOURCE.digest;

describe('public root table', () => {
  // The table is a function of Node's root list; another Node version may ship another list,
  // and then `npm run roots` must be run and the result committed.
  it.runIf(sameRootList)('is what scripts/generate-public-roots.ts writes for this root list', async () => {
    const committed = readFileSync(PUBLIC_ROOTS_FILE, 'utf8');
    expect(await renderPublicRootsModule(rootCertificates, PUBLIC_ROOTS_SOURCE.node)).toBe(committed);
    expect(await renderPublicRootKeys(rootCertificates)).toBe(readFileSync(PUBLIC_ROOT_KEYS_FILE, 'utf8'));
  });

  it('has one well-formed line per root', () => {
    const lines = PUBLIC_ROOTS.trim().split('\n');
    expect(lines).toHaveLength(PUBLIC_ROOTS_SOURCE.count);
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) expect(line).toMatch(/^[0-9a-f]{16} [0-9a-f]{16} ([0-9a-f]{8}|-)$/);
  });

  it('stays small enough for the browser bundle', () => {
    expect(PUBLIC_ROOTS.length).toBeLessThan(8 * 1024);
  });
});

describe("the public roots' key files the page loads", () => {
  const folder = new URL('../../../dist/checker/roots/', import.meta.url);

  it('the build writes one file per root of the table, named by the hash of what it holds', async () => {
    const hashes = PUBLIC_ROOTS.trim()
      .split('\n')
      .map((line) => line.split(' ')[1]!);
    expect(readdirSync(folder).sort()).toEqual([...new Set(hashes)].map((hash) => `${hash}.der`).sort());
    for (const hash of hashes) {
      const spki = new Uint8Array(readFileSync(new URL(`${hash}.der`, folder)));
      expect(await publicRootKeyHash(spki)).toBe(hash);
    }
  });

  it('each file is the key of that root in Node’s list, so the page and trustcheck agree', async () => {
    for (const name of readdirSync(folder)) {
      const hash = name.replace(/\.der$/, '');
      const fromNode = await nodeRootKeys(hash);
      if (sameRootList) expect(fromNode, hash).not.toBeNull();
      if (fromNode) expect(new Uint8Array(readFileSync(new URL(name, folder)))).toEqual(fromNode);
    }
  });

  it('stays small: one root key is at most a few hundred bytes', () => {
    for (const name of readdirSync(folder)) expect(statSync(new URL(name, folder)).size, name).toBeLessThan(1100);
  });
});
