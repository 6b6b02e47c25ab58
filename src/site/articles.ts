import { getCollection, type CollectionEntry } from 'astro:content';
import { validateArticleSet } from '../content/validate.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type ArticleVersions = Record<Locale, ArticleEntry>;

let loaded: Promise<Map<string, ArticleVersions>> | undefined;

/**
 * Every article with both of its languages, validated across files once per build. A problem
 * (a missing language, ids that disagree, an unknown related id) stops the build with the
 * file and field named.
 */
export function getArticleVersions(): Promise<Map<string, ArticleVersions>> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<Map<string, ArticleVersions>> {
  const entries = await getCollection('articles');
  const problems = validateArticleSet(
    entries.map((entry) => ({ filePath: entry.filePath ?? entry.id, data: entry.data })),
  );
  if (problems.length > 0) {
    throw new Error(`Article content is invalid:\n  ${problems.join('\n  ')}`);
  }
  const byId = new Map<string, Partial<ArticleVersions>>();
  for (const entry of entries) {
    const versions = byId.get(entry.data.id) ?? {};
    versions[entry.data.locale] = entry;
    byId.set(entry.data.id, versions);
  }
  const complete = new Map<string, ArticleVersions>();
  for (const [id, versions] of byId) {
    if (LOCALES.every((locale) => versions[locale])) complete.set(id, versions as ArticleVersions);
  }
  return complete;
}

/** The articles of one language, ordered by title in that language's collation. */
export async function getArticles(locale: Locale): Promise<ArticleEntry[]> {
  const versions = await getArticleVersions();
  return [...versions.values()]
    .map((version) => version[locale])
    .sort((a, b) => a.data.title.localeCompare(b.data.title, locale));
}
