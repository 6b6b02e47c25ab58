import type { DotnetComparison } from './dotnet-compare.ts';
import type { DotnetReport } from './dotnet-report.ts';
import type { FindingParams } from './finding-params.ts';
import type { FindingId, Severity } from './findings.ts';
import type { LegacyRule } from './hostname.ts';
import type { PublicRootKeyLoader } from './trust.ts';

/**
 * The shapes the checker hands out. Everything here is plain data (strings, numbers, arrays)
 * so a Diagnosis can be printed as JSON, posted to a worker or rendered by the page without
 * knowing how it was computed.
 */

/** One thing the checker noticed, of one kind. The page and the CLI turn `id` + `params` into words. */
export interface FindingOf<Id extends FindingId> {
  id: Id;
  severity: Severity;
  /** Index into `Diagnosis.certificates` of the certificate the finding is about. */
  certificate?: number;
  params: FindingParams[Id];
}

/** Any finding: a union discriminated by `id`, so `finding.params` narrows with the id. */
export type Finding = { [Id in FindingId]: FindingOf<Id> }[FindingId];

// Every finding id has a parameter declaration and every declaration is a finding id.
type SameKeys<A, B> = [Exclude<keyof A, B>, Exclude<B, keyof A>] extends [never, never] ? true : false;
const paramsCoverFindings: SameKeys<FindingParams, FindingId> = true;
void paramsCoverFindings;

/** Where a certificate was found in the input. */
export interface CertificateSource {
  /** How it was written: a PEM block, raw DER bytes, Base64 without headers, or inside PKCS#7. */
  format: 'pem' | 'der' | 'base64' | 'pkcs7';
  /** 1-based number of the block (PEM block, DER object or Base64 paragraph) in the input. */
  block: number;
  /** 1-based line of the `-----BEGIN` line, for text input. */
  line?: number;
  /** The PEM label, e.g. `CERTIFICATE` or `PKCS7`. */
  label?: string;
  /** 1-based position inside a PKCS#7 bundle. */
  position?: number;
}

/** The public key of a certificate, as far as an admin needs to know it. */
export interface PublicKeyInfo {
  /** `RSA`, `RSA-PSS`, `EC`, `Ed25519`, `Ed448`, `DSA`, or the algorithm OID when unknown. */
  algorithm: string;
  /** Key size in bits (RSA modulus, DSA prime, EC field); absent when unknown. */
  bits?: number;
  /** Named curve for EC keys, e.g. `P-256`, or the curve OID when unknown. */
  curve?: string;
}

/** What the checker read from one certificate. */
export interface CertificateInfo {
  /** Distinguished name, most specific first, as Windows shows it (`CN=…, O=…, C=…`). */
  subject: string;
  issuer: string;
  /** Serial number in upper-case hex, as Windows shows it. */
  serialNumber: string;
  /** ISO 8601 timestamps. */
  notBefore: string;
  notAfter: string;
  /** dNSName entries of the Subject Alternative Name extension, as written in the certificate. */
  dnsNames: string[];
  /** iPAddress entries of the Subject Alternative Name extension, in canonical text form. */
  ipAddresses: string[];
  /** The most specific subject common name, or null. */
  commonName: string | null;
  publicKey: PublicKeyInfo;
  /** e.g. `sha256WithRSAEncryption`, `ecdsa-with-SHA384`, `RSASSA-PSS (SHA-256)`, `Ed25519`. */
  signatureAlgorithm: string;
  /** Upper-case hex without separators: the SHA-1 one is the Windows "Thumbprint". */
  sha1: string;
  sha256: string;
  /** Basic Constraints cA flag. */
  isCA: boolean;
  /** Extended key usage names (`serverAuth`, `clientAuth`, … or OIDs); null when the extension is absent (any usage). */
  extendedKeyUsages: string[] | null;
  /** Issuer equals subject and the certificate's own key verifies its signature. */
  selfSigned: boolean;
  source: CertificateSource;
  /** Its place: the server certificate, a CA between it and the root, the root, or not in the chain. */
  role: CertificateRole;
  /** Where `now` falls in its validity period, in whole days (computed once, here). */
  validity: Validity;
}

