import type { Validity } from '../checker/index.ts';
import type { CheckerWords } from './words/types.ts';

/** "expires in 12 days", "expired 3 days ago", "valid in 2 days", "expires today". */
export function validityWords(words: CheckerWords, { state, days }: Validity): string {
  if (state === 'expired') return words.validity.expiredAgo(days);
  if (state === 'not-yet-valid') return words.validity.validIn(days);
  return days === 0 ? words.validity.today : words.validity.expiresIn(days);
}
