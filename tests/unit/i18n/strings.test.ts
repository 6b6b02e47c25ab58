import { describe, expect, it } from 'vitest';
import { MESSAGE_LANGUAGES, MESSAGE_SOURCES } from '../../../src/content/schema.ts';
import { cs } from '../../../src/i18n/cs.ts';
import { en } from '../../../src/i18n/en.ts';
import { useTranslations } from '../../../src/i18n/index.ts';
import type { UiStrings } from '../../../src/i18n/types.ts';

/** Every key path, with plural suffixes folded: Czech has _few where English has none. */
function keyPaths(table: UiStrings, prefix = ''): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(table)) {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (typeof value === 'string') keys.add(path);
    else for (const nested of keyPaths(value, `${path}.`)) keys.add(nested);
  }
  return keys;
}

describe('UI string tables', () => {
  it('have the same keys in Czech and English', () => {
    expect([...keyPaths(cs)].sort()).toEqual([...keyPaths(en)].sort());
  });

  it('have no empty string', () => {
    const empty = (table: UiStrings): boolean =>
      Object.values(table).some((value) => (typeof value === 'string' ? value.trim() === '' : empty(value)));
    expect(empty(cs)).toBe(false);
    expect(empty(en)).toBe(false);
  });

  // Every wording on an article page carries its source's label, in the page's language.
  it('label every message source and message language in both languages', () => {
    expect(Object.keys(cs.messageSource).sort()).toEqual([...MESSAGE_SOURCES].sort());
    expect(Object.keys(en.messageSource).sort()).toEqual([...MESSAGE_SOURCES].sort());
    expect(Object.keys(cs.messageLanguage).sort()).toEqual([...MESSAGE_LANGUAGES].sort());
    expect(Object.keys(en.messageLanguage).sort()).toEqual([...MESSAGE_LANGUAGES].sort());
  });

  it.each([
    [1, '1 článek'],
    [2, '2 články'],
    [4, '4 články'],
    [5, '5 článků'],
    [11, '11 článků'],
    [0, '0 článků'],
  ])('counts %i articles in Czech as "%s"', (count, expected) => {
    expect(useTranslations('cs')('home.articleCount', { count })).toBe(expected);
  });

  it.each([
    [1, '1 produkt'],
    [3, '3 produkty'],
    [5, '5 produktů'],
  ])('counts %i products in Czech as "%s"', (count, expected) => {
    expect(useTranslations('cs')('listing.productCount', { count })).toBe(expected);
  });

  it.each([
    [1, '1 article'],
    [2, '2 articles'],
  ])('counts %i articles in English as "%s"', (count, expected) => {
    expect(useTranslations('en')('home.articleCount', { count })).toBe(expected);
  });

  it('translates per language without leaking between bound translators', () => {
    const czech = useTranslations('cs');
    const english = useTranslations('en');
    expect(czech('article.causes')).toBe('Příčiny');
    expect(english('article.causes')).toBe('Causes');
  });
});
