import { describe, expect, it } from 'vitest';
import { fuseRankings } from '../../../src/search/fuse.ts';

/** A ranking: [id, score] pairs, the item naming the query it came from. */
const ranking = (query: string, ...hits: [string, number][]) =>
  hits.map(([id, score]) => ({ id, score, item: `${id}@${query}` }));

describe('fuseRankings', () => {
  it('puts the page most queries like first', () => {
    const fused = fuseRankings([
      ranking('q1', ['a', 10], ['b', 9]),
      ranking('q2', ['b', 5], ['c', 4]),
      ranking('q3', ['b', 1]),
    ]);
    expect(fused.map((hit) => hit.id)).toEqual(['b', 'a', 'c']);
  });

  it('keeps a clear margin: one query that strongly prefers a page beats two lukewarm ones', () => {
    const fused = fuseRankings(
      [ranking('name', ['a', 9.5], ['b', 2.6]), ranking('words', ['b', 5.5], ['a', 5.2])],
      [2, 1],
    );
    expect(fused[0]!.id).toBe('a');
  });

  it('keeps the hit from the query that liked the page most', () => {
    const [first] = fuseRankings([ranking('q1', ['x', 10], ['b', 2]), ranking('q2', ['b', 3])]);
    expect(first).toMatchObject({ id: 'b', best: 'b@q2' });
  });

  it('lets a weighted ranking outvote two plain ones', () => {
    const rankings = [
      ranking('q1', ['a', 1], ['b', 0.5]),
      ranking('q2', ['b', 1], ['a', 0.5]),
      ranking('q3', ['b', 1], ['a', 0.5]),
    ];
    expect(fuseRankings(rankings, [3, 1, 1])[0]!.id).toBe('a');
    expect(fuseRankings(rankings)[0]!.id).toBe('b');
  });

  it('breaks ties by first appearance', () => {
    expect(fuseRankings([ranking('q1', ['a', 1]), ranking('q2', ['b', 1])]).map((hit) => hit.id)).toEqual(['a', 'b']);
  });

  it('returns nothing for no rankings', () => {
    expect(fuseRankings([])).toEqual([]);
    expect(fuseRankings([[], []])).toEqual([]);
  });
});
