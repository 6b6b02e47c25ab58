import { correctSpelling } from '../../search/spelling.ts';
import { fuseRankings } from '../../search/fuse.ts';
import { reduceQuery } from '../../search/reduce-query.ts';
import { loadPagefind, type PagefindData, type PagefindResult } from './pagefind.ts';

export interface SearchOutcome {
  results: PagefindData[];
  /** The words searched for instead, when the typed ones found nothing. */
  correctedTo: string | null;
}

/** How many results get their excerpt loaded: each costs a fragment download. */
const SHOWN = 5;

const vocabularies = new Map<string, Promise<Set<string>>>();

/** Reduces a paste to queries, runs them all, fuses the rankings, falls back to spelling fixes. */
export async function searchSite(paste: string, locale: 'cs' | 'en'): Promise<SearchOutcome> {
  const plan = reduceQuery(paste, locale);
  if (plan.queries.length === 0) return { results: [], correctedTo: null };
  let hits = await runQueries(plan.queries);
  let correctedTo: string | null = null;
  if (hits.length === 0) {
    const corrected = correctSpelling(plan.keywords, await loadVocabulary(locale));
    if (corrected) {
      correctedTo = corrected.join(' ');
      hits = await runQueries(reduceQuery(correctedTo, locale).queries);
    }
  }
  const results = await Promise.all(hits.slice(0, SHOWN).map((hit) => hit.best.data()));
  return { results, correctedTo: results.length > 0 ? correctedTo : null };
}

async function runQueries(queries: string[]) {
  const pagefind = await loadPagefind();
  const rankings = await Promise.all(
    queries.map(async (query) => ((await pagefind.search(query))?.results ?? []).map((result: PagefindResult) => ({ id: result.id, item: result }))),
  );
  return fuseRankings(rankings);
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
