import { KEY_CERT_SIGN, type ParsedCertificate } from './certificate.ts';
import { finding } from './finding.ts';
import { findHostnameMatch, findLegacyHostnameMatch } from './hostname.ts';
import { EXPIRING_SOON_DAYS } from './limits.ts';
import { EXTENDED_KEY_USAGES, OID, WINDOWS_EXTENSIONS } from './oids.ts';
import type { IssuerProblem } from './finding-params.ts';
import type { Finding, NameMatch } from './types.ts';
import { validityAt } from './validity.ts';
import { formatIp, parseIp } from './ip.ts';
import { nameConstraintViolation } from './name-constraints.ts';
import { equalBytes } from './bytes.ts';

/**
 * The per-certificate checks: name, validity period, usage and key strength. Each takes a
 * certificate and its position in `Diagnosis.certificates` and returns findings; the chain
 * and trust checks live in diagnose.ts because they need the whole chain.
 */

/** Does the leaf present the host: by RFC 9525, only by a legacy Windows rule, or not at all? */
export function checkName(leaf: ParsedCertificate, host: string): { finding: Finding; match: NameMatch | null } {
  const names = { dns: leaf.dnsNames, ip: leaf.ipAddresses, cn: leaf.commonName };
  const match = findHostnameMatch(names, host);
  if (match !== null) {
    return {
      finding: finding('name.match', { certificate: 0, params: { host, name: match } }),
      match: { name: match, rule: 'rfc9525' },
    };
  }
  const legacy = findLegacyHostnameMatch(names, host);
  if (legacy) {
    return {
      finding: finding('name.legacy-only', { certificate: 0, params: { host, name: legacy.name, rule: legacy.rule } }),
      match: { name: legacy.name, rule: legacy.rule },
    };
  }
  const params = { host, dnsNames: leaf.dnsNames, ipAddresses: leaf.ipAddresses };
  return {
    finding: finding('name.mismatch', {
      certificate: 0,
      params: leaf.commonName === null ? params : { ...params, commonName: leaf.commonName },
    }),
    match: null,
  };
}

/** Validity period against `now`: expired, not yet valid, or expiring within 30 days. */
export function checkTime(certificate: ParsedCertificate, position: number, now: Date): Finding[] {
  const notBefore = certificate.notBefore.toISOString();
  const notAfter = certificate.notAfter.toISOString();
  const { state, days } = validityAt(certificate.notBefore, certificate.notAfter, now);
  if (state === 'not-yet-valid')
    return [finding('time.not-yet-valid', { certificate: position, params: { notBefore, days } })];
  if (state === 'expired') return [finding('time.expired', { certificate: position, params: { notAfter, days } })];
  if (days <= EXPIRING_SOON_DAYS)
    return [finding('time.expiring-soon', { certificate: position, params: { notAfter, days } })];
  return [];
}

/** Extended key usage names, OIDs for the unknown ones. */
export function usageNames(oids: readonly string[]): string[] {
  return oids.map((oid) => EXTENDED_KEY_USAGES[oid] ?? oid);
}

/**
 * Usage. An extended key usage extension without serverAuth (or anyExtendedKeyUsage) makes
 * Windows refuse the certificate for TLS, on the leaf and, since CryptoAPI intersects usages
 * down the chain, on a CA too. A leaf marked CA:TRUE still works but is a misissued certificate.
 */
export function checkUsage(certificate: ParsedCertificate, position: number): Finding[] {
  const findings: Finding[] = [];
  const usages = certificate.extendedKeyUsages;
  if (usages && !usages.includes(OID.serverAuth) && !usages.includes(OID.anyExtendedKeyUsage)) {
    findings.push(finding('usage.no-server-auth', { certificate: position, params: { usages: usageNames(usages) } }));
  }
  if (position === 0 && certificate.basicConstraints?.ca)
    findings.push(finding('usage.leaf-is-ca', { certificate: 0 }));
  return findings;
}

/**
 * Key size and signature hash. The signature of a self-signed root is not relied upon (the
 * root is trusted as a key, not as a signature), so it is not judged.
 */
