import type { FindingId } from '../checker/index.ts';
import type { ArticleData } from '../content/schema.ts';

/**
 * How many article sections the checker shows under one finding or .NET term: enough for the
 * owning cause and a couple of close alternatives, and few enough that the links file the
 * checker loads stays the same size however many articles list a finding.
 */
export const LINKS_PER_FINDING = 3;

/** A cause of an article that explains a finding. */
export interface RankedCause {
  article: ArticleData;
  cause: ArticleData['causes'][number];
}

/**
 * The causes that explain a finding, most relevant first, at most LINKS_PER_FINDING:
 * 1. the owning cause (the one that lists it under `findings`; validate.ts allows one);
 * 2. other causes of the owner's article: the reader is on that page already;
 * 3. causes of articles related to the owner's, in either direction;
 * 4. the most recently reviewed article first, then by article id and the causes' order,
 *    so the choice is the same on every build.
 * Without an owner (only in hand-made inputs: the build refuses it), steps 2 and 3 do not apply.
 */
export function rankCauses(id: FindingId, articles: readonly ArticleData[]): RankedCause[] {
  const candidates = articles.flatMap((article) =>
    article.causes.flatMap((cause, order) => {
      const owns = cause.findings.includes(id);
      return owns || cause.sharedFindings.includes(id) ? [{ article, cause, owns, order }] : [];
    }),
  );
  const owner = candidates.find((candidate) => candidate.owns)?.article;
  const closeness = (article: ArticleData): number => {
    if (!owner) return 0;
    if (article.id === owner.id) return 2;
    return owner.related.includes(article.id) || article.related.includes(owner.id) ? 1 : 0;
  };
  return candidates
    .sort(
      (a, b) =>
        Number(b.owns) - Number(a.owns) ||
        closeness(b.article) - closeness(a.article) ||
        b.article.reviewed.getTime() - a.article.reviewed.getTime() ||
        a.article.id.localeCompare(b.article.id) ||
        a.order - b.order,
    )
    .slice(0, LINKS_PER_FINDING)
    .map(({ article, cause }) => ({ article, cause }));
}

/**
 * Several ranked lists as one, at most `limit` long: the first of each list, then the second of
 * each, and so on, each item once (by `key`). A .NET term that stands for several findings thus
 * shows each finding's owning cause before any runner-up.
 */
export function interleave<Item>(
  lists: readonly (readonly Item[])[],
  limit: number,
  key: (item: Item) => string,
): Item[] {
  const picked = new Map<string, Item>();
  const longest = Math.max(0, ...lists.map((list) => list.length));
  for (let rank = 0; rank < longest; rank++) {
    for (const list of lists) {
      const item = list[rank];
      if (item !== undefined && !picked.has(key(item)) && picked.size < limit) picked.set(key(item), item);
    }
  }
  return [...picked.values()];
}
