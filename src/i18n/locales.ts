/** The site's languages. Czech first: it is the language the project exists for. */
export const LOCALES = ['cs', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The other language, for the language switcher and the "also in" hints. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'cs' ? 'en' : 'cs';
}
