import { describe, expect, it } from 'vitest';
import { correctSpelling, editDistance } from '../../../src/search/spelling.ts';

const vocabulary = new Set([
  'certificate',
  'certifikatu',
  'duveryhodnosti',
  'relationship',
  'channel',
  'schrance',
  'revocation',
]);

describe('editDistance', () => {
  it.each([
    ['certificate', 'certificate', 0],
    ['certifcate', 'certificate', 1],
    ['certifiacte', 'certificate', 1],
    ['certificatr', 'certificate', 1],
    ['relatinship', 'relationship', 1],
    ['kitten', 'sitting', 3],
  ])('%s → %s is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  it('stops counting past the limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 1)).toBe(2);
  });
});

describe('correctSpelling', () => {
  it.each([
    [['certifcate'], ['certificate']],
    [
      ['relatoinship', 'channel'],
      ['relationship', 'channel'],
    ],
    [['duveryhodnosit'], ['duveryhodnosti']],
    [['revokation'], ['revocation']],
  ])('corrects %j to %j', (query, expected) => {
    expect(correctSpelling(query, vocabulary)).toEqual(expected);
  });

  it('leaves known words, stems of known words and short words alone', () => {
    expect(correctSpelling(['certificate', 'certifik', 'ssl'], vocabulary)).toBeNull();
  });

  it('gives up on words too far from any known word', () => {
    expect(correctSpelling(['xylophone'], vocabulary)).toBeNull();
  });
});

describe('buildVocabulary', () => {
  it('folds, deduplicates and sorts the long words, without numbers', async () => {
    const { buildVocabulary } = await import('../../../src/search/vocabulary.ts');
    expect(buildVocabulary(['Certifikát certifikat SSL 2026 Windows2008', 'důvěryhodnosti'])).toEqual([
      'certifikat',
      'duveryhodnosti',
    ]);
  });
});
