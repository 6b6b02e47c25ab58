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

/**
 * Why a pasted certificate that could issue one in the chain was left out: a copy of a public
 * root (Windows uses its store's root), a copy of a pasted self-signed root, not time-valid,
 * its key does not verify, or another path was simply better.
 */
export type UnusedIssuerReason = 'public-root' | 'self-signed-root' | 'time-invalid' | 'bad-signature' | 'other-path';

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
  /**
   * A public root whose certificates issued after `notBefore` Windows no longer trusts
   * (Microsoft's NotBefore), and the server certificate's issue date, which is later.
   */
  'trust.windows-distrusted': { root: string; notBefore: string; issued: string };
  /** The public root named as issuer, whose key could not be loaded to check the signature. */
  'trust.public-root-unverified': { root: string };
  /**
   * The issuer name of the last certificate, which nobody supplied, and the Authority
   * Information Access `caIssuers` URLs where Windows would download it (empty: none given).
   */
  'chain.incomplete': { issuer: string; caIssuers: string[] };
  /**
   * Whose key did not verify the signature: the index (in `Diagnosis.certificates`) of a given
   * certificate, or the subject of a public root that was only named as issuer.
   */
  'chain.bad-signature': { issuer: number } | { root: string };
  /**
   * A signature the checker cannot compute (MD5, DSA, explicit EC parameters, Ed448, a key the
   * browser refuses), by whose key: a given certificate or a public root named as issuer; and
   * the signature algorithm.
   */
  'chain.signature-unchecked': ({ issuer: number } | { root: string }) & { algorithm: string };
  /** Index of the certificate it issued, and why it may not. */
  'chain.issuer-not-ca': { issued: number; reason: IssuerProblem };
  /** The CA's pathLenConstraint, and how many CA certificates stand between it and the leaf. */
  'chain.path-length': { limit: number; below: number };
  /**
   * The CA (index in `Diagnosis.certificates`) whose name constraints this certificate breaks:
   * a name in an excluded subtree, or outside every permitted subtree of its form.
   */
  'chain.name-constraints': { ca: number; rule: 'excluded' | 'not-permitted'; form: 'dns' | 'ip' | 'dn'; name: string };
  /** Why this candidate issuer is not in the chain, and the chain certificate used instead (same name), if any. */
  'chain.unused-issuer': { reason: UnusedIssuerReason; instead?: number };
  /** The input's block numbers in the order they were pasted. */
  'chain.order': { blocks: number[] };
  'chain.duplicate': { copies: number; blocks: number[] };
  'chain.unrelated': None;
  'time.expired': { notAfter: string; days: number };
  'time.not-yet-valid': { notBefore: string; days: number };
  'time.expiring-soon': { notAfter: string; days: number };
  'usage.no-server-auth': { usages: string[] };
  'usage.leaf-is-ca': None;
  /** OIDs of the critical extensions Windows does not process, in certificate order. */
  'usage.unknown-critical-extension': { oids: string[] };
  'crypto.weak-key': { algorithm: string; bits: number };
  'crypto.weak-signature': { algorithm: string; hash: string };
}
