import type { SearchCatalog } from '../../search/identifiers.ts';
import { searchPath } from '../../site/routes.ts';
import { fetchJsonOnce } from './chunked-table.ts';

/**
 * The identifier catalog of one language (built from content/identifiers/catalog.yaml), fetched
 * with the first search. Without it search still works on words: a failed load gives an empty
 * catalog and is retried on the next search.
 */
const EMPTY: SearchCatalog = { groups: [], targets: {} };

export function loadCatalog(locale: 'cs' | 'en'): Promise<SearchCatalog> {
  return fetchJsonOnce(`${searchPath(locale)}identifiers.json`).then(
    (catalog) => catalog as SearchCatalog,
    () => EMPTY,
  );
}
