import type { Locale } from '../../src/i18n/locales.ts';
import { builtPages, SITE, type BuiltPage, type BuiltSite } from './built-site.ts';

/** An article page of a build, as its own markup describes it. */
export interface ArticlePage {
  id: string;
  locale: Locale;
  /** URL path, base included: `/en/<id>/`. */
  path: string;
  /** The headline its TechArticle structured data gives. */
  title: string;
  /** Its cause and resolution sections, by anchor and heading text, in page order. */
  causes: Section[];
  resolutions: Section[];
  page: BuiltPage;
}

export interface Section {
  anchor: string;
  title: string;
}

/** The structured data blocks of a page, parsed. */
export function structuredData(page: BuiltPage): Array<Record<string, unknown>> {
  return page.document
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent) as Record<string, unknown>);
}

/** A section heading's own words: its text without the ordinal and the link-to-section control. */
function sectionTitle(heading: BuiltPage['document']): string {
  const copy = heading.clone() as BuiltPage['document'];
  for (const extra of copy.querySelectorAll('.ordinal, .anchor-link')) extra.remove();
  return copy.textContent.trim();
}

function sections(page: BuiltPage, prefix: string): Section[] {
  return page.document
    .querySelectorAll(`h3[id^="${prefix}"]`)
    .map((heading) => ({ anchor: heading.id, title: sectionTitle(heading) }));
}

/**
 * Every article page of a build: the pages that carry TechArticle structured data (not the
 * published API, whose shape is its own concern), sorted by path.
 */
export function articlePages(site: BuiltSite = SITE): ArticlePage[] {
  return builtPages(site).flatMap((page) => {
    const article = structuredData(page).find((item) => item['@type'] === 'TechArticle');
    if (!article) return [];
    const [, locale, id] = /\/(cs|en)\/([^/]+)\/$/.exec(page.path) ?? [];
    if (!locale || !id) throw new Error(`${page.path}: an article page outside /<lang>/<id>/`);
    return [
      {
        id,
        locale: locale as Locale,
        path: page.path,
        title: String(article.headline),
        causes: sections(page, 'cause-'),
        resolutions: sections(page, 'resolution-'),
        page,
      },
    ];
  });
}
