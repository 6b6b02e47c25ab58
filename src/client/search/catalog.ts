import type { SearchCatalog } from '../../search/identifiers.ts';
import { searchPath } from '../../site/routes.ts';

/**
 * The identifier catalog of one language (built from content/identifiers/catalog.yaml), fetched
 * with the first search. Without it search still works on words: a failed load gives an empty
 * catalog and is retried on the next search.
 */
const EMPTY: SearchCatalog = { groups: [], targets: {} };
const loading = new Map<string, Promise<SearchCatalog>>();

export function loadCatalog(locale: 'cs' | 'en'): Promise<SearchCatalog> {
  let catalog = loading.get(locale);
  if (!catalog) {
    catalog = fetch(`${searchPath(locale)}identifiers.json`)
      .then((response) => {
        if (!response.ok) throw new Error(`identifier catalog: HTTP ${response.status}`);
        return response.json() as Promise<SearchCatalog>;
      })
      .catch(() => {
        loading.delete(locale);
        return EMPTY;
      });
    loading.set(locale, catalog);
  }
  return catalog;
}
