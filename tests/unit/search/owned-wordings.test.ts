import { describe, expect, it } from 'vitest';
import {
  buildOwnedLookup,
  ownableSentences,
  ownedChunksFor,
  ownersFirst,
  rankOwners,
  type OwnerCard,
} from '../../../src/search/owned-wordings.ts';

const CARDS: OwnerCard[] = [
  {
    page: 'en_trust',
    wordings: [
      'The underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure channel.',
    ],
  },
  {
    page: 'en_tls12',
    wordings: [
      'The request was aborted: Could not create SSL/TLS secure channel.',
      'The underlying connection was closed: An unexpected error occurred on a send.',
      'Nelze vytvořit zabezpečený kanál SSL/TLS.',
    ],
  },
  { page: 'en_short', wordings: ['A server certificate could not be validated.'] },
];

/** The owners of a paste, looked up through the chunks as the browser does. */
function owners(paste: string, cards = CARDS): string[] {
  const { manifest, chunks } = buildOwnedLookup(cards);
  const sentences = ownableSentences(paste);
  return rankOwners(
    sentences,
    ownedChunksFor(sentences, manifest).map((number) => chunks[number]!),
  );
}

describe('the owned-wording lookup', () => {
  it.each([
    ['A server certificate could not be validated.', ['en_short']],
    ['a server certificate could not be validated', ['en_short']],
    ['Could not create SSL/TLS secure channel', ['en_tls12']],
    ['Nelze vytvořit zabezpečený kanál SSL/TLS.', ['en_tls12']],
    ['Nelze vytvorit zabezpeceny kanal SSL/TLS', ['en_tls12']],
    ['System.Net.WebException: Could not establish trust relationship for the SSL/TLS secure channel.', ['en_trust']],
  ])('%s → %j', (paste, expected) => {
    expect(owners(paste)).toEqual(expected);
  });

  it('ranks the owner of the whole wording above the owner of one common sentence of it', () => {
    expect(
      owners(
        'The underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure channel.',
      ),
    ).toEqual(['en_trust', 'en_tls12']);
  });

  it('finds no owner for words that are not a whole owned sentence', () => {
    expect(owners('could not establish trust')).toEqual([]);
    expect(owners('certificate')).toEqual([]);
  });

  it('splits a large table into chunks of about the same size, and still finds every owner', () => {
    const many: OwnerCard[] = Array.from({ length: 500 }, (_, index) => ({
      page: `en_${index}`,
      wordings: [`Error number ${index} happened in the module ${index * 7}.`],
    }));
    const { manifest, chunks } = buildOwnedLookup(many);
    expect(manifest.chunks).toBeGreaterThan(4);
    expect(Math.max(...chunks.map((chunk) => Object.keys(chunk).length))).toBeLessThan(200);
    expect(owners('Error number 321 happened in the module 2247.', many)).toEqual(['en_321']);
  });
});

describe('ownersFirst', () => {
  it('moves the owners to the front in their order, whatever their rank, and keeps the rest in order', () => {
    const hits = Array.from({ length: 80 }, (_, index) => ({ id: `p${index}` }));
    const ordered = ownersFirst(hits, ['p74', 'p3']);
    expect(ordered.slice(0, 4).map((hit) => hit.id)).toEqual(['p74', 'p3', 'p0', 'p1']);
    expect(ordered).toHaveLength(80);
  });

  it('ignores owners that are not among the hits', () => {
    expect(ownersFirst([{ id: 'a' }, { id: 'b' }], ['z']).map((hit) => hit.id)).toEqual(['a', 'b']);
  });
});
