/**
 * Fuses the rankings of several short queries into one. Each query's scores are divided by its
 * best score, so every query speaks on the same 0–1 scale, then summed per page (CombSUM): a page
 * that several queries like wins, and a query that clearly prefers one page (a .NET name that
 * only one article is about) keeps that margin, which plain rank fusion would throw away.
 */
export interface RankedHit<T> {
  id: string;
  /** The engine's relevance score; only its ratio to the query's best score is used. */
  score: number;
  item: T;
}

export interface FusedHit<T> {
  id: string;
  score: number;
  /** The hit from the query that liked this page most: its excerpt fits best. */
  best: T;
}

/** Fuses rankings; `weights[i]` (default 1) scales how much ranking i counts. */
export function fuseRankings<T>(
  rankings: readonly (readonly RankedHit<T>[])[],
  weights: readonly number[] = [],
): FusedHit<T>[] {
  const fused = new Map<string, FusedHit<T> & { bestShare: number; order: number }>();
  let order = 0;
  for (const [index, ranking] of rankings.entries()) {
    const weight = weights[index] ?? 1;
    const top = Math.max(0, ...ranking.map((hit) => hit.score));
    for (const hit of ranking) {
      const share = top > 0 ? hit.score / top : 1;
      const current = fused.get(hit.id);
      if (!current) {
        fused.set(hit.id, { id: hit.id, score: weight * share, best: hit.item, bestShare: share, order: order++ });
        continue;
      }
      current.score += weight * share;
      if (share > current.bestShare) {
        current.best = hit.item;
        current.bestShare = share;
      }
    }
  }
  return [...fused.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ id, score, best }) => ({ id, score, best }));
}
