/**
 * Which article owns an error wording, without loading any article. Every wording an article
 * lists without `shared: true` belongs to it alone (validate.ts checks it), so a paste holding a
 * sentence of that wording must put that article first, wherever Pagefind's own ranking placed
 * it. The build writes a lookup from each sentence of every owned wording (normalized as
 * phrase.ts compares sentences: folded, punctuation-free) to the message-index pages of the
 * articles owning it, split into chunks by a hash of the sentence: a paste fetches only the
 * chunks of its own sentences.
 */
import { chunkCount, chunkOf, type ChunkManifest } from './chunks.ts';
import { phraseSentences } from './phrase.ts';

/** One article's page in the message index: its Pagefind page id and the wordings it owns. */
export interface OwnerCard {
  page: string;
  wordings: readonly string[];
}

/** One chunk file: a normalized sentence → the message-index pages of the articles that own it. */
export type OwnedChunk = Record<string, string[]>;

/** About this many sentences a chunk: a few KB, whatever the number of articles. */
export const OWNED_SENTENCES_PER_CHUNK = 16;

export function buildOwnedLookup(cards: readonly OwnerCard[]): { manifest: ChunkManifest; chunks: OwnedChunk[] } {
  const owners = new Map<string, string[]>();
  for (const card of cards) {
    for (const sentence of card.wordings.flatMap(phraseSentences)) {
      const pages = owners.get(sentence) ?? [];
      if (!pages.includes(card.page)) pages.push(card.page);
      owners.set(sentence, pages);
    }
  }
  const count = chunkCount(owners.size, OWNED_SENTENCES_PER_CHUNK);
  const chunks: OwnedChunk[] = Array.from({ length: count }, () => ({}));
  for (const sentence of [...owners.keys()].sort()) chunks[chunkOf(sentence, count)]![sentence] = owners.get(sentence)!;
  return { manifest: { chunks: count }, chunks };
}

/** The sentences of a paste that an article can own, each once (the keys of the lookup). */
export function ownableSentences(paste: string): string[] {
  return [...new Set(phraseSentences(paste))];
}

/** The chunks that can hold these sentences. */
export function ownedChunksFor(sentences: readonly string[], manifest: ChunkManifest): number[] {
  return [...new Set(sentences.map((sentence) => chunkOf(sentence, manifest.chunks)))];
}

/**
 * The pages owning these sentences, looked up in the loaded chunks, best first: by the total
 * length of the sentences each owns, so the owner of the whole wording beats the owner of one
 * common sentence of it ("The underlying connection was closed").
 */
export function rankOwners(sentences: readonly string[], chunks: readonly OwnedChunk[]): string[] {
  const scores = new Map<string, number>();
  for (const sentence of sentences) {
    const pages = chunks.find((chunk) => Object.hasOwn(chunk, sentence))?.[sentence] ?? [];
    for (const page of pages) scores.set(page, (scores.get(page) ?? 0) + sentence.length);
  }
  return [...scores].sort((a, b) => b[1] - a[1]).map(([page]) => page);
}

/** The hits with the owners' first, in the owners' order; the rest keep their order. */
export function ownersFirst<Hit extends { id: string }>(hits: readonly Hit[], owners: readonly string[]): Hit[] {
  const rank = (hit: Hit): number => {
    const index = owners.indexOf(hit.id);
    return index === -1 ? owners.length : index;
  };
  return hits
    .map((hit, order) => ({ hit, order }))
    .sort((a, b) => rank(a.hit) - rank(b.hit) || a.order - b.order)
    .map(({ hit }) => hit);
}
