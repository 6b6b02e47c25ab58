import { createHash } from 'node:crypto';
import type { ArticleEntry } from './articles.ts';

/**
 * The `cacheKey` of an article page (Astro's incremental build, astro.config.mjs): everything the
 * page shows that is data rather than code. Astro already checks the code (every module the page
 * imports, the strings included); it cannot see the article's text, which loads from a module kept
 * beside the bundle (src/site/prebuilt-articles.ts), nor the merged facts and words, nor the
 * related articles the page links, of which it shows the id (in the link) and the title, so they go
 * in the key. A build where none of them changed copies the page from the last build instead of
 * rendering it; an edit elsewhere in a related article leaves the page alone.
 */
export function articlePageCacheKey(entry: ArticleEntry, related: readonly ArticleEntry[]): string {
  return dataCacheKey([entry.data, entry.body, related.map(({ data }) => [data.id, data.title])]);
}

/**
 * The `cacheKey` of a file that is a function of `data` alone, such as an API record or a spelling
 * chunk: a build where the data is the same copies the file from the last build.
 */
export function dataCacheKey(data: unknown): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('base64url');
}
