import { AsnConvert, AsnParser } from '@peculiar/asn1-schema';
import {
  AuthorityInfoAccessSyntax,
  AuthorityKeyIdentifier,
  BasicConstraints,
  Certificate,
  ExtendedKeyUsage,
  KeyUsage,
  SubjectAlternativeName,
  SubjectKeyIdentifier,
  SubjectPublicKeyInfo,
} from '@peculiar/asn1-x509';
import { RSAPublicKey, RsaSaPssParams } from '@peculiar/asn1-rsa';
import { BER_OPTIONS, childrenOf, encodedBytes, isContext, oidOf, readDer } from './asn1.ts';
import { toHex } from './bytes.ts';
import { formatIp, parseIp } from './ip.ts';
import { commonNameOf, formatName } from './names.ts';
import { CURVES, HASH_ALGORITHMS, KEY_ALGORITHMS, OID, SIGNATURE_ALGORITHMS } from './oids.ts';
import type { PublicKeyInfo } from './types.ts';

/**
 * One certificate, parsed with @peculiar/asn1-x509 (the schema layer under @peculiar/x509),
 * reduced to what the diagnosis needs. Names, keys and the to-be-signed part are kept as the
 * exact bytes of the original, because Windows links certificates by comparing those bytes
 * and signatures are computed over them.
 */
export interface ParsedCertificate {
  der: Uint8Array;
  /** The TBSCertificate bytes the signature covers. */
  tbs: Uint8Array;
  version: number;
  serialNumber: string;
  subjectDer: Uint8Array;
  issuerDer: Uint8Array;
  /** SubjectPublicKeyInfo bytes, as WebCrypto imports them. */
  spkiDer: Uint8Array;
  subject: string;
  issuer: string;
  commonName: string | null;
  notBefore: Date;
  notAfter: Date;
  dnsNames: string[];
  ipAddresses: string[];
  /** Null when the extension is absent; `pathLength` null when the CA sets no pathLenConstraint. */
  basicConstraints: { ca: boolean; pathLength: number | null } | null;
  /** KeyUsage bits (keyCertSign = 32), or null when absent. */
  keyUsage: number | null;
  /** Extended key usage OIDs, or null when absent. */
  extendedKeyUsages: string[] | null;
  subjectKeyId: Uint8Array | null;
  authorityKeyId: Uint8Array | null;
  /** URIs of the Authority Information Access `caIssuers` entries: where Windows downloads a missing issuer. */
  caIssuers: string[];
  /** OIDs of every extension marked critical, in certificate order. */
  criticalExtensions: string[];
  publicKey: PublicKeyInfo;
  signatureOid: string;
  signatureParameters: ArrayBuffer | null;
  /** Readable algorithm name, e.g. `sha256WithRSAEncryption` or `RSASSA-PSS (SHA-256)`. */
  signatureName: string;
  /** The hash the signature uses, when known (`SHA-1`, `MD5`, `SHA-256`, …). */
  signatureHash: string | null;
  signature: Uint8Array;
}

export type ParseCertificateResult =
  | { ok: true; certificate: ParsedCertificate }
  | { ok: false; reason: 'asn1-depth' | 'asn1-nodes' | 'not-der' | 'schema' | 'extension' };

/** KeyUsage keyCertSign bit, as @peculiar/asn1-x509 numbers the flags. */
export const KEY_CERT_SIGN = 32;

