import { describe, expect, it } from 'vitest';
import { fuseRankings } from '../../../src/search/fuse.ts';

const hits = (...ids: string[]) => ids.map((id) => ({ id, item: `${id}@${ids.join('')}` }));

describe('fuseRankings', () => {
  it('puts the page most queries rank high first', () => {
    const fused = fuseRankings([hits('a', 'b'), hits('b', 'c'), hits('b')]);
    expect(fused.map((hit) => hit.id)).toEqual(['b', 'a', 'c']);
  });

  it('keeps the hit from the query that ranked the page highest', () => {
    const [first] = fuseRankings([hits('x', 'b'), hits('b')]);
    expect(first).toMatchObject({ id: 'b', best: 'b@b' });
  });

  it('breaks ties by first appearance', () => {
    expect(fuseRankings([hits('a'), hits('b')]).map((hit) => hit.id)).toEqual(['a', 'b']);
  });

  it('returns nothing for no rankings', () => {
    expect(fuseRankings([])).toEqual([]);
    expect(fuseRankings([[], []])).toEqual([]);
  });
});
