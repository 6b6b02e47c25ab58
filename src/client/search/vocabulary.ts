import { vocabularyChunksFor } from '../../search/vocabulary.ts';
import { searchPath } from '../../site/routes.ts';
import { chunkedTable } from './chunked-table.ts';

/**
 * The part of a language's word list the spelling fallback needs for these words: the chunks of
 * /<lang>/search/terms/ that can hold them or their corrections (src/search/vocabulary.ts).
 */
export async function vocabularyFor(queryWords: readonly string[], locale: 'cs' | 'en'): Promise<Set<string>> {
  const table = chunkedTable<string[]>(`${searchPath(locale)}terms/`, []);
  const manifest = await table.manifest();
  if (!manifest) return new Set();
  return new Set((await table.chunks(vocabularyChunksFor(queryWords, manifest))).flat());
}
