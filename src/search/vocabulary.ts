import { foldDiacritics, words } from './text.ts';

/**
 * The words a language's index holds, folded and deduplicated, for the spelling fallback.
 * Built at build time from the same text Pagefind indexes.
 */
export function buildVocabulary(texts: readonly string[]): string[] {
  const vocabulary = new Set<string>();
  for (const text of texts) {
    for (const word of words(text)) {
      const folded = foldDiacritics(word);
      if (folded.length >= 5 && !/\d/.test(folded)) vocabulary.add(folded);
    }
  }
  return [...vocabulary].sort();
}
