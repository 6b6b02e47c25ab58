import type { Locale } from '../i18n/locales.ts';

/** Every internal URL is built here, so links, hreflang, the sitemap and the API agree. */
export const homePath = (locale: Locale): string => `/${locale}/`;
export const articlePath = (locale: Locale, articleId: string): string => `/${locale}/${articleId}/`;
export const searchPath = (locale: Locale): string => `/${locale}/search/`;
export const checkerPath = (locale: Locale): string => `/${locale}/checker/`;
export const causeAnchor = (causeId: string): string => `cause-${causeId}`;
export const resolutionAnchor = (resolutionId: string): string => `resolution-${resolutionId}`;

/** An absolute URL on the configured site origin. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
