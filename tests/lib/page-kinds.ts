import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { structuredData } from './article-pages.ts';
import type { BuiltPage } from './built-site.ts';

/**
 * The kinds of page the site has. Markup differs on every page and is checked on every page by
 * reading the build (tests/site/); what needs a browser (axe, layout, scripts, theme) depends
 * on the kind's template and stylesheet, so the browser tests open one sample of each kind, in
 * each language. A new kind of page gets a row here: tests/site/page-kinds.test.ts fails until
 * every built page belongs to exactly one row, and until a kind's samples together use every
 * element and class that any page of the kind uses (so axe and the layout checks see them all).
 */
export interface PageKind {
  kind: string;
  /** The addresses the browser tests open, site-relative: one per language the kind exists in. */
  samples: string[];
  /** Whether a built page (its site-relative path, its markup) is one of this kind. */
  matches: (path: string, page: BuiltPage) => boolean;
}

/** One address per language. */
const inEachLanguage = (path: (locale: Locale) => string): string[] => LOCALES.map(path);
const localized = (pattern: string): RegExp => new RegExp(`^/(${LOCALES.join('|')})/${pattern}$`);

/** The article the samples use: the family's hub, the richest page (triage, .NET script, embedded checker). */
export const SAMPLE_ARTICLE_ID = 'email-router-ssl-trust';

export const PAGE_KINDS: PageKind[] = [
  { kind: 'language choice', samples: ['/'], matches: (path) => path === '/' },
  { kind: 'home', samples: inEachLanguage((locale) => `/${locale}/`), matches: (path) => localized('').test(path) },
  {
    // The hub first (sampleOf picks it); a short article without the embedded checker shows the rest.
    kind: 'article',
    samples: [SAMPLE_ARTICLE_ID, 'tls12-secure-channel'].flatMap((id) =>
      inEachLanguage((locale) => `/${locale}/${id}/`),
    ),
    matches: (_path, page) => structuredData(page).some((item) => item['@type'] === 'TechArticle'),
  },
  {
    kind: 'search',
    samples: inEachLanguage((locale) => `/${locale}/search/`),
    matches: (path) => localized('search/').test(path),
  },
  {
    // All articles, one error seen, one product: one template, page 1 at the folder, page n at n/.
    kind: 'article listing',
    samples: [
      ...inEachLanguage((locale) => `/${locale}/articles/`),
      ...inEachLanguage((locale) => `/${locale}/errors/trust/`),
    ],
    matches: (path) => localized('(articles|errors/[a-z-]+|products/[a-z0-9-]+)/([0-9]+/)?').test(path),
  },
  {
    kind: 'product list',
    samples: inEachLanguage((locale) => `/${locale}/products/`),
    matches: (path) => localized('products/').test(path),
  },
  {
    kind: 'checker',
    samples: inEachLanguage((locale) => `/${locale}/checker/`),
    matches: (path) => localized('checker/').test(path),
  },
  {
    // Served for any unknown address: the bilingual page outside the languages, each language's inside.
    kind: 'not found',
    samples: ['/no-such-page/', ...inEachLanguage((locale) => `/${locale}/no-such-article/`)],
    matches: (path) => path.endsWith('/404.html'),
  },
];

/** Every sample of every kind, with its kind, for the browser tests' loops. */
export const PAGE_SAMPLES: Array<{ kind: string; path: string }> = PAGE_KINDS.flatMap(({ kind, samples }) =>
  samples.map((path) => ({ kind, path })),
);

/** The sample of a kind in one language. */
export function sampleOf(kind: string, locale: Locale): string {
  const sample = PAGE_KINDS.find((candidate) => candidate.kind === kind)?.samples.find((path) =>
    path.startsWith(`/${locale}/`),
  );
  if (!sample) throw new Error(`no ${kind} sample in ${locale}`);
  return sample;
}
