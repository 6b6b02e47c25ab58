import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assembleArticles, invalidContentError } from '../content/assemble.ts';
import { splitFrontmatter } from '../content/files.ts';
import type { ArticleData } from '../content/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import { oncePerLocale } from '../i18n/per-locale-cache.ts';

/**
 * One article in one language: the astro:content entry of its MDX file, which render() accepts,
 * with `data` replaced by the facts and words merged (ArticleData), and its MDX body.
 */
export type ArticleEntry = Omit<CollectionEntry<'articles'>, 'data' | 'body'> & { data: ArticleData; body: string };
export type ArticleVersions = Record<Locale, ArticleEntry>;

let loaded: Promise<Map<string, ArticleVersions>> | undefined;

/**
 * Every article with both of its languages, merged and validated across files once per build.
 * A problem (a missing language, a title for an id the facts file lacks, an unknown related id)
 * stops the build with the file and field named. Astro has already checked each file on its own.
 */
export function getArticleVersions(): Promise<Map<string, ArticleVersions>> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<Map<string, ArticleVersions>> {
  const facts = await getCollection('articleFacts');
  const texts = await getCollection('articles');
  const { articles, problems } = assembleArticles(
    facts.map((entry) => ({ filePath: entry.filePath ?? entry.id, data: entry.data })),
    texts.map((entry) => ({ filePath: entry.filePath ?? entry.id, data: entry.data, entry })),
  );
  if (problems.length > 0) throw invalidContentError(problems);
  const byId = new Map<string, Partial<ArticleVersions>>();
  for (const { text, data } of articles) {
    byId.set(data.id, { ...byId.get(data.id), [data.locale]: { ...text.entry, body: readBody(text.entry), data } });
  }
  // assembleArticles returns an article only with all of its languages.
  return byId as Map<string, ArticleVersions>;
}

/**
 * The MDX body of an entry, read from its file: the collection keeps no bodies (src/content.config.ts).
 * An entry's path is relative to the project root, where `astro build` runs.
 */
function readBody(entry: CollectionEntry<'articles'>): string {
  if (!entry.filePath) throw new Error(`article entry "${entry.id}" has no file path`);
  return splitFrontmatter(readFileSync(resolve(entry.filePath), 'utf8')).body;
}

/**
 * The articles of one language, ordered by title in that language's collation: sorted once per
 * language and shared by every caller, none of which changes the array.
 */
export const getArticles = oncePerLocale(async (locale): Promise<readonly ArticleEntry[]> => {
  const versions = await getArticleVersions();
  return [...versions.values()]
    .map((version) => version[locale])
    .sort((a, b) => a.data.title.localeCompare(b.data.title, locale));
});
