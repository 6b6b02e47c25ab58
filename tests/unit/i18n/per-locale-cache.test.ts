import { describe, expect, it } from 'vitest';
import { oncePerLocale } from '../../../src/i18n/per-locale-cache.ts';
import type { Locale } from '../../../src/i18n/locales.ts';

describe('oncePerLocale', () => {
  it('computes each language once and returns the first result again', () => {
    const calls: Locale[] = [];
    const lookup = oncePerLocale((locale) => {
      calls.push(locale);
      return { locale };
    });
    const first = lookup('cs');
    expect(lookup('cs')).toBe(first);
    expect(lookup('en')).toEqual({ locale: 'en' });
    expect(lookup('en')).not.toBe(first);
    expect(calls).toEqual(['cs', 'en']);
  });

  it('hands callers that ask while the work runs the same promise', async () => {
    let runs = 0;
    let finish: (value: string) => void = () => {};
    const lookup = oncePerLocale(() => {
      runs += 1;
      return new Promise<string>((resolve) => (finish = resolve));
    });
    const [a, b] = [lookup('en'), lookup('en')];
    expect(a).toBe(b);
    finish('done');
    await expect(b).resolves.toBe('done');
    expect(runs).toBe(1);
  });

  it('keeps a result that is undefined instead of computing it again', () => {
    let runs = 0;
    const lookup = oncePerLocale(() => {
      runs += 1;
      return undefined;
    });
    lookup('cs');
    lookup('cs');
    expect(runs).toBe(1);
  });

  it('gives separate wrappers separate caches', () => {
    let runs = 0;
    const compute = (locale: Locale) => `${locale}${(runs += 1)}`;
    expect(oncePerLocale(compute)('en')).toBe('en1');
    expect(oncePerLocale(compute)('en')).toBe('en2');
  });
});
