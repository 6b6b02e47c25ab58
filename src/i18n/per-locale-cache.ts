import type { Locale } from './locales.ts';

/**
 * `compute` wrapped so that it runs once per language: later calls for the same language get the
 * first call's result (for an async `compute`, the same promise, so callers that ask while it is
 * still running share one computation instead of starting another).
 */
export function oncePerLocale<Value>(compute: (locale: Locale) => Value): (locale: Locale) => Value {
  const cache = new Map<Locale, Value>();
  return (locale) => {
    if (!cache.has(locale)) cache.set(locale, compute(locale));
    return cache.get(locale)!;
  };
}
