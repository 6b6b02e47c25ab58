/**
 * A light Czech stemmer for search. Pagefind has no Czech stemmer, but it matches word prefixes,
 * so a query word cut back to a stem finds every inflected form that starts with it:
 * "schránka" → "schrán" finds "schránce", "schránky", "schránek".
 *
 * Two rules keep this safe:
 * - the stem is always a prefix of the folded word, so it still finds the word as typed;
 * - a stem is never shorter than MIN_STEM letters, so short words are left alone and a query
 *   never turns into a two-letter prefix that matches everything.
 *
 * It works on diacritic-free text (Pagefind folds diacritics too), so "schranka" and "schránka"
 * give the same stem.
 */
import { foldDiacritics } from './text.ts';

const MIN_STEM = 4;

// Case and number endings, diacritics folded, longest first so "ami" wins over "i".
const ENDINGS = [
  'atech',
  'atum',
  'etem',
  'atem',
  'ech',
  'ich',
  'eho',
  'emi',
  'emu',
  'ete',
  'eti',
  'iho',
  'imi',
  'imu',
  'ach',
  'ata',
  'aty',
  'ych',
  'ama',
  'ami',
  'ove',
  'ovi',
  'ymi',
  'ek',
  'em',
  'es',
  'im',
  'um',
  'at',
  'am',
  'os',
  'us',
  'ym',
  'mi',
  'ou',
  'ho',
  'a',
  'e',
  'i',
  'o',
  'u',
  'y',
];

// Consonants that alternate before endings (ruka → ruce, kniha → knize, sestra → sestře,
// moucha → mouše): cut after the ending, so every form shares the shorter stem.
const ALTERNATING = ['ch', 'k', 'c', 'h', 'z', 'g', 'r', 's'];

export function czechStem(word: string): string {
  const folded = foldDiacritics(word);
  if (folded.length <= MIN_STEM) return folded;
  let stem = folded;
  for (const ending of ENDINGS) {
    if (stem.endsWith(ending) && stem.length - ending.length >= MIN_STEM) {
      stem = stem.slice(0, -ending.length);
      break;
    }
  }
  for (const consonant of ALTERNATING) {
    if (stem.endsWith(consonant) && stem.length - consonant.length >= MIN_STEM) {
      stem = stem.slice(0, -consonant.length);
      break;
    }
  }
  return stem;
}
