/**
 * Turns whatever an admin pastes (a message, a log line, a whole log excerpt) into a few short
 * Pagefind queries. Pagefind matches every word of a query, so a paste full of timestamps,
 * stack frames and HRESULTs would find nothing; the meaningful part is a handful of words.
 *
 * The plan has, in order of trust:
 * 1. the .NET identifiers in the paste (RemoteCertificateNameMismatch, PartialChain…), each alone:
 *    they name a failure precisely;
 * 2. the whole paste reduced to its significant words, when it is short enough to be one message;
 * 3. each sentence of the paste reduced the same way.
 * The page runs them all and fuses the rankings, so one useless query costs nothing.
 *
 * A pasted .NET TLS report (from the trustkb script) is first replaced by the wording of its
 * decisive status (report-signals.ts, through plan-paste.ts): its exception text alone would
 * always find the generic trust article, whichever status caused the failure. The report reader
 * is passed in, not imported, so the browser loads it only for a paste that looks like a report.
 */
import { czechStem } from './czech-stem.ts';
import { STOPWORDS } from './stopwords.ts';
import { foldDiacritics, looksCzech, words } from './text.ts';

export const MAX_PASTE = 2000;
export const MAX_QUERIES = 6;
export const MAX_WORDS = 7;
const IDENTIFIER_WEIGHT = 2;

export interface QueryPlan {
  /** The queries to run, most precise first; never more than MAX_QUERIES. */
  queries: string[];
  /** How much each query's ranking counts when they are fused: a .NET name counts double. */
  weights: number[];
  /** The words that carried meaning, before stemming: for "results for …" hints. */
  keywords: string[];
  /**
   * What the queries were made from: the paste, or a report's decisive wording. Whatever compares
   * results with the paste word for word must compare them with this, or a report's exception
   * text would pull the generic trust article back in front.
   */
  text: string;
}

const STACK_FRAME = /^\s*(?:at|v|bei)\s+[\w.`<>[\],]+\(.*$/i;
const INNER_END = /^\s*---\s*(?:end of|konec)\b.*$/i;
const NOISE_PATTERNS: RegExp[] = [
  /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, // URLs (the host name does not say which failure it is)
  /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/g, // ISO dates
  /\b\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}\b/g, // 29. 11. 2026, 11/29/2026
  /\b\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\b/g, // clock times
  /\b0x[0-9a-f]+\b/gi, // HRESULTs and other hex codes
  /\b[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}\b/gi, // GUIDs
  /\b[0-9a-f]{16,}\b/gi, // thumbprints, serial numbers
  /\b[a-z]:\\[^\s>]*/gi, // Windows paths and shell prompts (C:\Windows\system32>)
];
/** PowerShell cmdlets (Get-ExchangeCertificate, Format-List): the command, not the failure. */
const CMDLET = /\b[A-Z][a-z]+-[A-Z][A-Za-z]+\b/g;
/** CamelCase words of two or more parts: .NET enum values and status names. */
const IDENTIFIER = /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/;
/** Exception class names and API calls are in every .NET log: they say nothing about the cause. */
const GENERIC_IDENTIFIER = /(?:Exception|Request|Response|Stream|Async|Provider|Handler|Client|Core|GetResponse)$/;

/** `reportText`: what reportSearchText made of the paste, or null when it is not a report. */
export function reduceQuery(paste: string, siteLocale: 'cs' | 'en', reportText: string | null = null): QueryPlan {
  const text = reportText ?? paste;
  // Commands are noise in pasted output, but a search for a command alone is a real search.
  const withoutCommands = planQueries(text.slice(0, MAX_PASTE).replace(CMDLET, ' '), siteLocale);
  return { ...(withoutCommands.queries.length > 0 ? withoutCommands : planQueries(text, siteLocale)), text };
}

function planQueries(paste: string, siteLocale: 'cs' | 'en'): Omit<QueryPlan, 'text'> {
  const lines = paste
    .slice(0, MAX_PASTE)
    .split(/\r?\n/)
    .filter((line) => !STACK_FRAME.test(line) && !INNER_END.test(line));
  let text = lines.join('\n');
  for (const pattern of NOISE_PATTERNS) text = text.replace(pattern, ' ');
  // Qualified names keep their last part: System.Net.WebException → WebException,
  // SslPolicyErrors.RemoteCertificateNameMismatch → RemoteCertificateNameMismatch.
  text = text.replace(/\b(?:[A-Za-z_][A-Za-z0-9_]*\.)+([A-Za-z_][A-Za-z0-9_]*)\b/g, ' $1 ');

  const identifiers: string[] = [];
  const segments: string[][] = [];
  for (const segment of text.split(/[.!?;:\n|]|-{2,}>|\s-\s|"/)) {
    const significant: string[] = [];
    for (const word of words(segment)) {
      if (IDENTIFIER.test(word)) {
        if (!GENERIC_IDENTIFIER.test(word) && !identifiers.includes(word)) identifiers.push(word);
        continue;
      }
      const folded = foldDiacritics(word);
      if (folded.length < 3 && !/^\d{3}$/.test(folded)) continue;
      // Numbers are noise (line numbers, counts) except HTTP status codes such as 401.
      if (STOPWORDS.has(folded) || (/^\d+$/.test(folded) && folded.length !== 3)) continue;
      significant.push(word);
    }
    if (significant.length > 0) segments.push(significant);
  }

  const toQuery = (list: string[]): string =>
    pickWords(list)
      .map((word) => stemForSearch(word, siteLocale))
      .join(' ');
  const all = segments.flat();
  const candidates: string[] = [...identifiers];
  if (all.length > 0 && all.length <= MAX_WORDS * 2) candidates.push(toQuery(all));
  const bySize = [...segments].sort((a, b) => b.length - a.length);
  for (const segment of bySize) candidates.push(toQuery(segment));

  // A query whose words all stand in an earlier one would only count the same match twice.
  const queries: string[] = [];
  for (const candidate of candidates) {
    const candidateWords = candidate.split(' ');
    const covered = queries.some((query) => candidateWords.every((word) => query.split(' ').includes(word)));
    if (candidate.length > 0 && !covered) queries.push(candidate);
  }
  const kept = queries.slice(0, MAX_QUERIES);
  return {
    queries: kept,
    weights: kept.map((query) => (identifiers.includes(query) ? IDENTIFIER_WEIGHT : 1)),
    keywords: [...identifiers, ...unique(all)],
  };
}

/** At most MAX_WORDS words, the longest (most specific) ones, in their original order. */
function pickWords(list: string[]): string[] {
  const distinct = unique(list);
  if (distinct.length <= MAX_WORDS) return distinct;
  const keep = new Set([...distinct].sort((a, b) => b.length - a.length).slice(0, MAX_WORDS));
  return distinct.filter((word) => keep.has(word));
}

function unique(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((word) => {
    const key = foldDiacritics(word);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The form of a word to send to the index. Czech words are cut to their stem (the Czech index has
 * no stemmer, and prefix matching finds the other forms). On the English site, English words go
 * as typed, because the English index stems them itself and a cut word would miss its stem.
 */
export function stemForSearch(word: string, siteLocale: 'cs' | 'en'): string {
  if (siteLocale === 'cs' || looksCzech(word)) return czechStem(word);
  return word.toLowerCase();
}
