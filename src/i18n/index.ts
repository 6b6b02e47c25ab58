import i18next, { type TFunction } from 'i18next';
import { cs } from './cs.ts';
import { en } from './en.ts';
import type { Locale } from './locales.ts';

export { LOCALES, DEFAULT_LOCALE, isLocale, otherLocale, type Locale } from './locales.ts';

/** One shared instance, initialised synchronously at build time with bundled resources. */
const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  resources: { en: { translation: en }, cs: { translation: cs } },
  lng: 'en',
  fallbackLng: false,
  interpolation: { escapeValue: false }, // Astro escapes on output; escaping twice would show &amp;
  returnNull: false,
});

/** A translator bound to one language: safe when pages of both languages render at once. */
export function useTranslations(locale: Locale): TFunction {
  return instance.getFixedT(locale);
}

/** Formats a date the way each language writes it (29. 11. 2026 / 29 November 2026). */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'cs' ? 'cs-CZ' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
