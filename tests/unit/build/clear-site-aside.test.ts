import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearSiteAside } from '../../../scripts/lib/clear-site-aside.ts';
import { tempFolders } from './temp-folders.ts';

const scratch = tempFolders('clear');

function parentWithSite(): { parent: string; outDir: string } {
  const parent = scratch();
  const outDir = join(parent, 'dist');
  mkdirSync(join(outDir, 'en/page'), { recursive: true });
  writeFileSync(join(outDir, 'en/page/index.html'), '<p>old</p>');
  writeFileSync(join(outDir, 'index.html'), '<p>old</p>');
  mkdirSync(join(outDir, '.git'));
  writeFileSync(join(outDir, '.git/HEAD'), 'ref: refs/heads/main\n');
  return { parent, outDir };
}

describe('clearSiteAside: the last site out of the way at once, deleted meanwhile', () => {
  it('empties the folder but for .git before it returns, and deletes what it moved by the time it settles', async () => {
    const { parent, outDir } = parentWithSite();
    const deleted = clearSiteAside(outDir);
    expect(readdirSync(outDir)).toEqual(['.git']);
    expect(readdirSync(join(outDir, '.git'))).toEqual(['HEAD']);
    await deleted;
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('deletes what a stopped build left aside, and copes with no site at all', async () => {
    const { parent, outDir } = parentWithSite();
    mkdirSync(join(parent, '.dist.previous-1-2/en'), { recursive: true });
    writeFileSync(join(parent, '.dist.previous-1-2/en/index.html'), 'older');
    mkdirSync(join(parent, '.dist-kb.previous-1-2'));
    rmSync(outDir, { recursive: true });
    await clearSiteAside(outDir);
    // Another output folder's leftovers are that folder's build's to delete.
    expect(readdirSync(parent)).toEqual(['.dist-kb.previous-1-2']);
  });
});