/** Parses a DER certificate. Never throws: a failure says why in `reason`. */
export function parseCertificate(der: Uint8Array): ParseCertificateResult {
  const read = readDer(der);
  if (!read.ok) return read;
  let asn: Certificate;
  try {
    asn = AsnParser.fromASN(read.node, Certificate);
  } catch {
    return { ok: false, reason: 'schema' };
  }
  const [tbsNode] = childrenOf(read.node);
  const fields = childrenOf(tbsNode);
  const start = isContext(fields[0], 0) ? 1 : 0;
  const issuerNode = fields[start + 2];
  const subjectNode = fields[start + 4];
  const spkiNode = fields[start + 5];
  if (!tbsNode || !issuerNode || !subjectNode || !spkiNode) return { ok: false, reason: 'schema' };

  const tbs = asn.tbsCertificate;
  let extensions: ReturnType<typeof readExtensions>;
  try {
    extensions = readExtensions(asn);
  } catch {
    return { ok: false, reason: 'extension' };
  }
  const signatureOid = asn.signatureAlgorithm.algorithm;
  const signatureParameters = asn.signatureAlgorithm.parameters ?? null;
  const { name: signatureName, hash: signatureHash } = describeSignature(signatureOid, signatureParameters);
  let notBefore: Date;
  let notAfter: Date;
  try {
    notBefore = tbs.validity.notBefore.getTime();
    notAfter = tbs.validity.notAfter.getTime();
  } catch {
    return { ok: false, reason: 'schema' };
  }
  if (Number.isNaN(notBefore.getTime()) || Number.isNaN(notAfter.getTime())) return { ok: false, reason: 'schema' };

  return {
    ok: true,
    certificate: {
      der: der.subarray(0, read.length),
      tbs: encodedBytes(tbsNode),
      version: Number(tbs.version) + 1,
      serialNumber: serialToHex(new Uint8Array(tbs.serialNumber)),
      subjectDer: encodedBytes(subjectNode),
      issuerDer: encodedBytes(issuerNode),
      spkiDer: encodedBytes(spkiNode),
      subject: formatName(tbs.subject),
      issuer: formatName(tbs.issuer),
      commonName: commonNameOf(tbs.subject),
      notBefore,
      notAfter,
      ...extensions,
      publicKey: describePublicKey(
        tbs.subjectPublicKeyInfo.algorithm.algorithm,
        tbs.subjectPublicKeyInfo.algorithm.parameters ?? null,
        tbs.subjectPublicKeyInfo.subjectPublicKey,
      ),
      signatureOid,
      signatureParameters,
      signatureName,
      signatureHash,
      signature: new Uint8Array(asn.signatureValue),
    },
  };
}

function readExtensions(asn: Certificate) {
  const result = {
    dnsNames: [] as string[],
    ipAddresses: [] as string[],
    basicConstraints: null as { ca: boolean; pathLength: number | null } | null,
    keyUsage: null as number | null,
    extendedKeyUsages: null as string[] | null,
    subjectKeyId: null as Uint8Array | null,
    authorityKeyId: null as Uint8Array | null,
    caIssuers: [] as string[],
    criticalExtensions: [] as string[],
  };
  const options = { berOptions: BER_OPTIONS };
  for (const extension of asn.tbsCertificate.extensions ?? []) {
    const value = extension.extnValue.buffer;
    if (extension.critical) result.criticalExtensions.push(extension.extnID);
    switch (extension.extnID) {
      case OID.subjectAltName:
        for (const name of AsnConvert.parse(value, SubjectAlternativeName, options)) {
          if (name.dNSName !== undefined) result.dnsNames.push(name.dNSName);
          if (name.iPAddress !== undefined) {
            const bytes = parseIp(name.iPAddress);
            result.ipAddresses.push(bytes ? formatIp(bytes) : name.iPAddress);
          }
        }
        break;
      case OID.basicConstraints: {
        const constraints = AsnConvert.parse(value, BasicConstraints, options);
        const pathLength = constraints.pathLenConstraint;
        result.basicConstraints = {
          ca: constraints.cA === true,
          pathLength: typeof pathLength === 'number' && Number.isSafeInteger(pathLength) ? pathLength : null,
        };
        break;
      }
      case OID.authorityInfoAccess:
        for (const access of AsnConvert.parse(value, AuthorityInfoAccessSyntax, options)) {
          const uri = access.accessLocation.uniformResourceIdentifier;
          if (access.accessMethod === OID.caIssuers && uri !== undefined) result.caIssuers.push(uri);
        }
        break;
      case OID.keyUsage:
        result.keyUsage = AsnConvert.parse(value, KeyUsage, options).toNumber();
        break;
      case OID.extendedKeyUsage:
        result.extendedKeyUsages = [...AsnConvert.parse(value, ExtendedKeyUsage, options)];
        break;
      case OID.subjectKeyIdentifier:
        result.subjectKeyId = new Uint8Array(AsnConvert.parse(value, SubjectKeyIdentifier, options).buffer);
        break;
      case OID.authorityKeyIdentifier: {
        const keyId = AsnConvert.parse(value, AuthorityKeyIdentifier, options).keyIdentifier;
        result.authorityKeyId = keyId ? new Uint8Array(keyId.buffer) : null;
        break;
      }
    }
  }
  return result;
}

