import { correctSpelling } from '../../search/spelling.ts';
import { fuseRankings } from '../../search/fuse.ts';
import { reduceQuery } from '../../search/reduce-query.ts';
import { hasMissingWord, preferVerbatim } from '../../search/staging.ts';
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
  let results = preferVerbatim(plan.text, await resultsFor('messages', plan.queries, plan.weights));
  if (results.length === 0 || hasMissingWord(plan.keywords, results[0]!)) {
    results = preferVerbatim(plan.text, await resultsFor('full', plan.queries, plan.weights));
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
    queries.map(async (query) =>
      ((await pagefind.search(query))?.results ?? []).map((result: PagefindResult) => ({
        id: result.id,
        score: result.score,
        item: result,
      })),
    ),
  );
  return Promise.all(
    fuseRankings(rankings, weights)
      .slice(0, SHOWN)
      .map((hit) => hit.best.data()),
  );
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