export function checkCrypto(certificate: ParsedCertificate, position: number, selfSigned: boolean): Finding[] {
  const findings: Finding[] = [];
  const { algorithm, bits } = certificate.publicKey;
  if ((algorithm === 'RSA' || algorithm === 'RSA-PSS') && bits !== undefined && bits < 2048) {
    findings.push(finding('crypto.weak-key', { certificate: position, params: { algorithm, bits } }));
  }
  const hash = certificate.signatureHash;
  if (!selfSigned && (hash === 'SHA-1' || hash === 'MD5')) {
    findings.push(
      finding('crypto.weak-signature', {
        certificate: position,
        params: { algorithm: certificate.signatureName, hash },
      }),
    );
  }
  return findings;
}

/**
 * Can this certificate issue others? Basic Constraints must say CA:TRUE (old v1/v2
 * certificates have no extensions and are accepted as CAs), and a Key Usage extension, if
 * present, must include keyCertSign.
 */
export function issuerProblem(issuer: ParsedCertificate): IssuerProblem | null {
  if (issuer.basicConstraints && !issuer.basicConstraints.ca) return 'not-a-ca';
  if (!issuer.basicConstraints && issuer.version >= 3) return 'no-basic-constraints';
  if (issuer.keyUsage !== null && (issuer.keyUsage & KEY_CERT_SIGN) === 0) return 'key-usage';
  return null;
}

/**
 * pathLenConstraint: a CA at `position` (leaf 0) allows at most `limit` CA certificates between
 * itself and the leaf. CryptoAPI reports CERT_TRUST_INVALID_BASIC_CONSTRAINTS when it is
 * exceeded, on the root's own constraint too. RFC 5280 6.1.4 would not count self-issued CAs;
 * we count every CA, as Wine's model of crypt32 does, because no source says Windows exempts
 * them and a wrong "accepted" is the worse mistake (README.md, "Differences from Windows").
 */
export function checkPathLength(chain: readonly ParsedCertificate[]): Finding[] {
  const findings: Finding[] = [];
  for (let position = 1; position < chain.length; position++) {
    const limit = chain[position]!.basicConstraints?.pathLength;
    if (limit === null || limit === undefined) continue;
    const below = position - 1;
    if (below > limit) findings.push(finding('chain.path-length', { certificate: position, params: { limit, below } }));
  }
  return findings;
}

/**
 * A critical extension the verifier does not process makes the certificate unusable (RFC 5280
 * 4.2); CryptoAPI reports CERT_TRUST_HAS_NOT_SUPPORTED_CRITICAL_EXT. `WINDOWS_EXTENSIONS` lists the ones it does.
 */
export function checkCriticalExtensions(certificate: ParsedCertificate, position: number): Finding[] {
  const oids = certificate.criticalExtensions.filter((oid) => !WINDOWS_EXTENSIONS.has(oid));
  return oids.length === 0
    ? []
    : [finding('usage.unknown-critical-extension', { certificate: position, params: { oids } })];
}

/**
 * Name constraints of every CA bind the certificates below it (self-issued CAs excepted, as
 * RFC 5280 6.1.3 says). The server certificate's subject CN counts as its DNS name when it has
 * no SAN DNS or IP name, since Windows then matches the host against the CN.
 */
export function checkNameConstraints(chain: readonly ParsedCertificate[]): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<number>();
  for (let ca = 1; ca < chain.length; ca++) {
    const constraints = chain[ca]!.nameConstraints;
    if (!constraints) continue;
    for (let below = 0; below < ca; below++) {
      const certificate = chain[below]!;
      if (reported.has(below) || (below > 0 && equalBytes(certificate.subjectDer, certificate.issuerDer))) continue;
      const ip = certificate.ipAddresses.map(parseIp).filter((bytes): bytes is Uint8Array => bytes !== null);
      const cnAsHost = below === 0 && certificate.dnsNames.length === 0 && ip.length === 0 && certificate.commonName;
      const dns = cnAsHost ? [certificate.commonName!] : certificate.dnsNames;
      const violation = nameConstraintViolation(constraints, { dns, ip, subject: certificate.subjectRdns }, formatIp);
      if (!violation) continue;
      reported.add(below);
      // The subject as Windows shows it, not as it was compared.
      const name = violation.form === 'dn' ? certificate.subject : violation.name;
      findings.push(finding('chain.name-constraints', { certificate: below, params: { ca, ...violation, name } }));
    }
  }
  return findings;
}
