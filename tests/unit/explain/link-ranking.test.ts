import { describe, expect, it } from 'vitest';
import type { FindingId } from '../../../src/checker/index.ts';
import type { ArticleData } from '../../../src/content/schema.ts';
import { interleave, LINKS_PER_FINDING, rankCauses } from '../../../src/explain/link-ranking.ts';
import { articleData } from '../content/fixtures.ts';

/** An article whose causes own or share findings: `{ cause: ['owned'], other: ['~shared'] }`. */
function article(
  id: string,
  causes: Record<string, string[]>,
  options: { related?: string[]; reviewed?: string } = {},
): ArticleData {
  return articleData({
    id,
    related: options.related ?? [],
    reviewed: new Date(options.reviewed ?? '2026-01-01'),
    causes: Object.entries(causes).map(([causeId, findings]) => ({
      id: causeId,
      title: `${id} ${causeId}`,
      findings: findings.filter((finding) => !finding.startsWith('~')) as FindingId[],
      sharedFindings: findings
        .filter((finding) => finding.startsWith('~'))
        .map((finding) => finding.slice(1)) as FindingId[],
    })),
  });
}

const ranked = (id: FindingId, articles: ArticleData[]) =>
  rankCauses(id, articles).map(({ article: { id: articleId }, cause }) => `${articleId}#${cause.id}`);

describe('rankCauses', () => {
  const cases: { name: string; articles: ArticleData[]; want: string[] }[] = [
    {
      name: 'the owner comes first, wherever its article sorts',
      articles: [article('a-sharer', { one: ['~name.mismatch'] }), article('z-owner', { main: ['name.mismatch'] })],
      want: ['z-owner#main', 'a-sharer#one'],
    },
    {
      name: "then other causes of the owner's article, in their order",
      articles: [
        article('a-sharer', { one: ['~name.mismatch'] }, { reviewed: '2026-12-01' }),
        article('owner', { main: ['name.mismatch'], second: ['~name.mismatch'], third: ['~name.mismatch'] }),
      ],
      want: ['owner#main', 'owner#second', 'owner#third'],
    },
    {
      name: 'then articles related to the owner, either way, before newer unrelated ones',
      articles: [
        article('a-new', { one: ['~name.mismatch'] }, { reviewed: '2026-12-01' }),
        article('b-points-at-owner', { one: ['~name.mismatch'] }, { related: ['owner'] }),
        article('c-named-by-owner', { one: ['~name.mismatch'] }),
        article('owner', { main: ['name.mismatch'] }, { related: ['c-named-by-owner'] }),
      ],
      want: ['owner#main', 'b-points-at-owner#one', 'c-named-by-owner#one'],
    },
    {
      name: 'then the most recently reviewed, then by id',
      articles: [
        article('a-old', { one: ['~name.mismatch'] }, { reviewed: '2025-01-01' }),
        article('b-new', { one: ['~name.mismatch'] }, { reviewed: '2026-06-01' }),
        article('c-new', { one: ['~name.mismatch'] }, { reviewed: '2026-06-01' }),
        article('owner', { main: ['name.mismatch'] }),
      ],
      want: ['owner#main', 'b-new#one', 'c-new#one'],
    },
    {
      name: 'causes that do not list the finding are left out',
      articles: [article('owner', { main: ['name.mismatch'], other: ['chain.incomplete'] })],
      want: ['owner#main'],
    },
    {
      name: 'without an owner (the build refuses it) the shared causes still rank, newest first',
      articles: [
        article('a', { one: ['~name.mismatch'] }),
        article('b', { one: ['~name.mismatch'] }, { reviewed: '2026-03-01' }),
      ],
      want: ['b#one', 'a#one'],
    },
  ];
  for (const { name, articles, want } of cases) {
    it(name, () => {
      expect(ranked('name.mismatch', articles)).toEqual(want);
      expect(ranked('name.mismatch', [...articles].reverse())).toEqual(want);
    });
  }

  it(`keeps at most ${LINKS_PER_FINDING} however many articles share a finding`, () => {
    const sharers = Array.from({ length: 50 }, (_, index) =>
      article(`sharer-${String(index).padStart(2, '0')}`, { one: ['~trust.self-signed'] }, { related: ['owner'] }),
    );
    const articles = [...sharers, article('owner', { main: ['trust.self-signed'] })];
    expect(ranked('trust.self-signed', articles)).toEqual(['owner#main', 'sharer-00#one', 'sharer-01#one']);
  });
});

describe('interleave', () => {
  const cases: { name: string; lists: string[][]; limit: number; want: string[] }[] = [
    {
      name: 'takes the first of each list first',
      lists: [['a1', 'a2'], ['b1', 'b2'], ['c1']],
      limit: 3,
      want: ['a1', 'b1', 'c1'],
    },
    {
      name: 'then the second of each',
      lists: [
        ['a1', 'a2', 'a3'],
        ['b1', 'b2'],
      ],
      limit: 4,
      want: ['a1', 'b1', 'a2', 'b2'],
    },
    {
      name: 'keeps each item once',
      lists: [
        ['x', 'a2'],
        ['x', 'b2'],
      ],
      limit: 3,
      want: ['x', 'a2', 'b2'],
    },
    { name: 'handles no lists', lists: [], limit: 3, want: [] },
  ];
  for (const { name, lists, limit, want } of cases)
    it(name, () => expect(interleave(lists, limit, (item) => item)).toEqual(want));
});
