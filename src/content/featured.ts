import { z } from 'astro/zod';
import { load as parseYaml } from 'js-yaml';
import { slug } from './schema.ts';

/**
 * The editorial list of the most important articles, the one place the home page takes them
 * from: `content/featured.yaml`, ids in the order they are shown. A list of ids, not a flag in
 * each article, so the order is written once and the limit is checked in one file.
 */
export const FEATURED_FILE = 'content/featured.yaml';

/** The home page stays the same size: it shows at most this many articles. */
export const FEATURED_LIMIT = 8;

const featuredSchema = z.strictObject({ articles: z.array(slug).min(1).max(FEATURED_LIMIT) });

/**
 * The featured article ids, in order, from the file's text. Every problem (a malformed file, a
 * duplicate, an id that names no article in `knownIds`) is reported at once, naming the file and
 * the entry, so the build stops with something a writer can act on.
 */
export function parseFeatured(source: string, knownIds: ReadonlySet<string>): string[] {
  let parsed: unknown;
  try {
    parsed = parseYaml(source);
  } catch (error) {
    throw new Error(`${FEATURED_FILE}: not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  const result = featuredSchema.safeParse(parsed);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw featuredError(problems);
  }
  const ids = result.data.articles;
  const problems = ids.flatMap((id, index) => [
    ...(ids.indexOf(id) !== index ? [`articles.${index}: "${id}" is listed twice`] : []),
    ...(knownIds.has(id) ? [] : [`articles.${index}: "${id}" is not an article (no folder content/articles/${id}/)`]),
  ]);
  if (problems.length > 0) throw featuredError(problems);
  return ids;
}

function featuredError(problems: readonly string[]): Error {
  return new Error(`${FEATURED_FILE} is invalid:\n  ${problems.join('\n  ')}`);
}
