/**
 * Finds certificates in whatever was pasted into search, so the page can offer the checker
 * instead of a text search: PEM blocks anywhere in the text, `openssl s_client -showcerts` output,
 * mail-quoted or CRLF lines, and a paste the one-line header field flattened (its newlines turned
 * into spaces, or dropped). Only certificates are carried on: a private key in the paste is left
 * out and reported, never copied, and a block whose Base64 is not a certificate does not count.
 */
import { MAX_BLOCKS, MAX_CERTIFICATES, MAX_INPUT_BYTES } from '../checker/limits.ts';
import { splitPemBlocks, type PemBlock } from '../checker/pem.ts';
import { decodeBase64, readHeader, type DerHeader } from './der.ts';

export interface CertificatePaste {
  /** The certificate blocks rebuilt as clean PEM (one per block, in paste order), joined by newlines. */
  certificates: string;
  /** Certificates in those blocks; a PKCS#7 bundle counts the certificates inside it. */
  count: number;
  /** The server to check against: from `s_client -connect`/`-servername`, or the first https:// URL. */
  url?: string;
  /** The paste held a private key, which was left out. */
  hadPrivateKey: boolean;
}

// The labels the checker reads as certificates or certificate bundles (see checker/decode-input.ts).
const CERTIFICATE_LABELS = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);
const BUNDLE_LABELS = new Set(['PKCS7', 'PKCS #7 SIGNED DATA', 'CMS', 'CERTIFICATE CHAIN']);
const REPORT_HEADER = /^\s*trustkb \.NET TLS report \d/m;
/** Whole Base64 only: a block with anything else in it is not a certificate, whatever its label. */
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The certificates in `text`, or null when it holds none. Never throws. */
export function findCertificatePaste(text: string): CertificatePaste | null {
  if (text.length > MAX_INPUT_BYTES) return null;
  const { blocks } = splitPemBlocks(text, MAX_BLOCKS);
  const candidates = blocks.length > 0 ? blocks.filter(isCertificateBlock).map(pieceOf) : bareBase64(text);
  const pem: string[] = [];
  let count = 0;
  for (const { label, body } of candidates) {
    if (count >= MAX_CERTIFICATES) break;
    const found = readCertificates(body);
    if (found.count === 0) continue;
    pem.push(rebuildPem(label ?? (found.bundle ? 'PKCS7' : 'CERTIFICATE'), body));
    count += found.count;
  }
  if (count === 0) return null;
  const hadPrivateKey = blocks.some((block) => block.label.includes('PRIVATE KEY'));
  // A .NET TLS report goes over whole, lines intact: the checker then sets what .NET answered on
  // the router computer beside its own verdict, and reads the URL from the report's Url line.
  if (REPORT_HEADER.test(text) && text.includes('\n') && !hadPrivateKey) {
    return { certificates: text.trim(), count, hadPrivateKey };
  }
  const url = serverUrl(text);
  return { certificates: pem.join('\n'), count, hadPrivateKey, ...(url ? { url } : {}) };
}

/** Base64 that may be a certificate, with the PEM label it came under (none for bare Base64). */
interface Candidate {
  label?: string;
  body: string;
}

const isCertificateBlock = (block: PemBlock): boolean =>
  block.complete && (CERTIFICATE_LABELS.has(block.label) || BUNDLE_LABELS.has(block.label));

/** The Base64 body, without the `>` marks a flattened, mail-quoted block keeps between its lines. */
const pieceOf = (block: PemBlock): Candidate => ({ label: block.label, body: block.body.replace(/>/g, '') });

/**
 * A paste of Base64 alone, as the checker also reads it: one certificate or bundle (its lines
 * wrapped or not), or several separated by blank lines. Prose never passes: it is not DER.
 */
function bareBase64(text: string): Candidate[] {
  const paragraphs = text.trim().split(/\r?\n\s*\r?\n/);
  const whole = text.replace(/\s+/g, '');
  if (paragraphs.length === 1 || readCertificates(whole).count > 0) return [{ body: whole }];
  return paragraphs.slice(0, MAX_BLOCKS).map((paragraph) => ({ body: paragraph.replace(/\s+/g, '') }));
}

function readCertificates(body: string): { count: number; bundle: boolean } {
  if (!BASE64.test(body)) return { count: 0, bundle: false };
  try {
    return countCertificates(decodeBase64(body));
  } catch {
    return { count: 0, bundle: false }; // not Base64 after all, or a DER element runs past the end: a cut paste
  }
}

function rebuildPem(label: string, body: string): string {
  const lines = body.match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join('\n');
}

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const BIT_STRING = 0x03;
const OID = 0x06;
const CONTEXT_0 = 0xa0;
/** 1.2.840.113549.1.7.2, PKCS#7 signedData, as DER content bytes. */
const SIGNED_DATA = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];

