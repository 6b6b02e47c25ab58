/**
 * How much of a paste stands word for word in a page. A pasted error message that appears
 * verbatim in an article is the strongest sign that the article is the one: stronger than word
 * counts, which favour an article that lists many similar wordings.
 */
import { foldDiacritics } from './text.ts';

/** Letters and digits only, single-spaced, folded: "Kanál SSL/TLS." → "kanal ssl tls". */
export function normalizeForPhrase(text: string): string {
  return foldDiacritics(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Sentences shorter than this are too common to count ("Failure", "Status"); a single word is
 * never a phrase (a .NET name already counts through its own query).
 */
const MIN_PHRASE = 12;
const MIN_WORDS = 3;

/**
 * The sentences of a text that are long enough to count as a phrase, normalized: what a paste
 * is compared with, word for word, in a page or in the owned-wording lookup.
 */
export function phraseSentences(text: string): string[] {
  return text
    .split(/[.!?:;\n]|-{2,}>/)
    .map(normalizeForPhrase)
    .filter((phrase) => phrase.length >= MIN_PHRASE && phrase.split(' ').length >= MIN_WORDS);
}

/** The total length of the paste's sentences that the page contains verbatim. */
export function verbatimScore(paste: string, pageText: string): number {
  const page = ` ${normalizeForPhrase(pageText)} `;
  let score = 0;
  for (const phrase of phraseSentences(paste)) if (page.includes(` ${phrase} `)) score += phrase.length;
  return score;
}
