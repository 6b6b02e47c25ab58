import { vocabularyChunksFor } from '../../search/vocabulary.ts';
import { searchPath } from '../../site/routes.ts';
import { chunkedTable, type ChunkedTable } from './chunked-table.ts';

/**
 * The part of a language's word list the spelling fallback needs for these words: the chunks of
 * /<lang>/search/terms/ that can hold them or their corrections (src/search/vocabulary.ts).
 */
const tables = new Map<string, ChunkedTable<string[]>>();

export async function vocabularyFor(queryWords: readonly string[], locale: 'cs' | 'en'): Promise<Set<string>> {
  let table = tables.get(locale);
  if (!table) {
    table = chunkedTable<string[]>(`${searchPath(locale)}terms/`, []);
    tables.set(locale, table);
  }
  const manifest = await table.manifest();
  if (!manifest) return new Set();
  return new Set((await table.chunks(vocabularyChunksFor(queryWords, manifest))).flat());
}
