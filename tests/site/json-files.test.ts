import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { BUILT_SITES } from '../lib/built-site.ts';

/** Every JSON file a build writes, relative to its folder. */
const jsonFiles = (root: string): string[] =>
  readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.json'));

test.each(BUILT_SITES)('$outDir: every JSON file the build writes parses, and none is empty', (site) => {
  const files = jsonFiles(site.root);
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    const data: unknown = JSON.parse(readFileSync(join(site.root, file), 'utf8'));
    expect(data === null || (typeof data === 'object' && Object.keys(data).length === 0), file).toBe(false);
  }
});

test.each(BUILT_SITES)(
  '$outDir: /api/articles.json indexes every article in both languages, each with its own file',
  (site) => {
    const read = (path: string): unknown => JSON.parse(readFileSync(join(site.root, path), 'utf8'));
    const { version, articles } = read('api/articles.json') as {
      version: number;
      articles: { id: string; locale: string; title: string; url: string; json: string }[];
    };
    expect(version).toBe(2);
    const ids = new Set(articles.map((article) => article.id));
    expect(ids.size).toBeGreaterThan(0);
    expect(articles.length).toBe(ids.size * 2);
    // One file per entry and no others: a stale or missing file would break integrations quietly.
    expect(jsonFiles(join(site.root, 'api/articles')).length).toBe(articles.length);
    for (const entry of articles) {
      expect(entry.json, entry.id).toBe(`${site.base}api/articles/${entry.locale}/${entry.id}.json`);
      const file = read(entry.json.slice(site.base.length)) as { version: number; article: Record<string, unknown> };
      expect(file.version).toBe(2);
      expect(file.article).toMatchObject({ id: entry.id, locale: entry.locale, title: entry.title, url: entry.url });
    }
  },
);
