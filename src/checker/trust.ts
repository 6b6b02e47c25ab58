import { digestHex } from './bytes.ts';
import { parseCertificate, type ParsedCertificate } from './certificate.ts';
import { decodeInput } from './decode-input.ts';
import { PUBLIC_ROOTS } from './public-roots.generated.ts';

/**
 * The public roots: Mozilla's list as Node ships it (`tls.rootCertificates`), reduced by
 * scripts/generate-public-roots.ts to a few hex digits per root so it can go to the browser.
 * A root is remembered by a hash of its subject name and of its public key, plus the start
 * of its key identifier. That is enough to recognise a pasted public root (name and key both
 * match) and a certificate issued by one (name matches, key identifier agrees). The keys
 * themselves are not in the table: the one root a chain needs is loaded only then
 * (`PublicRootKeyLoader`), and its signature checked with it (see README.md).
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

/** The key hashes (table form) of the public roots that may have issued this certificate: name matches, key identifier agrees. */
export async function publicIssuerKeys(certificate: ParsedCertificate): Promise<string[]> {
  const entries = rootsBySubject().get(await shortHash(certificate.issuerDer));
  if (!entries) return [];
  const authorityKeyId = shortKeyId(certificate.authorityKeyId);
  return entries
    .filter((entry) => authorityKeyId === null || entry.keyId === null || entry.keyId === authorityKeyId)
    .map((entry) => entry.key);
}

/**
 * Fetches a public root's key (SubjectPublicKeyInfo DER) by its table hash: in the page, one
 * small static file per root; in Node, from `tls.rootCertificates`. Null when it cannot.
 */
export type PublicRootKeyLoader = (keyHash: string) => Promise<Uint8Array | null>;

/** The key a loader returns, kept only if it is the key the table names (a corrupt or stale file is not trusted). */
export async function loadPublicRootKey(
  loader: PublicRootKeyLoader | undefined,
  keyHash: string,
): Promise<Uint8Array | null> {
  if (!loader) return null;
  try {
    const spki = await loader(keyHash);
    if (!(spki instanceof Uint8Array)) return null;
    return (await shortHash(spki)) === keyHash ? spki : null;
  } catch {
    return null;
  }
}

/** The table hash of a public key: the name of its file, and the key `publicRootKeys` answers to. */
export function publicRootKeyHash(spkiDer: Uint8Array): Promise<string> {
  return shortHash(spkiDer);
}

/**
 * A loader over root certificates the caller already has (PEM text): the CLI passes Node's
 * `tls.rootCertificates`, the build writes the page's per-root files from the same list.
 */
export function publicRootKeysFrom(pems: readonly string[]): PublicRootKeyLoader {
  let keys: Promise<Map<string, Uint8Array>> | null = null;
  const index = async () => {
    const map = new Map<string, Uint8Array>();
    for (const pem of pems) {
      for (const { der } of decodeInput(pem).certificates) {
        const parsed = parseCertificate(der);
        if (parsed.ok) map.set(await shortHash(parsed.certificate.spkiDer), parsed.certificate.spkiDer);
      }
    }
    return map;
  };
  return async (keyHash) => {
    keys ??= index();
    return (await keys).get(keyHash) ?? null;
  };
}
