import { LOCALES, type Locale } from '../i18n/locales.ts';

/** getStaticPaths for pages that exist once per language. */
export function localePaths(): { params: { lang: Locale }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { lang: locale }, props: { locale } }));
}

/** Paths of a language-specific page in every language. */
export function alternatesFor(pathFor: (locale: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, pathFor(locale)])) as Record<Locale, string>;
}
