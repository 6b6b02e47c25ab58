/**
 * The few DER steps search needs to tell a certificate from other Base64, without loading the
 * checker's ASN.1 parser into the search code: element extents and Base64 decoding.
 */

export interface DerHeader {
  /** Offset of the tag byte. */
  start: number;
  contentStart: number;
  /** Offset just past the element. */
  end: number;
}

/** One DER element's extent; throws when it runs past the data (a cut or garbled paste). */
export function readHeader(der: Uint8Array, start: number): DerHeader {
  let at = start + 1;
  const first = der[at++];
  if (first === undefined) throw new RangeError('truncated');
  let length = first;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 3) throw new RangeError('unsupported length');
    length = 0;
    for (let index = 0; index < count; index++) length = length * 256 + (der[at++] ?? Number.NaN);
  }
  const end = at + length;
  if (!(end <= der.length)) throw new RangeError('truncated');
  return { start, contentStart: at, end };
}

/** Decodes Base64, skipping anything else (mail quote marks, spaces a single-line field put in). Throws on bad Base64. */
export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text.replace(/[^A-Za-z0-9+/=]/g, ''));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}
