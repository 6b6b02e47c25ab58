import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURED_LIMIT, parseFeatured } from '../../../src/content/featured.ts';
import { readArticleFiles } from '../../../src/content/files.ts';

const known = new Set(['a', 'b', 'c']);

describe('parseFeatured', () => {
  it('returns the ids in the order written', () => {
    expect(parseFeatured('articles: [c, a]\n', known)).toEqual(['c', 'a']);
  });

  it.each([
    {
      name: 'an id that names no article',
      source: 'articles: [a, nope]',
      want: /articles\.1: "nope" is not an article/,
    },
    { name: 'an id listed twice', source: 'articles: [a, b, a]', want: /articles\.2: "a" is listed twice/ },
    { name: 'an empty list', source: 'articles: []', want: /articles:/ },
    {
      name: 'more than the home page shows',
      source: `articles: [${Array(FEATURED_LIMIT + 1)
        .fill('a')
        .join(', ')}]`,
      want: /articles:/,
    },
    { name: 'a field the file does not have', source: 'articles: [a]\ntitles: [x]', want: /titles/ },
    { name: 'a malformed file', source: 'articles: [a', want: /not valid YAML/ },
  ])('refuses $name, naming the file', ({ source, want }) => {
    expect(() => parseFeatured(source, known)).toThrow(/content\/featured\.yaml/);
    expect(() => parseFeatured(source, known)).toThrow(want);
  });

  it('reports every problem at once', () => {
    expect(() => parseFeatured('articles: [x, y]', known)).toThrow(/articles\.0: "x".*\n.*articles\.1: "y"/);
  });

  it('accepts the real file: every id is a real article', () => {
    const ids = new Set(readArticleFiles().map((file) => file.data.id));
    const featured = parseFeatured(
      readFileSync(new URL('../../../content/featured.yaml', import.meta.url), 'utf8'),
      ids,
    );
    expect(featured.length).toBeGreaterThan(0);
  });
});
