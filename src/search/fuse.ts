/**
 * Reciprocal rank fusion: several short queries each rank the pages; a page that several of
 * them put near the top wins. Ranks, not Pagefind's raw scores, are summed, because scores of
 * different queries are not on one scale.
 */
export interface RankedHit<T> {
  id: string;
  item: T;
}

export interface FusedHit<T> {
  id: string;
  score: number;
  /** The hit from the query that ranked this page highest: its excerpt fits best. */
  best: T;
}

/** Damping constant: how much rank 1 counts more than rank 2. */
const K = 5;

export function fuseRankings<T>(rankings: readonly (readonly RankedHit<T>[])[]): FusedHit<T>[] {
  const fused = new Map<string, FusedHit<T> & { bestRank: number; order: number }>();
  let order = 0;
  for (const ranking of rankings) {
    ranking.forEach((hit, rank) => {
      const contribution = 1 / (K + rank);
      const current = fused.get(hit.id);
      if (!current) {
        fused.set(hit.id, { id: hit.id, score: contribution, best: hit.item, bestRank: rank, order: order++ });
        return;
      }
      current.score += contribution;
      if (rank < current.bestRank) {
        current.best = hit.item;
        current.bestRank = rank;
      }
    });
  }
  return [...fused.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ id, score, best }) => ({ id, score, best }));
}
