import type { LegacyRule } from './hostname.ts';

/**
 * The parameters of each finding, keyed by finding id: the one declaration every reader (the
 * page's words, the CLI, the report, the tests) compiles against, so renaming a parameter here
 * breaks each reader at build time instead of rendering a blank. Values are plain JSON data,
 * never sentences.
 */

/** Where in the input something was found: the 1-based block, and for text its line and PEM label. */
export interface InputPlace {
  block: number;
  line?: number;
  label?: string;
  /** 1-based position inside a PKCS#7 bundle. */
  position?: number;
}

/** Why a block could not be read as a certificate. */
export type MalformedReason =
  | 'base64'
  | 'no-end-line'
  | 'empty-pkcs7'
  | 'public-key'
  | 'not-a-certificate'
  | 'not-der'
  | 'schema'
  | 'extension'
  | 'internal-error';

/** Which limit the input went past (see limits.ts). */
export type TooLargeReason = 'bytes' | 'blocks' | 'certificates' | 'asn1-depth' | 'asn1-nodes';

/** Why the URL gives no host to check against. */
export type UrlProblem = 'empty' | 'too-long' | 'syntax' | 'no-host' | 'host';

/** Why a certificate that issued another may not issue certificates. */
export type IssuerProblem = 'not-a-ca' | 'no-basic-constraints' | 'key-usage';

type None = Record<never, never>;

export interface FindingParams {
  'input.empty': None;
  /** Without a place: nothing in the whole input looked like a certificate. */
  'input.unrecognized': Partial<InputPlace> & { reason?: 'not-der' | 'not-a-certificate' | 'public-key' };
  /** Without a place only for `internal-error`, which carries the error's text. */
  'input.malformed': Partial<InputPlace> & { reason: MalformedReason; message?: string };
  /** `limit` for the whole-input limits; a place for a block nested too deeply. */
  'input.too-large': Partial<InputPlace> & { reason: TooLargeReason; limit?: number };
  'input.private-key': InputPlace;
  'input.csr': InputPlace;
  'input.pkcs12': InputPlace;
  'url.invalid': { reason: UrlProblem };
  'url.not-https': { scheme: string };
  'name.match': { host: string; name: string };
  'name.mismatch': { host: string; dnsNames: string[]; ipAddresses: string[]; commonName?: string };
  'name.legacy-only': { host: string; name: string; rule: LegacyRule };
  'trust.self-signed': None;
  /** The subject of the private root the chain ends at. */
  'trust.private-root': { root: string };
  /** The public root's subject; `pasted: false` when the chain only names it as issuer. */
  'trust.public-root': { root: string; pasted: boolean };
  /** The issuer name of the last certificate, which nobody supplied. */
  'chain.incomplete': { issuer: string };
  /** Index (in `Diagnosis.certificates`) of the certificate whose key did not verify the signature. */
  'chain.bad-signature': { issuer: number };
  /** Index of the certificate it issued, and why it may not. */
  'chain.issuer-not-ca': { issued: number; reason: IssuerProblem };
  /** The input's block numbers in the order they were pasted. */
  'chain.order': { blocks: number[] };
  'chain.duplicate': { copies: number; blocks: number[] };
  'chain.unrelated': None;
  'time.expired': { notAfter: string; days: number };
  'time.not-yet-valid': { notBefore: string; days: number };
  'time.expiring-soon': { notAfter: string; days: number };
  'usage.no-server-auth': { usages: string[] };
  'usage.leaf-is-ca': None;
  'crypto.weak-key': { algorithm: string; bits: number };
  'crypto.weak-signature': { algorithm: string; hash: string };
}
