import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { PUBLIC_ROOTS_FILE, renderPublicRootsModule, rootListDigest } from '../../../scripts/generate-public-roots.ts';
import { PUBLIC_ROOTS, PUBLIC_ROOTS_SOURCE } from '../../../src/checker/public-roots.generated.ts';

const sameRootList = rootListDigest(rootCertificates) === PUBLIC_ROOTS_SOURCE.digest;

describe('public root table', () => {
  // The table is a function of Node's root list; another Node version may ship another list,
  // and then `npm run roots` must be run and the result committed.
  it.runIf(sameRootList)('is what scripts/generate-public-roots.ts writes for this root list', async () => {
    const committed = readFileSync(PUBLIC_ROOTS_FILE, 'utf8');
    expect(await renderPublicRootsModule(rootCertificates, PUBLIC_ROOTS_SOURCE.node)).toBe(committed);
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
