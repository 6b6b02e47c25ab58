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
/** Any other file of the site, named as if the site were at `/`: `/favicon.svg` → `/kb/favicon.svg`. */
export const sitePath = (path: string, base = siteBase()): string => withBase(base, path);
/** The articles API: the index of every article in every language, and one article's full record. */
export const articlesIndexPath = (base = siteBase()): string => withBase(base, '/api/articles.json');
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
