import { LOCALES, isLocale, type Locale } from '../i18n/locales.ts';
import type { ArticleFacts } from './facts-schema.ts';
import { FACTS_FILE_NAME, articlePathParts, siblingPath } from './paths.ts';
import { slug, type ArticleData } from './schema.ts';
import type { ArticleText } from './text-schema.ts';
import { validateFactsSet, validateTextAgainstFacts, type FactsFile, type TextFile } from './validate.ts';

/** A language file with the article data merged from it and its facts file. */
export interface AssembledArticle<Text extends TextFile> {
  /** The language file as the caller gave it (an astro:content entry, or a file read from disk). */
  text: Text;
  data: ArticleData;
}

/**
 * The one place where facts files and language files become the ArticleData that pages,
 * components and tools read; the site (src/site/articles.ts) and the Node-side reader
 * (files.ts) both come through here, so they cannot disagree. Every problem is returned, each
 * naming its file and field; an article with a problem is left out of `articles`.
 */
export function assembleArticles<Text extends TextFile>(
  facts: readonly FactsFile[],
  texts: readonly Text[],
): { articles: AssembledArticle<Text>[]; problems: string[] } {
  const problems: string[] = [];
  const textsById = groupByArticle(texts, problems);
  const factsIds = new Set(facts.map((file) => articlePathParts(file.filePath).folder));
  for (const [id, versions] of textsById) {
    if (!factsIds.has(id)) {
      const where = siblingPath([...versions.values()][0]?.filePath ?? id, FACTS_FILE_NAME);
      problems.push(`${where}: missing: article "${id}" has no facts file`);
    }
  }
  const articles = facts.flatMap((file) => assembleArticle(file, textsById, problems));
  problems.push(...validateFactsSet(facts));
  return { articles, problems };
}

/** Language files by article id and language, reporting a file named for no language of the site. */
function groupByArticle<Text extends TextFile>(
  texts: readonly Text[],
  problems: string[],
): Map<string, Map<Locale, Text>> {
  const byId = new Map<string, Map<Locale, Text>>();
  for (const text of texts) {
    const { folder, name } = articlePathParts(text.filePath);
    const locale = name.replace(/\.mdx$/, '');
    if (isLocale(locale)) byId.set(folder, (byId.get(folder) ?? new Map<Locale, Text>()).set(locale, text));
    else problems.push(`${text.filePath}: the file name must be a language of the site: ${LOCALES.join('.mdx, ')}.mdx`);
  }
  return byId;
}

/** Both languages of the article whose facts file this is, or none if any language has a problem. */
function assembleArticle<Text extends TextFile>(
  factsFile: FactsFile,
  textsById: ReadonlyMap<string, ReadonlyMap<Locale, Text>>,
  problems: string[],
): AssembledArticle<Text>[] {
  const id = articlePathParts(factsFile.filePath).folder;
  if (!slug.safeParse(id).success) {
    problems.push(
      `${factsFile.filePath}: the folder name "${id}" is the article id: use lower-case words joined by hyphens`,
    );
    return [];
  }
  const merged: AssembledArticle<Text>[] = [];
  for (const locale of LOCALES) {
    const text = textsById.get(id)?.get(locale);
    if (!text) {
      problems.push(
        `${siblingPath(factsFile.filePath, `${locale}.mdx`)}: missing: article "${id}" has no "${locale}" version`,
      );
      continue;
    }
    const mismatches = validateTextAgainstFacts(text, factsFile);
    problems.push(...mismatches);
    if (mismatches.length === 0) merged.push({ text, data: mergeArticle(id, locale, factsFile.data, text.data) });
  }
  // Half an article would publish one language without its counterpart: all or nothing.
  return merged.length === LOCALES.length ? merged : [];
}

/** The error a reader throws when the content has problems: all of them, one per line. */
export function invalidContentError(problems: readonly string[]): Error {
  return new Error(`Article content is invalid:\n  ${problems.join('\n  ')}`);
}

/** Facts and words of one language, in the order of the facts file. Ids were checked to agree. */
function mergeArticle(id: string, locale: Locale, facts: ArticleFacts, text: ArticleText): ArticleData {
  const titleOf = (items: readonly { id: string; title: string }[], itemId: string): string =>
    items.find((item) => item.id === itemId)?.title ?? itemId;
  return {
    id,
    locale,
    title: text.title,
    description: text.description,
    ...(facts.originalKb === undefined ? {} : { originalKb: facts.originalKb }),
    symptomGroup: facts.symptomGroup,
    appliesTo: facts.appliesTo,
    errorMessages: facts.errorMessages,
    causes: facts.causes.map((cause) => ({ ...cause, title: titleOf(text.causes, cause.id) })),
    resolutions: facts.resolutions.map((resolution) => ({
      ...resolution,
      title: titleOf(text.resolutions, resolution.id),
    })),
    related: facts.related,
    references: text.references,
    reviewed: facts.reviewed,
  };
}
