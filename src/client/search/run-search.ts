import { correctSpelling } from '../../search/spelling.ts';
import { fuseRankings } from '../../search/fuse.ts';
import { ownersFirst } from '../../search/owned-wordings.ts';
import { findIdentifiers, type IdentifierHit, type SearchCatalog } from '../../search/identifiers.ts';
import { reduceQuery, stemForSearch } from '../../search/reduce-query.ts';
import { mayBeDotnetReport } from '../../search/report-detect.ts';
import { hasMissingWord, preferVerbatim } from '../../search/staging.ts';
import { loadCatalog } from './catalog.ts';
import { ownersOf } from './owners.ts';
import { loadPagefind, type PagefindData, type PagefindResult, type SearchIndex } from './pagefind.ts';
import { vocabularyFor } from './vocabulary.ts';

/** A result: a page Pagefind found, or a section the catalog points at. */
export interface SearchResult extends PagefindData {
  /** Set when an identifier of the paste leads here (the page names what was found), or for the triage. */
  via?: Pick<IdentifierHit, 'found' | 'name'> | 'triage';
  /** With `via`: the title of the section the URL leads to (the cause, or the triage). */
  section?: string;
}

export interface SearchOutcome {
  results: SearchResult[];
  /** The words searched for instead, when the typed ones looked misspelled. */
  correctedTo: string | null;
  /**
   * Nothing matched the paste: the results are the main article's triage, then the pages that
   * match the most of its words (each word searched alone).
   */
  fallback: boolean;
}

/** The section that tells the causes apart when a paste names no cause that search knows. */
const TRIAGE_TARGET = 'email-router-ssl-trust#triage';

/** How many results get their excerpt loaded: each costs a fragment download. */
const SHOWN = 5;
/** A query this short was typed, not pasted: it may hold a typo worth correcting. */
const TYPED_WORDS = 4;
/** How many of a paste's words are tried alone when the paste as a whole matches nothing. */
const MAX_FALLBACK_WORDS = 6;

/**
 * Reduces a paste to queries and runs them all, fusing the rankings: first against the error
 * messages alone, then, when the messages do not explain every word, against the whole articles;
 * last, a typed query with an unknown word is retried with the word's spelling fixed.
 */
export async function searchSite(paste: string, locale: 'cs' | 'en'): Promise<SearchOutcome> {
  const catalogLoad = loadCatalog(locale);
  const plan = reduceQuery(paste, locale, await reportText(paste));
  const catalog = await catalogLoad;
  // The paste's identifiers decide first: each leads straight to its cause.
  const identified = findIdentifiers(plan.text, catalog.groups).flatMap((hit) => {
    const page = catalog.targets[hit.target];
    return page ? [sectionResult(page, { found: hit.found, ...(hit.name ? { name: hit.name } : {}) })] : [];
  });
  const articles = new Set(identified.map((result) => articleOf(result.url)));
  const found = await searchWords(plan, locale, articles);
  if (identified.length > 0) {
    const rest = found.results.filter((result) => !articles.has(articleOf(result.url)));
    return { results: [...identified, ...rest].slice(0, SHOWN), correctedTo: found.correctedTo, fallback: false };
  }
  if (found.results.length > 0) return { ...found, fallback: false };
  // Never nothing: the triage, and the pages that match the most of the paste's words.
  const triage = catalog.targets[TRIAGE_TARGET];
  const closest = await closestMatches(plan.keywords, locale);
  return {
    results: [...(triage ? [sectionResult(triage, 'triage')] : []), ...closest].slice(0, SHOWN),
    correctedTo: null,
    fallback: true,
  };
}

/** What a pasted .NET TLS report is searched for; the reader loads only for a paste that may be one. */
async function reportText(paste: string): Promise<string | null> {
  if (!mayBeDotnetReport(paste)) return null;
  const { reportSearchText } = await import('../../search/report-signals.ts');
  return reportSearchText(paste);
}

