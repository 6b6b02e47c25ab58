import { readdirSync, readFileSync } from 'node:fs';

/** One row of the findability table: tests/data/search-queries/<article-id>.json. */
export interface SearchRow {
  site: 'cs' | 'en';
  query: string;
  expect: string;
  kind: string;
  /** For a paste that names an identifier: the cause the first result links straight to. */
  cause?: string;
}

const folder = new URL('../../tests/data/search-queries/', import.meta.url);

export const SEARCH_ROWS: SearchRow[] = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .flatMap((name) => JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as SearchRow[]);