/** Serial numbers as Windows prints them: upper-case hex, without the sign-padding zero byte. */
function serialToHex(bytes: Uint8Array): string {
  return toHex(bytes.length > 1 && bytes[0] === 0 ? bytes.subarray(1) : bytes);
}

function describeSignature(oid: string, parameters: ArrayBuffer | null): { name: string; hash: string | null } {
  const known = SIGNATURE_ALGORITHMS[oid];
  if (!known) return { name: oid, hash: null };
  if (known.family !== 'RSA-PSS') return { name: known.name, hash: known.hash ?? null };
  const hash = pssHash(parameters);
  return { name: `${known.name} (${hash ?? 'unknown hash'})`, hash };
}

/** The hash of RSASSA-PSS parameters (SHA-1 when absent, as the ASN.1 default says). */
export function pssHash(parameters: ArrayBuffer | null): string | null {
  if (!parameters) return 'SHA-1';
  try {
    const params = AsnConvert.parse(parameters, RsaSaPssParams, { berOptions: BER_OPTIONS });
    return HASH_ALGORITHMS[params.hashAlgorithm.algorithm] ?? null;
  } catch {
    return null;
  }
}

/** A bare SubjectPublicKeyInfo (a public root's loaded key), described as a certificate's key is; null if it does not parse. */
export function parsePublicKey(spkiDer: Uint8Array): Pick<ParsedCertificate, 'spkiDer' | 'publicKey'> | null {
  try {
    const spki = AsnConvert.parse(spkiDer, SubjectPublicKeyInfo, { berOptions: BER_OPTIONS });
    const publicKey = describePublicKey(
      spki.algorithm.algorithm,
      spki.algorithm.parameters ?? null,
      spki.subjectPublicKey,
    );
    return { spkiDer, publicKey };
  } catch {
    return null;
  }
}

function describePublicKey(oid: string, parameters: ArrayBuffer | null, key: ArrayBuffer): PublicKeyInfo {
  const algorithm = KEY_ALGORITHMS[oid] ?? oid;
  try {
    if (algorithm === 'RSA' || algorithm === 'RSA-PSS') {
      const modulus = new Uint8Array(AsnConvert.parse(key, RSAPublicKey, { berOptions: BER_OPTIONS }).modulus);
      return { algorithm, bits: bitLength(modulus) };
    }
    if (algorithm === 'EC' && parameters) {
      const read = readDer(new Uint8Array(parameters));
      const curveOid = read.ok ? oidOf(read.node) : null;
      const curve = curveOid ? CURVES[curveOid] : undefined;
      return curve
        ? { algorithm, bits: curve.bits, curve: curve.name }
        : { algorithm, curve: curveOid ?? 'explicit parameters' };
    }
    if (algorithm === 'Ed25519') return { algorithm, bits: 256 };
    if (algorithm === 'Ed448') return { algorithm, bits: 456 };
  } catch {
    // An unreadable key is still a certificate worth diagnosing; its size is simply unknown.
  }
  return { algorithm };
}

function bitLength(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length && bytes[index] === 0) index++;
  if (index === bytes.length) return 0;
  return (bytes.length - index - 1) * 8 + Math.floor(Math.log2(bytes[index] ?? 1)) + 1;
}
