/**
 * How search hands a pasted certificate to the checker page: in the URL fragment,
 * `#check=<PEM>&url=<server URL>`, each part percent-encoded. A fragment is never sent to a
 * server, nor in a Referer, and the checker page removes it as soon as it has read it. Plain
 * functions, no DOM: search builds the address, the checker's boot code reads it.
 */

export interface CheckerHandOff {
  certificates: string;
  url: string;
}

const PREFIX = '#check=';

/** The checker page's address with the certificates (and the server, when known) in its fragment. */
export function checkerHandOffUrl(checkerPath: string, handOff: { certificates: string; url?: string }): string {
  const url = handOff.url ? `&url=${encodeURIComponent(handOff.url)}` : '';
  return `${checkerPath}${PREFIX}${encodeURIComponent(handOff.certificates)}${url}`;
}

/** Whether a location.hash is a hand-off at all, readable or not: only then does the page touch it. */
export const isHandOff = (hash: string): boolean => hash.startsWith(PREFIX);

/** The hand-off in a location.hash; null for any other fragment or a malformed one (bad percent-encoding). */
export function readHandOff(hash: string): CheckerHandOff | null {
  if (!isHandOff(hash)) return null;
  const [certificates = '', ...rest] = hash.slice(PREFIX.length).split('&');
  const url = rest.find((part) => part.startsWith('url='))?.slice('url='.length) ?? '';
  try {
    const handOff = { certificates: decodeURIComponent(certificates), url: decodeURIComponent(url) };
    return handOff.certificates.trim() ? handOff : null;
  } catch {
    return null; // URIError: not something search wrote
  }
}