/**
 * 1 for a certificate (an OpenSSL "trusted certificate" is one followed by its trust settings),
 * the certificates inside a PKCS#7 bundle (what certutil writes under a CERTIFICATE label too),
 * 0 for anything else. Throws when an element runs past the data.
 */
function countCertificates(der: Uint8Array): { count: number; bundle: boolean } {
  const none = { count: 0, bundle: false };
  if (der[0] !== SEQUENCE) return none;
  const outer = readHeader(der, 0);
  const first = readHeader(der, outer.contentStart);
  if (der[first.start] === SEQUENCE) return { count: isCertificate(der, outer) ? 1 : 0, bundle: false };
  if (der[first.start] !== OID || !sameBytes(der.subarray(first.contentStart, first.end), SIGNED_DATA)) return none;
  const content = readHeader(der, first.end);
  if (der[content.start] !== CONTEXT_0 || der[content.contentStart] !== SEQUENCE) return none;
  // SignedData { version, digestAlgorithms, encapContentInfo, [0] IMPLICIT certificates, … }
  const set = childrenOf(der, readHeader(der, content.contentStart)).find((field) => der[field.start] === CONTEXT_0);
  return { count: set ? childrenOf(der, set).filter((choice) => isCertificate(der, choice)).length : 0, bundle: true };
}

/**
 * Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm SEQUENCE, signature BIT STRING },
 * with tbsCertificate's fields in their places up to the key: a signing request or a CRL, which
 * share the outer shape, does not pass.
 */
function isCertificate(der: Uint8Array, element: DerHeader): boolean {
  if (der[element.start] !== SEQUENCE) return false;
  const [toBeSigned, algorithm, signature, ...rest] = childrenOf(der, element);
  if (!toBeSigned || rest.length > 0 || der[toBeSigned.start] !== SEQUENCE) return false;
  if (der[algorithm?.start ?? -1] !== SEQUENCE || der[signature?.start ?? -1] !== BIT_STRING) return false;
  const fields = childrenOf(der, toBeSigned).map((field) => der[field.start]);
  // [0] version (absent in version 1), serial, signature, issuer, validity, subject, subjectPublicKeyInfo
  const from = fields[0] === CONTEXT_0 ? 1 : 0;
  return TO_BE_SIGNED_TAGS.every((tag, index) => fields[from + index] === tag);
}

const TO_BE_SIGNED_TAGS = [INTEGER, SEQUENCE, SEQUENCE, SEQUENCE, SEQUENCE, SEQUENCE];

/** The elements inside a constructed element, at most a few hundred (a bundle of 50 has 50). */
function childrenOf(der: Uint8Array, parent: DerHeader): DerHeader[] {
  const children: DerHeader[] = [];
  for (let at = parent.contentStart; at < parent.end && children.length <= 4 * MAX_CERTIFICATES;) {
    const child = readHeader(der, at);
    if (child.end > parent.end) throw new RangeError('child past parent');
    children.push(child);
    at = child.end;
  }
  return children;
}

function sameBytes(a: Uint8Array, b: readonly number[]): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

const HOST = String.raw`(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9][A-Za-z0-9.-]*)`;
const CONNECT = new RegExp(String.raw`(?:^|\s)-connect\s+${HOST}(?::(\d{1,5}))?`);
const SERVERNAME = new RegExp(String.raw`(?:^|\s)-servername\s+${HOST}`);
const HTTPS_URL = /https:\/\/[^\s"'<>]+/gi;
/** A URL inside a certificate dump (`openssl x509 -text`) is the CA's, not the server's. */
const CERTIFICATE_FIELD_BEFORE = /(?:URI|CPS):\s*$/i;

/**
 * The server the paste came from. `s_client` names it in its command line: the name asked for
 * (-servername) is the one the certificate must match, the port comes from -connect. Otherwise
 * the first https:// URL, such as the Url line of a trustkb .NET report.
 */
function serverUrl(text: string): string | undefined {
  const connect = CONNECT.exec(text);
  const host = SERVERNAME.exec(text)?.[1] ?? connect?.[1];
  if (host) {
    const port = Number(connect?.[2] ?? 443);
    return parseUrl(`https://${host}${port === 443 || port < 1 || port > 65535 ? '' : `:${port}`}/`);
  }
  for (const match of text.matchAll(HTTPS_URL)) {
    if (CERTIFICATE_FIELD_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    return parseUrl(match[0].replace(/[.,;:!?)\]}]+$/, ''));
  }
  return undefined;
}

function parseUrl(candidate: string): string | undefined {
  try {
    const url = new URL(candidate);
    return url.hostname ? url.href : undefined;
  } catch {
    return undefined;
  }
}