/**
 * The word search: the message index, the full index, then a spelling correction. An article
 * that owns a sentence of the paste (owners.ts) leads, whatever Pagefind's order, and stays first
 * when the full index is searched too.
 */
async function searchWords(
  plan: ReturnType<typeof reduceQuery>,
  locale: 'cs' | 'en',
  identifiedArticles: ReadonlySet<string>,
): Promise<Omit<SearchOutcome, 'fallback'>> {
  if (plan.queries.length === 0) return { results: [], correctedTo: null };
  const messages = await resultsFor('messages', plan.queries, plan.weights, ownersOf(plan.text, locale));
  const owned = messages.filter((result) => result.owned);
  let results = [
    ...owned,
    ...preferVerbatim(
      plan.text,
      messages.filter((result) => !result.owned),
    ),
  ];
  // The message index holds owned wordings only: when it finds nothing beyond the articles the
  // paste's identifiers already lead to, the articles that share the wording are in the full index.
  const nothingNew = results.every((result) => identifiedArticles.has(articleOf(result.url)));
  // The best page of the index searched last: an owned card stays first in the results, but it
  // holds only its wordings, so the full index's best page says whether a typed word is unknown.
  let lead = results[0];
  if (nothingNew || hasMissingWord(plan.keywords, results[0]!)) {
    const ownedArticles = new Set(owned.map((result) => articleOf(result.url)));
    const full = preferVerbatim(plan.text, await resultsFor('full', plan.queries, plan.weights));
    results = [...owned, ...full.filter((result) => !ownedArticles.has(articleOf(result.url)))].slice(0, SHOWN);
    lead = full[0] ?? lead;
  }
  const typed = plan.keywords.length <= TYPED_WORDS;
  // Pagefind still answers when one word of several matches nothing; a typed word missing from
  // the best result is the sign of a typo, and only then is the word list fetched.
  if (results.length === 0 || (typed && (!lead || hasMissingWord(plan.keywords, lead)))) {
    const corrected = correctSpelling(plan.keywords, await vocabularyFor(plan.keywords, locale));
    if (corrected) {
      const correctedTo = corrected.join(' ');
      const correctedPlan = reduceQuery(correctedTo, locale);
      const correctedResults = await resultsFor('full', correctedPlan.queries, correctedPlan.weights);
      if (correctedResults.length > 0) return { results: correctedResults, correctedTo };
    }
  }
  return { results, correctedTo: null };
}

/** Each of the longest words alone, fused: the pages that hold the most of them come first. */
async function closestMatches(keywords: readonly string[], locale: 'cs' | 'en'): Promise<PagefindData[]> {
  const longest = [...new Set(keywords)].sort((a, b) => b.length - a.length).slice(0, MAX_FALLBACK_WORDS);
  if (longest.length === 0) return [];
  const queries = longest.map((word) => stemForSearch(word, locale));
  return resultsFor(
    'full',
    queries,
    queries.map(() => 1),
  );
}

function sectionResult(page: SearchCatalog['targets'][string], via: SearchResult['via']): SearchResult {
  return { url: page.url, excerpt: '', meta: { title: page.title }, sub_results: [], via, section: page.section };
}

/** The article part of a result's URL: /en/missing-intermediate/#cause-x → /en/missing-intermediate/. */
function articleOf(url: string): string {
  return url.split('#')[0] ?? url;
}

/**
 * The first results of the fused rankings, with their excerpts loaded. `owners` are page ids of
 * this index (fetched meanwhile) that go first, marked `owned`, wherever the rankings put them.
 */
async function resultsFor(
  index: SearchIndex,
  queries: string[],
  weights: number[],
  ownersLoad: Promise<readonly string[]> = Promise.resolve([]),
): Promise<(PagefindData & { owned: boolean })[]> {
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
  const owners = await ownersLoad;
  return Promise.all(
    ownersFirst(fuseRankings(rankings, weights), owners)
      .slice(0, SHOWN)
      .map(async (hit) => ({ ...(await hit.best.data()), owned: owners.includes(hit.id) })),
  );
}
