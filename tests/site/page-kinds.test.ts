import { expect, test } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { BUILT_SITES, builtPages, fileOf, SITE, type BuiltSite } from '../lib/built-site.ts';
import { PAGE_KINDS } from '../lib/page-kinds.ts';

/** The browser tests open one sample of each kind: every page must be of a kind they sample. */
const sitePath = (site: BuiltSite, path: string): string => path.slice(site.base.length - 1);

test('every built page is of exactly one kind of the table', () => {
  const unsorted = builtPages(SITE).flatMap((page) => {
    const kinds = PAGE_KINDS.filter((kind) => kind.matches(sitePath(SITE, page.path), page)).map((kind) => kind.kind);
    return kinds.length === 1 ? [] : [`${page.path}: ${kinds.length === 0 ? 'no kind' : kinds.join(', ')}`];
  });
  expect(unsorted, 'add a row to tests/lib/page-kinds.ts').toEqual([]);
});

test('each sample is served by a page of its kind (an unknown address by its 404 page)', () => {
  for (const { kind, samples, matches } of PAGE_KINDS) {
    for (const sample of samples) {
      const locale = LOCALES.find((candidate) => sample.startsWith(`/${candidate}/`));
      const served = fileOf(SITE, sample) ? sample : locale ? `/${locale}/404.html` : '/404.html';
      const page = builtPages(SITE).find((candidate) => sitePath(SITE, candidate.path) === served);
      expect(page && matches(served, page), `${kind}: ${sample}`).toBe(true);
    }
  }
});

test.each(BUILT_SITES)('$outDir: every page names its language, that of its folder', (site) => {
  for (const page of builtPages(site)) {
    const folder = LOCALES.find((locale) => sitePath(site, page.path).startsWith(`/${locale}/`));
    const lang = page.document.querySelector('html')?.getAttribute('lang');
    // Outside the language folders (the root page, the bilingual 404) English leads, Czech parts say so.
    expect(lang, page.path).toBe(folder ?? 'en');
  }
});
