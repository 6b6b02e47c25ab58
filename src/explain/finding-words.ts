import type { Finding, FindingId, FindingOf } from '../checker/index.ts';
import type { Piece } from './pieces.ts';
import type { CheckerWords, FindingWords } from './words/types.ts';

/**
 * A finding's title and explanation in one language. TypeScript cannot see that `finding.id`
 * picks the words written for that very finding's parameters (the words table is keyed by the
 * same id), so the lookup is typed here once, and every caller stays fully typed.
 */
export function findingWords(words: CheckerWords, finding: Finding): { title: string; explanation: Piece[] } {
  const entry = words.findings[finding.id] as FindingWords<FindingId>;
  return { title: entry.title, explanation: entry.explain(finding as FindingOf<FindingId>) };
}
