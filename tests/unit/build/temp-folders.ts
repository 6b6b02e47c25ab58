import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/**
 * A maker of temporary folders (`trustkb-<label>-…`) for the test file that calls it: each one is
 * removed after the test that made it.
 */
export function tempFolders(label: string): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  return () => {
    const folder = mkdtempSync(join(tmpdir(), `trustkb-${label}-`));
    made.push(folder);
    return folder;
  };
}