export type CertificateRole = 'leaf' | 'intermediate' | 'root' | 'unrelated';

/**
 * `valid`: days until it expires (0: expires within a day); `expired`: whole days since it
 * expired; `not-yet-valid`: days until it becomes valid, rounded up (valid tomorrow is 1).
 */
export interface Validity {
  state: 'valid' | 'expired' | 'not-yet-valid';
  days: number;
}

/**
 * Where the chain from the server certificate ends: at a pasted root (or the leaf signed by
 * itself), at a public root that was only named as issuer, or at an issuer nobody supplied.
 */
export type ChainEnd =
  | { kind: 'pasted-root'; certificate: number }
  | { kind: 'public-root'; root: string }
  | { kind: 'missing-issuer'; issuer: string };

/** The chain as the checker built it: indices into `Diagnosis.certificates`, leaf first. */
export interface Chain {
  certificates: number[];
  end: ChainEnd;
  /** Certificates given that are not part of the leaf's chain. */
  unrelated: number[];
}

/** The name of the leaf that covered the URL's host, and by which rule. */
export interface NameMatch {
  name: string;
  /** `rfc9525` for a proper match; otherwise the old Windows rule that still accepts it. */
  rule: 'rfc9525' | LegacyRule;
}

/** The flags .NET passes to `RemoteCertificateValidationCallback` (`System.Net.Security.SslPolicyErrors`). */
export type SslPolicyError = 'RemoteCertificateNameMismatch' | 'RemoteCertificateChainErrors';

/** What the router (a .NET Framework client on Windows) is expected to do. */
export interface Verdict {
  /**
   * `true`: the default Windows trust store accepts it; `false`: rejected whatever is
   * installed; `'depends'`: accepted only when the missing root or intermediate is installed
   * on the router machine (Local Computer store) or sent by the server.
   */
  routerAccepts: boolean | 'depends';
  /** Flags expected on a router machine that trusts only the public roots (the Windows default). */
  sslPolicyErrors: SslPolicyError[];
}

/** The whole answer of `diagnose()`. */
export interface Diagnosis {
  /** The host from the URL, normalized (lower case, A-labels, no trailing dot, IPv6 without brackets), or null. */
  host: string | null;
  /** Leaf first, then its issuers in chain order, then certificates that are not part of the leaf's chain. */
  certificates: CertificateInfo[];
  /** Null when no certificate could be read. */
  chain: Chain | null;
  /** Null when there is no host, no certificate, or no name covers the host. */
  nameMatch: NameMatch | null;
  findings: Finding[];
  verdict: Verdict;
  /** Present when the input holds a trustkb .NET TLS report (see `DotnetDiagnosis`). */
  dotnet?: DotnetDiagnosis;
}

/** A .NET report found in the input, and how it compares with the checker's own answer. */
export interface DotnetDiagnosis {
  report: DotnetReport;
  /**
   * `report`: no URL was given, so the host checked is the report's `Url:`; `caller`: the URL
   * given was used (it may name another host than the report: see `reportHost`).
   */
  urlFrom: 'caller' | 'report';
  /** The report URL's host, normalized as `Diagnosis.host`, or null. */
  reportHost: string | null;
  comparison: DotnetComparison;
}

/** Options of `diagnose()`. */
export interface DiagnoseOptions {
  /** The moment to judge validity against; defaults to the current time. Tests pass a fixed date. */
  now?: Date;
  /**
   * Loads a public root's key (SubjectPublicKeyInfo DER) by its table hash, when a chain ends
   * at a public root that was not pasted. The page fetches one small static file; the CLI
   * reads Node's roots (`publicRootKeysFrom`). Without it, or when it fails, such a chain gets
   * `trust.public-root-unverified` ("depends"), never "accepted".
   */
  publicRootKey?: PublicRootKeyLoader;
}
