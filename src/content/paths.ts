/**
 * Where an article's files live: `content/articles/<id>/article.yaml` for the facts and
 * `content/articles/<id>/<locale>.mdx` for each language. The folder name is the article id, so
 * no file repeats it. Paths are compared by their last two segments, which works for the
 * relative paths Astro reports and the absolute ones Node-side tools see.
 */
export const FACTS_FILE_NAME = 'article.yaml';

/**
 * The folders of each language that the site's own pages use (src/pages/[lang]/): an article
 * under one of these ids would share its address with them. A unit test keeps the list in step
 * with the pages.
 */
export const RESERVED_ARTICLE_IDS: ReadonlySet<string> = new Set([
  'articles',
  'errors',
  'products',
  'search',
  'checker',
  '404',
]);

/** The folder (the article id) and the file name at the end of a path. */
export function articlePathParts(filePath: string): { folder: string; name: string } {
  const [name = '', folder = ''] = filePath.split(/[/\\]/).reverse();
  return { folder, name };
}

/** Another file in the same article folder, spelled like the path it came from. */
export function siblingPath(filePath: string, name: string): string {
  return filePath.replace(/[^/\\]+$/, name);
}
