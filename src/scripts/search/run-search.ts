import { czechStem } from '../../search/czech-stem.ts';
import { correctSpelling } from '../../search/spelling.ts';
import { fuseRankings } from '../../search/fuse.ts';
import { verbatimScore } from '../../search/phrase.ts';
import { reduceQuery } from '../../search/reduce-query.ts';
import { foldDiacritics, words } from '../../search/text.ts';
import { loadPagefind, type PagefindData, type PagefindResult, type SearchIndex } from './pagefind.ts';

export interface SearchOutcome {
  results: PagefindData[];
  /** The words searched for instead, when the typed ones looked misspelled. */
  correctedTo: string | null;
}

/** How many results get their excerpt loaded: each costs a fragment download. */
const SHOWN = 5;
/** A query this short was typed, not pasted: it may hold a typo worth correcting. */
const TYPED_WORDS = 4;

const vocabularies = new Map<string, Promise<Set<string>>>();

/**
 * Reduces a paste to queries and runs them all, fusing the rankings: first against the error
 * messages alone, then, when the messages do not explain every word, against the whole articles;
 * last, a typed query with an unknown word is retried with the word's spelling fixed.
 */
export async function searchSite(paste: string, locale: 'cs' | 'en'): Promise<SearchOutcome> {
  const plan = reduceQuery(paste, locale);
  if (plan.queries.length === 0) return { results: [], correctedTo: null };
  let results = preferVerbatim(paste, await resultsFor('messages', plan.queries, plan.weights));
  if (results.length === 0 || hasMissingWord(plan.keywords, results[0]!)) {
    results = preferVerbatim(paste, await resultsFor('full', plan.queries, plan.weights));
  }
  const typed = plan.keywords.length <= TYPED_WORDS;
  // Pagefind still answers when one word of several matches nothing; a typed word missing from
  // the best result is the sign of a typo, and only then is the word list fetched.
  if (results.length === 0 || (typed && hasMissingWord(plan.keywords, results[0]!))) {
    const corrected = correctSpelling(plan.keywords, await loadVocabulary(locale));
    if (corrected) {
      const correctedTo = corrected.join(' ');
      const correctedPlan = reduceQuery(correctedTo, locale);
      const correctedResults = await resultsFor('full', correctedPlan.queries, correctedPlan.weights);
      if (correctedResults.length > 0) return { results: correctedResults, correctedTo };
    }
  }
  return { results, correctedTo: null };
}

async function resultsFor(index: SearchIndex, queries: string[], weights: number[]): Promise<PagefindData[]> {
  const pagefind = await loadPagefind(index);
  const rankings = await Promise.all(
    queries.map(async (query) => ((await pagefind.search(query))?.results ?? []).map((result: PagefindResult) => ({ id: result.id, score: result.score, item: result }))),
  );
  return Promise.all(fuseRankings(rankings, weights).slice(0, SHOWN).map((hit) => hit.best.data()));
}

/** Results that contain a sentence of the paste word for word come first; the rest keep their order. */
function preferVerbatim(paste: string, results: PagefindData[]): PagefindData[] {
  const scored = results.map((result, order) => ({ result, order, score: verbatimScore(paste, result.content ?? '') }));
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map(({ result }) => result);
}

/** True when a word of the query is nowhere in the page: a long word in no form, a .NET name not at all. */
function hasMissingWord(keywords: string[], page: PagefindData): boolean {
  const content = foldDiacritics(page.content ?? '');
  const pageWords = new Set(words(content));
  return keywords.some((keyword) => {
    // Pagefind splits CamelCase names into parts, so a page can match "SystemDefaultTlsVersions"
    // on "TLS" alone: the name itself must be there.
    if (/[A-Z].*[A-Z]/.test(keyword)) return !content.includes(keyword.toLowerCase());
    if (keyword.length < 5 || /\d/.test(keyword)) return false;
    const stem = czechStem(keyword);
    for (const word of pageWords) if (word.startsWith(stem)) return false;
    return true;
  });
}

function loadVocabulary(locale: string): Promise<Set<string>> {
  let vocabulary = vocabularies.get(locale);
  if (!vocabulary) {
    vocabulary = fetch(`/${locale}/search/terms.json`)
      .then((response) => (response.ok ? response.json() : []))
      .then((list: string[]) => new Set(list))
      .catch(() => new Set<string>());
    vocabularies.set(locale, vocabulary);
  }
  return vocabulary;
}
