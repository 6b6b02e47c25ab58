import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { BUILT_SITES, SITE } from '../lib/built-site.ts';

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

test('/api/articles.json lists every article in both languages', () => {
  const { articles } = JSON.parse(readFileSync(join(SITE.root, 'api/articles.json'), 'utf8')) as {
    articles: { id: string }[];
  };
  const ids = new Set(articles.map((article) => article.id));
  expect(ids.size).toBeGreaterThan(0);
  expect(articles.length).toBe(ids.size * 2);
});
