import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { articleSchema } from './schema.ts';
import type { ArticleFile } from './validate.ts';

/**
 * Reads article frontmatter straight from disk, for Node-side tools (the CLI, unit tests)
 * that run outside Astro. The site itself goes through astro:content.
 */
export const ARTICLES_DIR = new URL('../../content/articles/', import.meta.url);

export function splitFrontmatter(source: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error('no YAML frontmatter between --- lines');
  return { frontmatter: match[1] ?? '', body: match[2] ?? '' };
}

export function readArticleFiles(directory: URL = ARTICLES_DIR): (ArticleFile & { body: string })[] {
  const files: (ArticleFile & { body: string })[] = [];
  for (const folder of readdirSync(directory, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const name of readdirSync(new URL(`${folder.name}/`, directory))) {
      if (!name.endsWith('.mdx')) continue;
      const filePath = join(folder.name, name);
      const { frontmatter, body } = splitFrontmatter(
        readFileSync(new URL(`${folder.name}/${name}`, directory), 'utf8'),
      );
      const parsed = articleSchema.safeParse(parseYaml(frontmatter));
      if (!parsed.success) {
        throw new Error(
          `${filePath}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
        );
      }
      files.push({ filePath, data: parsed.data, body });
    }
  }
  return files;
}
