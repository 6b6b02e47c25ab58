import { describe, expect, it } from 'vitest';
import { diagnose, FINDING_IDS } from '../../../src/checker/index.ts';
import { cs } from '../../../src/i18n/checker/cs.ts';
import { en } from '../../../src/i18n/checker/en.ts';
import { piecesToText } from '../../../src/i18n/checker/pieces.ts';
import { MANIFEST, readFixture } from '../../../scripts/lib/fixture-manifest.ts';

const WORDS = { cs, en };
const name = (index: number) => `#${index}`;

describe('the checker result words', () => {
  for (const [language, words] of Object.entries(WORDS)) {
    it(`${language}: every finding id has a title and an explanation`, () => {
      for (const id of FINDING_IDS) {
        expect(words.findings[id]?.title.trim(), id).toBeTruthy();
        expect(piecesToText(words.findings[id].explain(undefined, undefined), name).trim(), id).toBeTruthy();
      }
      expect(Object.keys(words.findings).sort()).toEqual([...FINDING_IDS].sort());
    });
  }

  it('explain every finding of every fixture in both languages, with its parameters and no gaps', async () => {
    const seen = new Set<string>();
    for (const fixture of MANIFEST.cases) {
      const diagnosis = await diagnose(readFixture(fixture.file, fixture.format), fixture.url, {
        now: new Date(fixture.now),
      });
      for (const finding of diagnosis.findings) {
        seen.add(finding.id);
        for (const words of Object.values(WORDS)) {
          const sentence = piecesToText(words.findings[finding.id].explain(finding.params, finding.certificate), name);
          expect(sentence, `${fixture.name} ${finding.id}`).not.toMatch(
            /undefined|NaN|\[object|\$\{| [,;:]| \.(?![A-Za-z])|^\s|\s$/,
          );
          for (const value of Object.values(finding.params ?? {})) {
            // Names, dates' years and counts from the certificate appear in the sentence.
            if (typeof value === 'string' && /^[\w.*-]+\.[a-z]{2,}$/i.test(value))
              expect(sentence, `${fixture.name} ${finding.id}`).toContain(value);
          }
        }
      }
    }
    expect(seen.size).toBeGreaterThan(20);
  });

  it.each([
    [1, 'vyprší za 1 den', 'platnost skončila před 1 dnem'],
    [2, 'vyprší za 2 dny', 'platnost skončila před 2 dny'],
    [4, 'vyprší za 4 dny', 'platnost skončila před 4 dny'],
    [5, 'vyprší za 5 dní', 'platnost skončila před 5 dny'],
    [22, 'vyprší za 22 dní', 'platnost skončila před 22 dny'],
    [0, 'vyprší za 0 dní', 'platnost skončila před 0 dny'],
  ])('counts %i days in Czech', (days, expiresIn, expiredAgo) => {
    expect(cs.validity.expiresIn(days)).toBe(expiresIn);
    expect(cs.validity.expiredAgo(days)).toBe(expiredAgo);
  });

  it.each([
    [1, 'expires in 1 day', 'expired 1 day ago'],
    [320, 'expires in 320 days', 'expired 320 days ago'],
  ])('counts %i days in English', (days, expiresIn, expiredAgo) => {
    expect(en.validity.expiresIn(days)).toBe(expiresIn);
    expect(en.validity.expiredAgo(days)).toBe(expiredAgo);
  });

  it('write dates as each language does', () => {
    expect(en.date('2026-12-01T00:00:00.000Z')).toBe('1 December 2026');
    expect(cs.date('2026-12-01T00:00:00.000Z')).toBe('1. prosince 2026');
  });
});
