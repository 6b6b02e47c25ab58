import i18next, { type TFunction } from 'i18next';
import { cs } from './cs.ts';
import { en } from './en.ts';
import type { Locale } from './locales.ts';
import { oncePerLocale } from './per-locale-cache.ts';

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
export const useTranslations = oncePerLocale((locale): TFunction => rememberPlainKeys(instance.getFixedT(locale)));

/**
 * i18next looks a key up anew on every call, and every page of a build asks for the same hundred
 * or so keys: at a thousand articles that was seconds of the build. A key asked for without
 * options always gives the same string, so it is looked up once per language.
 */
function rememberPlainKeys(t: TFunction): TFunction {
  const remembered = new Map<string, unknown>();
  const lookUp = t as unknown as (...args: unknown[]) => unknown;
  const translate = (...args: unknown[]): unknown => {
    const [key] = args;
    if (args.length !== 1 || typeof key !== 'string') return lookUp(...args);
    if (!remembered.has(key)) remembered.set(key, lookUp(key));
    return remembered.get(key);
  };
  return Object.assign(translate, t) as unknown as TFunction;
}

const dateFormat = oncePerLocale(
  (locale) =>
    new Intl.DateTimeFormat(locale === 'cs' ? 'cs-CZ' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);

/** Formats a date the way each language writes it (29. 11. 2026 / 29 November 2026). */
export function formatDate(date: Date, locale: Locale): string {
  return dateFormat(locale).format(date);
}
