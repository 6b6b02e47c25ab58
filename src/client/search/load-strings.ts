import type { SearchStrings } from '../../search/strings.ts';
import { searchPath } from '../../site/routes.ts';

/**
 * The search UI's words for the header box, from /<lang>/search/strings.json (the same words the
 * search page carries in its HTML). Null when they cannot be loaded: the caller keeps the plain form.
 */
export async function loadSearchStrings(locale: 'cs' | 'en'): Promise<SearchStrings | null> {
  try {
    const response = await fetch(`${searchPath(locale)}strings.json`);
    return response.ok ? ((await response.json()) as SearchStrings) : null;
  } catch {
    return null;
  }
}
