import { digestHex } from './bytes.ts';
import type { ParsedCertificate } from './certificate.ts';
import { PUBLIC_ROOTS } from './public-roots.generated.ts';

/**
 * The public roots: Mozilla's list as Node ships it (`tls.rootCertificates`), reduced by
 * scripts/generate-public-roots.ts to a few hex digits per root so it can go to the browser.
 * A root is remembered by a hash of its subject name and of its public key, plus the start
 * of its key identifier. That is enough to recognise a pasted public root (name and key both
 * match) and a certificate issued by one (name matches, key identifier agrees), but not to
 * verify that issuer's signature: the table holds no keys (see README.md).
 */

/** Hex digits kept of each SHA-256 hash: 64 bits, no accidental collision among ~150 roots. */
const HASH_HEX = 16;
/** Hex digits kept of the subject key identifier: only to tell apart roots that share a name. */
const KEY_ID_HEX = 8;

interface RootEntry {
  key: string;
  keyId: string | null;
}

let table: Map<string, RootEntry[]> | null = null;

function rootsBySubject(): Map<string, RootEntry[]> {
  if (table) return table;
  table = new Map();
  for (const line of PUBLIC_ROOTS.split('\n')) {
    const [subject, key, keyId] = line.split(' ');
    if (!subject || !key) continue;
    const entries = table.get(subject) ?? [];
    entries.push({ key, keyId: keyId && keyId !== '-' ? keyId : null });
    table.set(subject, entries);
  }
  return table;
}

async function shortHash(bytes: Uint8Array): Promise<string> {
  return (await digestHex('SHA-256', bytes)).slice(0, HASH_HEX).toLowerCase();
}

function shortKeyId(keyId: Uint8Array | null): string | null {
  if (!keyId || keyId.length === 0) return null;
  return Array.from(keyId.subarray(0, KEY_ID_HEX / 2), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The table line for one root certificate: `subjectHash keyHash keyIdPrefix` (`-` without a key id). */
export async function publicRootLine(certificate: ParsedCertificate): Promise<string> {
  const subject = await shortHash(certificate.subjectDer);
  const key = await shortHash(certificate.spkiDer);
  return `${subject} ${key} ${shortKeyId(certificate.subjectKeyId) ?? '-'}`;
}

/**
 * True when this certificate carries a public root's name and key: the root itself, or a
 * cross-signed copy of it, which Windows replaces by the root from its store.
 */
export async function isPublicRoot(certificate: ParsedCertificate): Promise<boolean> {
  const entries = rootsBySubject().get(await shortHash(certificate.subjectDer));
  if (!entries) return false;
  const key = await shortHash(certificate.spkiDer);
  return entries.some((entry) => entry.key === key);
}

/**
 * True when this certificate names a public root as its issuer (and its authority key
 * identifier, if any, agrees with that root's key identifier).
 */
export async function isIssuedByPublicRoot(certificate: ParsedCertificate): Promise<boolean> {
  const entries = rootsBySubject().get(await shortHash(certificate.issuerDer));
  if (!entries) return false;
  const authorityKeyId = shortKeyId(certificate.authorityKeyId);
  return entries.some((entry) => authorityKeyId === null || entry.keyId === null || entry.keyId === authorityKeyId);
}
