import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IMMUTABLE_FOLDERS, isImmutable, MEDIA_TYPES } from '../../src/deploy/policy.ts';
import { readSiteFiles } from '../../src/deploy/site-files.ts';
import { readWebConfig } from '../unit/deploy/web-config-reader.ts';
import { unbasedReferencesIn } from '../../scripts/lib/unbased-references.ts';

/**
 * The server configs of the real builds (no browser): IIS cannot run here, so its web.config is
 * parsed and held against every file the build wrote; and nothing is cached forever unless its
 * name changes with its content.
 */
for (const [outDir, base] of [
  ['dist', '/'],
  ['dist-kb', '/kb/'],
] as const) {
  const root = fileURLToPath(new URL(`../../${outDir}/`, import.meta.url));
  const site = readSiteFiles(root);

  test(`${outDir}/web.config maps every extension in ${outDir}/, each removed first`, () => {
    const view = readWebConfig(readFileSync(`${root}web.config`, 'utf8'));
    expect(site.extensions).toEqual(
      expect.arrayContaining(['.html', '.js', '.json', '.pagefind', '.pf_fragment', '.der']),
    );
    expect(view.unsafeMimeMaps).toEqual([]);
    expect(view.unsafeEntries).toEqual([]);
    for (const extension of site.extensions) {
      expect(view.mimeMaps.get(extension), extension || '(none)').toBe(MEDIA_TYPES[extension]);
    }
  });

  test(`${outDir}/web.config points every 404 at a page the build wrote, under ${base}`, () => {
    const view = readWebConfig(readFileSync(`${root}web.config`, 'utf8'));
    expect(view.notFound.get('')).toBe(`${base}404.html`);
    expect([...view.notFound.keys()].sort()).toEqual(['', 'cs', 'en']);
    for (const page of view.notFound.values()) expect(site.files).toContain(page.slice(base.length));
    for (const path of view.clientCache.keys()) {
      if (path !== '')
        expect(
          site.files.some((file) => file === path || file.startsWith(`${path}/`)),
          path,
        ).toBe(true);
    }
  });

  test(`${outDir}: every file cached forever has a content hash in its name`, () => {
    const immutable = site.files.filter(isImmutable);
    expect(immutable.length).toBeGreaterThan(100);
    for (const folder of IMMUTABLE_FOLDERS)
      expect(
        immutable.some((file) => file.startsWith(folder)),
        folder,
      ).toBe(true);
    const contentNamed = [
      /^_astro\/[^/]+\.[A-Za-z0-9_-]{8}\.(js|css)(\.br|\.gz)?$/, // Vite: name.<8-character hash>.ext
      /^pagefind(-messages)?\/(fragment|index)\/[a-z-]+_[0-9a-f]{7,}\.pf_(fragment|index)$/,
      /^pagefind(-messages)?\/pagefind\.[a-z-]+_[0-9a-f]{10}\.pf_meta$/,
      /^checker\/roots\/[0-9a-f]{16}\.der$/, // named by the root's key hash
    ];
    for (const file of immutable)
      expect(
        contentNamed.some((pattern) => pattern.test(file)),
        file,
      ).toBe(true);
  });
}

test('every reference in dist-kb/ carries /kb/', () => {
  expect(unbasedReferencesIn(fileURLToPath(new URL('../../dist-kb/', import.meta.url)), '/kb/')).toEqual([]);
});
