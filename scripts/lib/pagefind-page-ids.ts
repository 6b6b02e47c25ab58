/**
 * The id Pagefind gives each page of a bundle it wrote (the id its search results carry), by the
 * page's URL. Pagefind names a page's fragment file by that id (`fragment/en_3e1473b.pf_fragment`),
 * or, when it groups fragments, keeps them in one file keyed by id; either way each fragment is
 * gzip-compressed JSON after a `pagefind_dcd` signature, and holds the page's URL.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url: string;
}

export function pageIdsByUrl(bundle: string): Map<string, string> {
  const ids = new Map<string, string>();
  const folder = join(bundle, 'fragment');
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`${join(folder, name)}: not a Pagefind fragment`);
    const parsed = JSON.parse(text.slice(SIGNATURE.length)) as Fragment | Record<string, Fragment>;
    const entries: [string, Fragment][] =
      typeof parsed.url === 'string'
        ? [[name.replace(/\.pf_fragment$/, ''), parsed as Fragment]]
        : Object.entries(parsed as Record<string, Fragment>);
    for (const [id, fragment] of entries) ids.set(fragment.url, id);
  }
  return ids;
}
