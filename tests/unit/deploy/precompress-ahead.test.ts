import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { precompressAhead, settledFiles } from '../../../scripts/lib/precompress-ahead.ts';
import { precompress, precompressSession } from '../../../src/deploy/precompress.ts';
import { readSiteFiles } from '../../../src/deploy/site-files.ts';
import { writeFixtureSite } from './fixture-site.ts';

/**
 * Compressing ahead, while Astro still writes the site: the pass after Astro must find the copies
 * made ahead and write exactly what it writes without them, and a file read half-written must
 * never reach the site.
 */
/** How many files a cached pass over a fresh fixture site keeps in its cache: one build's worth. */
async function oneBuildOfCache(): Promise<number> {
  const cacheDir = join(writeFixtureSite(), 'cache');
  const site = writeFixtureSite();
  await precompress(site, readSiteFiles(site).files, { cacheDir });
  return readdirSync(cacheDir).length;
}

const copiesOf = (root: string): Map<string, Buffer> =>
  new Map(
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(br|gz)$/.test(file))
      .map((file) => [file, readFileSync(join(root, file))]),
  );

describe('precompression ahead of the pass', () => {
  it('leaves the pass only copying, and the site as a pass without it writes it', async () => {
    const cacheDir = join(writeFixtureSite(), 'cache');
    const site = writeFixtureSite();
    const session = precompressSession(site, { cacheDir });
    const { files } = readSiteFiles(site);
    for (const file of files) session.warm(file);
    await session.add(files);
    const summary = await session.finish();
    // Every compressible file but the one too small to gain (tiny.txt): still counted as warmed.
    expect(summary.warmed).toBe(summary.files);
    expect(summary.reused).toBe(0);

    const plain = writeFixtureSite();
    await precompress(plain, readSiteFiles(plain).files);
    expect(copiesOf(site)).toEqual(copiesOf(plain));
  });

  it('never hands out the copy of a file read while it was still being written', async () => {
    const cacheDir = join(writeFixtureSite(), 'cache');
    const site = writeFixtureSite();
    const page = join(site, 'en/index.html');
    const final = readFileSync(page, 'utf8');
    writeFileSync(page, final.slice(0, 100));
    const session = precompressSession(site, { cacheDir });
    session.warm('en/index.html');
    writeFileSync(page, final);
    await session.add(readSiteFiles(site).files);
    const summary = await session.finish();
    expect(summary.warmed).toBe(0);

    const plain = writeFixtureSite();
    await precompress(plain, readSiteFiles(plain).files);
    expect(copiesOf(site)).toEqual(copiesOf(plain));
    // The half-read copy was never used, so it is pruned with the rest of what this build did not use.
    expect(readdirSync(cacheDir)).toHaveLength(await oneBuildOfCache());
  });

  it('compresses what appears while the writer works, and stops when it is done', async () => {
    const cacheDir = join(writeFixtureSite(), 'cache');
    mkdirSync(cacheDir);
    const site = writeFixtureSite();
    const session = precompressSession(site, { cacheDir });
    // The writer is done once the cache holds every copy of the site: whenever that is, on a busy
    // machine too (the test's own timeout is the only clock).
    const complete = await oneBuildOfCache();
    const writer = (async () => {
      while (readdirSync(cacheDir).length < complete) await sleep(50);
    })();
    await precompressAhead(site, session, writer);
    const { files } = readSiteFiles(site);
    await session.add(files);
    const summary = await session.finish();
    expect(summary.warmed).toBe(summary.files);

    const plain = writeFixtureSite();
    await precompress(plain, readSiteFiles(plain).files);
    expect(copiesOf(site)).toEqual(copiesOf(plain));
  });

  it('lists nothing, instead of failing the build, while the folder is emptied under it', () => {
    // Astro empties the output folder as it starts, while the first looks may already run: a folder
    // gone in the middle of a listing is a listing that failed, and the next look lists again.
    const site = writeFixtureSite();
    expect(settledFiles(join(site, 'no-such-folder'), new Set())).toEqual([]);
  });
});
