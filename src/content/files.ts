import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { load as parseYaml } from 'js-yaml';
import { assembleArticles, invalidContentError } from './assemble.ts';
import { articleFactsSchema } from './facts-schema.ts';
import { FACTS_FILE_NAME } from './paths.ts';
import type { ArticleData } from './schema.ts';
import { articleTextSchema } from './text-schema.ts';
import type { FactsFile, TextFile } from './validate.ts';

/**
 * Reads the articles straight from disk, for Node-side tools (the CLI, scripts, unit tests) that
 * run outside Astro. The site itself goes through astro:content; both merge facts and words with
 * assemble.ts, and both parse YAML with js-yaml (Astro's parser, four times faster than `yaml`
 * here: 1.8 instead of 7.3 s for 1,000 articles a language), so they see the same ArticleData.
 */
export const ARTICLES_DIR = new URL('../../content/articles/', import.meta.url);

/** One language of one article: its merged data, where its MDX lives, and the MDX body. */
export interface ArticleFile {
  /** Path ending in `<id>/<locale>.mdx`, relative to the articles folder. */
  filePath: string;
  data: ArticleData;
  body: string;
}

export function splitFrontmatter(source: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error('no YAML frontmatter between --- lines');
  return { frontmatter: match[1] ?? '', body: match[2] ?? '' };
}

/** Every article in both languages; throws with every problem, each naming its file and field. */
export function readArticleFiles(directory: URL = ARTICLES_DIR): ArticleFile[] {
  const problems: string[] = [];
  const facts: FactsFile[] = [];
  const texts: (TextFile & { body: string })[] = [];
  for (const folder of readdirSync(directory, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const folderUrl = new URL(`${folder.name}/`, directory);
    if (existsSync(new URL(FACTS_FILE_NAME, folderUrl))) {
      const filePath = join(folder.name, FACTS_FILE_NAME);
      const raw = parseYaml(readFileSync(new URL(FACTS_FILE_NAME, folderUrl), 'utf8')) as unknown;
      const data = parseOrReport(articleFactsSchema, raw, filePath, problems);
      if (data) facts.push({ filePath, data });
    }
    for (const name of readdirSync(folderUrl).filter((candidate) => candidate.endsWith('.mdx'))) {
      const filePath = join(folder.name, name);
      const { frontmatter, body } = splitFrontmatter(readFileSync(new URL(name, folderUrl), 'utf8'));
      const data = parseOrReport(articleTextSchema, parseYaml(frontmatter) as unknown, filePath, problems);
      if (data) texts.push({ filePath, data, body });
    }
  }
  // A file that failed its schema would also read as missing to the merge: report it alone.
  if (problems.length > 0) throw invalidContentError(problems);
  const assembled = assembleArticles(facts, texts);
  if (assembled.problems.length > 0) throw invalidContentError(assembled.problems);
  return assembled.articles.map(({ text, data }) => ({ filePath: text.filePath, data, body: text.body }));
}

/** The parsed file, or undefined after reporting each issue as `<file>: <field>: <message>`. */
function parseOrReport<Schema extends z.ZodType>(
  schema: Schema,
  raw: unknown,
  filePath: string,
  problems: string[],
): z.output<Schema> | undefined {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push(
    ...parsed.error.issues.map((issue) =>
      [filePath, ...(issue.path.length > 0 ? [issue.path.join('.')] : []), issue.message].join(': '),
    ),
  );
  return undefined;
}
