import { describe, expect, it } from 'vitest';
import { correctSpelling, editDistance } from '../../../src/search/spelling.ts';

const vocabularyWords = [
  'certificate',
  'certifikatu',
  'duveryhodnosti',
  'relationship',
  'channel',
  'schrance',
  'revocation',
];
const vocabulary = new Set(vocabularyWords);

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

describe('the vocabulary in chunks', () => {
  it('gives every correction from the chunks of the typed words alone', async () => {
    const { buildVocabularyChunks, vocabularyChunksFor } = await import('../../../src/search/vocabulary.ts');
    // Enough words for many chunks, with the real ones among them.
    const filler = Array.from({ length: 6000 }, (_, index) => `w${index.toString(36).padStart(4, 'q')}xyz`);
    const vocabulary = [...new Set([...vocabularyWords, ...filler])].sort();
    const { manifest, chunks } = buildVocabularyChunks(vocabulary);
    expect(manifest.chunks).toBeGreaterThanOrEqual(8);
    for (const query of [
      ['certifcate'],
      ['xertificate'],
      ['certificatx'],
      ['duveryhodnosit'],
      ['revokation'],
      ['certifik'],
    ]) {
      const numbers = vocabularyChunksFor(query, manifest);
      expect(numbers.length).toBeLessThanOrEqual(2);
      const loaded = new Set(numbers.flatMap((number) => chunks[number]!));
      expect(correctSpelling(query, loaded), query[0]).toEqual(correctSpelling(query, new Set(vocabulary)));
    }
  });
});
