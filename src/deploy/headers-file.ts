import { CACHE_IMMUTABLE } from './policy.ts';
import { GENERATED_NOTE, urlPath, type ServerConfigInput } from './server-input.ts';

/**
 * `_headers` for Netlify and Cloudflare Pages. Both give every file `Cache-Control: public,
 * max-age=0, must-revalidate` unless told otherwise, which is the revalidation HTML needs, so
 * only the immutable files get a Cache-Control here: Cloudflare joins a header set by two
 * matching rules with a comma, and "no-cache, …, immutable" would undo the immutable rules.
 * Every path gets every header: a `_headers` rule can add headers but Netlify cannot take one
 * away for a folder, so the immutable files carry the document headers too (HTTP/2, which both
 * hosts speak, sends a repeated header in a few bytes).
 * Both hosts find each language's 404 page themselves (Cloudflare looks for the nearest
 * `404.html`; Netlify serves `/404.html`).
 */
export function headersFile(input: ServerConfigInput): string {
  const lines = [`# trustkb HTTP headers for Netlify and Cloudflare Pages. ${GENERATED_NOTE}`, ''];
  lines.push(`${urlPath(input, '*')}`);
  for (const [name, value] of input.headers) lines.push(`  ${name}: ${value}`);
  for (const folder of input.immutableFolders) {
    lines.push('', `${urlPath(input, folder)}*`, `  Cache-Control: ${CACHE_IMMUTABLE}`);
  }
  for (const file of input.immutableFiles) {
    lines.push('', urlPath(input, file), `  Cache-Control: ${CACHE_IMMUTABLE}`);
  }
  return `${lines.join('\n')}\n`;
}
