import { expect, test } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { BUILT_SITES, builtPages, fileOf, SITE, type BuiltPage, type BuiltSite } from '../lib/built-site.ts';
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

/** The built page that answers a sample address: its own, or for an unknown address its language's 404 page. */
function servedPage(sample: string): BuiltPage | undefined {
  const locale = LOCALES.find((candidate) => sample.startsWith(`/${candidate}/`));
  const served = fileOf(SITE, sample) ? sample : locale ? `/${locale}/404.html` : '/404.html';
  return builtPages(SITE).find((candidate) => sitePath(SITE, candidate.path) === served);
}

test('each sample is served by a page of its kind (an unknown address by its 404 page)', () => {
  for (const { kind, samples, matches } of PAGE_KINDS) {
    for (const sample of samples) {
      const page = servedPage(sample);
      expect(page && matches(sitePath(SITE, page.path), page), `${kind}: ${sample}`).toBe(true);
    }
  }
});

/** The elements of a page's body, by tag and classes: what its stylesheet and axe have to deal with. */
const elementKinds = (page: BuiltPage): string[] =>
  page.document
    .querySelectorAll('body *')
    .map((element) => [element.rawTagName.toLowerCase(), ...[...element.classList.values()].sort()].join('.'));

test('the samples of a kind use every element and class that a page of the kind uses', () => {
  const unseen: string[] = [];
  for (const { kind, samples, matches } of PAGE_KINDS) {
    const seen = new Set(samples.flatMap((sample) => elementKinds(servedPage(sample)!)));
    for (const page of builtPages(SITE).filter((candidate) => matches(sitePath(SITE, candidate.path), candidate))) {
      const missing = [...new Set(elementKinds(page))].filter((element) => !seen.has(element));
      if (missing.length > 0) unseen.push(`${kind}: ${page.path} uses ${missing.join(' ')}`);
    }
  }
  expect(unseen, 'add a sample to tests/lib/page-kinds.ts that shows them').toEqual([]);
});

test.each(BUILT_SITES)('$outDir: every page names its language, that of its folder', (site) => {
  for (const page of builtPages(site)) {
    const folder = LOCALES.find((locale) => sitePath(site, page.path).startsWith(`/${locale}/`));
    const lang = page.document.querySelector('html')?.getAttribute('lang');
    // Outside the language folders (the root page, the bilingual 404) English leads, Czech parts say so.
    expect(lang, page.path).toBe(folder ?? 'en');
  }
});
