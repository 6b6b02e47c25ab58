import { chunkCount, chunkOf, type ChunkManifest } from './chunks.ts';
import { MIN_LENGTH } from './spelling.ts';
import { foldDiacritics, words } from './text.ts';

/**
 * The words a language's index holds, folded and deduplicated, for the spelling fallback.
 * Built at build time from the same text Pagefind indexes.
 */
export function buildVocabulary(texts: readonly string[]): string[] {
  const vocabulary = new Set<string>();
  // Most words recur across a collection's texts: each distinct word is folded once.
  const seen = new Set<string>();
  for (const text of texts) {
    for (const word of words(text)) {
      if (seen.has(word)) continue;
      seen.add(word);
      const folded = foldDiacritics(word);
      if (folded.length >= MIN_LENGTH && !/\d/.test(folded)) vocabulary.add(folded);
    }
  }
  return [...vocabulary].sort();
}

/** About this many words a chunk: a few KB gzip, whatever the number of articles. */
export const WORDS_PER_CHUNK = 1024;

/**
 * The keys a word is filed under: its first two letters and its last two. One edit (a letter
 * wrong, missing, added, or two swapped) in a word of five letters or more leaves one of the two
 * as it was, so a correction one edit away always shares a chunk with the typed word; so does
 * every word the typed one is the start of (a stem typed on purpose). A correction two edits away
 * (allowed for words of ten letters or more) is found when one key survives both edits, which
 * misses only a word with an edit among its first two letters and another among its last two.
 */
export function vocabularyKeys(folded: string): [string, string] {
  return [`<${folded.slice(0, 2)}`, `>${folded.slice(-2)}`];
}

/** The vocabulary split into chunks: each word in the chunk of each of its keys. */
export function buildVocabularyChunks(vocabulary: readonly string[]): { manifest: ChunkManifest; chunks: string[][] } {
  const count = chunkCount(vocabulary.length * 2, WORDS_PER_CHUNK);
  const chunks = Array.from({ length: count }, () => new Set<string>());
  for (const word of vocabulary) for (const key of vocabularyKeys(word)) chunks[chunkOf(key, count)]!.add(word);
  return { manifest: { chunks: count }, chunks: chunks.map((chunk) => [...chunk].sort()) };
}

/** The chunks that can hold the known forms of the query's words and their corrections. */
export function vocabularyChunksFor(queryWords: readonly string[], manifest: ChunkManifest): number[] {
  const needed = new Set<number>();
  for (const word of queryWords) {
    const folded = foldDiacritics(word);
    if (folded.length < MIN_LENGTH) continue;
    for (const key of vocabularyKeys(folded)) needed.add(chunkOf(key, manifest.chunks));
  }
  return [...needed].sort((a, b) => a - b);
}
