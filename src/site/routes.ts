import type { SymptomGroup } from '../content/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import { siteBase } from './base.ts';
import { withBase } from './public-address.ts';

/**
 * Every internal URL is built here, so links, hreflang, the sitemap and the API agree. Each path
 * carries the base the site is served under (`/kb/en/` under `/kb/`); `base` defaults to the
 * build's (src/site/base.ts) and is passed only by code that serves another site, like the CLI.
 */
export const homePath = (locale: Locale, base = siteBase()): string => withBase(base, `/${locale}/`);
export const articlePath = (locale: Locale, articleId: string, base = siteBase()): string =>
  withBase(base, `/${locale}/${articleId}/`);
/** Page `page` (from 1) of a listing: the first page is the listing's own folder, page 2 is `2/` under it. */
const listingPage = (firstPage: string, page: number): string => (page === 1 ? firstPage : `${firstPage}${page}/`);
/** Every article, by title, a page at a time. */
export const articlesPath = (locale: Locale, page = 1, base = siteBase()): string =>
  withBase(base, listingPage(`/${locale}/articles/`, page));
/** The articles of one error seen (a symptom group), a page at a time. */
export const errorGroupPath = (locale: Locale, group: SymptomGroup, page = 1, base = siteBase()): string =>
  withBase(base, listingPage(`/${locale}/errors/${group}/`, page));
/** The articles that apply to one product (its slug: src/site/article-groups.ts), a page at a time. */
export const productPath = (locale: Locale, productSlug: string, page = 1, base = siteBase()): string =>
  withBase(base, listingPage(`/${locale}/products/${productSlug}/`, page));
/** Every product, with its article count. */
export const productsPath = (locale: Locale, base = siteBase()): string => withBase(base, `/${locale}/products/`);
export const searchPath = (locale: Locale, base = siteBase()): string => withBase(base, `/${locale}/search/`);
export const checkerPath = (locale: Locale, base = siteBase()): string => withBase(base, `/${locale}/checker/`);
/** The 404 page of one language (the build writes `<lang>/404.html`), or the bilingual one. */
export const notFoundPath = (locale?: Locale, base = siteBase()): string =>
  withBase(base, locale ? `/${locale}/404.html` : '/404.html');
/** The root page, which picks the visitor's language. */
export const rootPath = (base = siteBase()): string => base;
/** A Pagefind bundle the build writes: the full index or the message index (scripts/build-message-index.ts). */
export const searchBundlePath = (bundle: 'pagefind' | 'pagefind-messages', base = siteBase()): string =>
  `${base}${bundle}/`;
/**
 * A sitemap file (src/site/sitemap.ts): `sitemap`, the one robots.txt and the pages name (the only
 * sitemap, or the index of the others), or `sitemap-<n>`.
 */
export const sitemapPath = (name = 'sitemap', base = siteBase()): string => withBase(base, `/${name}.xml`);
/** Any other file of the site, named as if the site were at `/`: `/favicon.svg` → `/kb/favicon.svg`. */
export const sitePath = (path: string, base = siteBase()): string => withBase(base, path);
/** The articles API: one article's full record (the index is `/api/articles.json`). */
export const articleJsonPath = (locale: Locale, articleId: string, base = siteBase()): string =>
  withBase(base, `/api/articles/${locale}/${articleId}.json`);
export const causeAnchor = (causeId: string): string => `cause-${causeId}`;
export const resolutionAnchor = (resolutionId: string): string => `resolution-${resolutionId}`;

/**
 * The URL of a path of this site as published: absolute on the public address when one is known
 * (`site`, i.e. Astro.site), else the site-relative path itself. No origin is ever made up.
 */
export function publicUrl(path: string, site: URL | string | null): string {
  return site === null ? path : new URL(path, site).href;
}
