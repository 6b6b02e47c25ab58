/**
 * Byte helpers on plain Uint8Array, so the core runs the same in browsers and in Node
 * without Buffer.
 */

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUES = new Int16Array(128).fill(-1);
for (let index = 0; index < BASE64_ALPHABET.length; index++) {
  BASE64_VALUES[BASE64_ALPHABET.charCodeAt(index)] = index;
}
// Base64url pastes (JOSE tooling) decode the same way.
BASE64_VALUES['-'.charCodeAt(0)] = 62;
BASE64_VALUES['_'.charCodeAt(0)] = 63;

/**
 * Decodes Base64 text, ignoring whitespace. Returns null when any other character appears,
 * when padding is misplaced, or when the length cannot be Base64.
 */
export function decodeBase64(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '');
  const unpadded = clean.replace(/={1,2}$/, '');
  if (unpadded.length % 4 === 1) return null;
  if (clean.length !== unpadded.length && clean.length % 4 !== 0) return null;
  const output = new Uint8Array(Math.floor((unpadded.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (let index = 0; index < unpadded.length; index++) {
    const code = unpadded.charCodeAt(index);
    const value = code < 128 ? (BASE64_VALUES[code] ?? -1) : -1;
    if (value < 0) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      output[written++] = (buffer >> bits) & 0xff;
    }
  }
  return output.subarray(0, written);
}

/** Encodes bytes as standard Base64 with padding. */
export function encodeBase64(bytes: Uint8Array): string {
  let output = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index] ?? 0;
    const b = bytes[index + 1];
    const c = bytes[index + 2];
    const triple = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    output += BASE64_ALPHABET[(triple >> 18) & 63];
    output += BASE64_ALPHABET[(triple >> 12) & 63];
    output += b === undefined ? '=' : BASE64_ALPHABET[(triple >> 6) & 63];
    output += c === undefined ? '=' : BASE64_ALPHABET[triple & 63];
  }
  return output;
}

/** Upper-case hex without separators, the way Windows prints thumbprints and serial numbers. */
export function toHex(bytes: Uint8Array): string {
  let output = '';
  for (const byte of bytes) output += byte.toString(16).padStart(2, '0');
  return output.toUpperCase();
}

/** One character per byte (Latin-1): how asn1js reads IA5String, PrintableString and TeletexString. */
export function latin1Text(bytes: Uint8Array): string {
  let output = '';
  // In slices, so no call gets more arguments than an engine takes.
  for (let index = 0; index < bytes.length; index += 4096) {
    output += String.fromCharCode.apply(null, bytes.subarray(index, index + 4096) as unknown as number[]);
  }
  return output;
}

/** True when both byte arrays hold the same bytes. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    if (a[index] !== b[index]) return false;
  }
  return true;
}

/** SHA digest through WebCrypto, as upper-case hex. */
export async function digestHex(algorithm: 'SHA-1' | 'SHA-256', bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest(algorithm, toArrayBuffer(bytes));
  return toHex(new Uint8Array(digest));
}

/** A standalone ArrayBuffer holding exactly these bytes (WebCrypto and asn1js want one). */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy.buffer;
}
