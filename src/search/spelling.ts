/**
 * The fallback for a query that finds nothing: each long word that the index does not contain is
 * replaced by the index word it is one edit away from (two for very long words). An admin who
 * types "certifcate" or "duveryhodnosit" still lands somewhere.
 */
import { foldDiacritics } from './text.ts';

/** Words shorter than this are too easy to turn into another real word. */
export const MIN_LENGTH = 5;

/** The corrected words, or null when nothing needed or could be corrected. */
export function correctSpelling(queryWords: readonly string[], vocabulary: ReadonlySet<string>): string[] | null {
  let changed = false;
  const corrected = queryWords.map((word) => {
    const folded = foldDiacritics(word);
    if (folded.length < MIN_LENGTH || vocabulary.has(folded) || hasPrefixIn(folded, vocabulary)) return word;
    const budget = folded.length >= 10 ? 2 : 1;
    let best: string | null = null;
    let bestDistance = budget + 1;
    for (const candidate of vocabulary) {
      if (Math.abs(candidate.length - folded.length) > budget) continue;
      const distance = editDistance(folded, candidate, bestDistance - 1);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best === null) return word;
    changed = true;
    return best;
  });
  return changed ? corrected : null;
}

/** A stem typed on purpose ("certifik") is not a misspelling: some index word starts with it. */
function hasPrefixIn(folded: string, vocabulary: ReadonlySet<string>): boolean {
  for (const candidate of vocabulary) if (candidate.startsWith(folded)) return true;
  return false;
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps),
 * giving up early once it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previousPrevious[j - 2]! + 1);
      }
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}
