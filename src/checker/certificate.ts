import { AsnConvert } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  AuthorityInfoAccessSyntax,
  AuthorityKeyIdentifier,
  BasicConstraints,
  ExtendedKeyUsage,
  Extensions,
  KeyUsage,
  SubjectAlternativeName,
  SubjectKeyIdentifier,
  SubjectPublicKeyInfo,
  Validity,
  type Extension,
} from '@peculiar/asn1-x509';
import { RSAPublicKey, RsaSaPssParams } from '@peculiar/asn1-rsa';
import {
  BER_OPTIONS,
  childrenOf,
  encodedBytes,
  integerBytes,
  isContext,
  isUniversal,
  oidOf,
  readDer,
  TAG,
  type Asn1Node,
} from './asn1.ts';
import { latin1Text, toHex } from './bytes.ts';
import { formatIp, parseIp } from './ip.ts';
import { commonNameOf, comparableRdns, formatName, readName, type DistinguishedName } from './names.ts';
import type { NameConstraints, NameSubtree } from './name-constraints.ts';
import { CURVES, HASH_ALGORITHMS, KEY_ALGORITHMS, OID, SIGNATURE_ALGORITHMS } from './oids.ts';
import type { PublicKeyInfo } from './types.ts';

/**
 * One certificate, reduced to what the diagnosis needs. Names, keys and the to-be-signed part
 * are kept as the exact bytes of the original, because Windows links certificates by comparing
 * those bytes and signatures are computed over them.
 *
 * The DER walk (asn1.ts) splits the certificate into its fields and reads the names and the
 * SAN DNS and IP entries itself; the other fields go through @peculiar/asn1-x509 (the schema
 * layer under @peculiar/x509) one by one. Names and SANs are the parts a certificate can carry
 * thousands of, and the schema parser spends several microseconds on each (see README.md, Limits).
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
  /** The subject's RDNs as name constraints compare them (`comparableRdns`). */
  subjectRdns: string[];
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
  /** A CA's nameConstraints, or null when absent. */
  nameConstraints: NameConstraints | null;
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
  let fields: CertificateFields | null;
  try {
    fields = readFields(read.node);
  } catch {
    fields = null;
  }
  if (!fields) return { ok: false, reason: 'schema' };
  const { tbsNode, issuerNode, subjectNode, spkiNode, issuer, subject, validity, spki } = fields;

  let extensions: ReturnType<typeof readExtensions>;
  try {
    extensions = readExtensions(fields.extensions);
  } catch {
    return { ok: false, reason: 'extension' };
  }
  const signatureOid = fields.signatureAlgorithm.algorithm;
  const signatureParameters = fields.signatureAlgorithm.parameters ?? null;
  const { name: signatureName, hash: signatureHash } = describeSignature(signatureOid, signatureParameters);
  let notBefore: Date;
  let notAfter: Date;
  try {
    notBefore = validity.notBefore.getTime();
    notAfter = validity.notAfter.getTime();
  } catch {
    return { ok: false, reason: 'schema' };
  }
  if (Number.isNaN(notBefore.getTime()) || Number.isNaN(notAfter.getTime())) return { ok: false, reason: 'schema' };

  return {
    ok: true,
    certificate: {
      der: der.subarray(0, read.length),
      tbs: encodedBytes(tbsNode),
      version: fields.version + 1,
      serialNumber: serialToHex(fields.serialNumber),
      subjectDer: encodedBytes(subjectNode),
      issuerDer: encodedBytes(issuerNode),
      spkiDer: encodedBytes(spkiNode),
      subject: formatName(subject),
      issuer: formatName(issuer),
      commonName: commonNameOf(subject),
      subjectRdns: comparableRdns(subject),
      notBefore,
      notAfter,
      ...extensions,
      publicKey: describePublicKey(spki.algorithm.algorithm, spki.algorithm.parameters ?? null, spki.subjectPublicKey),
      signatureOid,
      signatureParameters,
      signatureName,
      signatureHash,
      signature: fields.signature,
    },
  };
}

interface CertificateFields {
  tbsNode: Asn1Node;
  issuerNode: Asn1Node;
  subjectNode: Asn1Node;
  spkiNode: Asn1Node;
  version: number;
  serialNumber: Uint8Array;
  issuer: DistinguishedName;
  subject: DistinguishedName;
  validity: Validity;
  spki: SubjectPublicKeyInfo;
  extensions: ExtensionEntry[];
  signatureAlgorithm: AlgorithmIdentifier;
  signature: Uint8Array;
}

/**
 * Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue BIT STRING }
 * TBSCertificate ::= SEQUENCE { [0] version OPTIONAL, serialNumber, signature, issuer, validity,
 *   subject, subjectPublicKeyInfo, [1] issuerUniqueID OPTIONAL, [2] subjectUniqueID OPTIONAL,
 *   [3] extensions OPTIONAL }
 * Fields in this order, with these tags, and nothing else. Returns null, or throws (the schema
 * parser), when the certificate does not fit.
 */
function readFields(certificate: Asn1Node): CertificateFields | null {
  const [tbsNode, signatureAlgorithmNode, signatureNode, ...rest] = childrenOf(certificate);
  if (!isUniversal(certificate, TAG.sequence) || rest.length > 0) return null;
  if (!isUniversal(tbsNode, TAG.sequence) || !isUniversal(signatureAlgorithmNode, TAG.sequence)) return null;
  if (!isUniversal(signatureNode, TAG.bitString) || signatureNode!.constructed) return null;

  const tbsFields = childrenOf(tbsNode);
  let next = 0;
  const optional = (tag: number) => (isContext(tbsFields[next], tag) ? tbsFields[next++] : undefined);
  const versionNode = optional(0);
  const [serialNode, signatureInTbsNode, issuerNode, validityNode, subjectNode, spkiNode] = tbsFields.slice(next);
  next += 6;
  const serialNumber = integerBytes(serialNode);
  const issuer = issuerNode && readName(issuerNode);
  const subject = subjectNode && readName(subjectNode);
  if (!serialNumber || !issuerNode || !issuer || !subjectNode || !subject) return null;
  if (!isUniversal(signatureInTbsNode, TAG.sequence) || !isUniversal(validityNode, TAG.sequence)) return null;
  if (!isUniversal(spkiNode, TAG.sequence)) return null;
  optional(1);
  optional(2);
  const extensionsNode = optional(3);
  if (next < tbsFields.length) return null;

  let version = 0;
  if (versionNode) {
    const [versionInteger, ...others] = childrenOf(versionNode);
    const bytes = integerBytes(versionInteger);
    if (!bytes || others.length > 0) return null;
    version = integerValue(bytes);
  }
  let extensions: ExtensionEntry[] = [];
  if (extensionsNode) {
    const [list, ...others] = childrenOf(extensionsNode);
    if (!list || others.length > 0) return null;
    extensions = readExtensionList(list);
  }
  parseField(signatureInTbsNode!, AlgorithmIdentifier);
  return {
    tbsNode: tbsNode!,
    issuerNode,
    subjectNode,
    spkiNode: spkiNode!,
    version,
    serialNumber,
    issuer,
    subject,
    validity: parseField(validityNode!, Validity),
    spki: parseField(spkiNode!, SubjectPublicKeyInfo),
    extensions,
    signatureAlgorithm: parseField(signatureAlgorithmNode!, AlgorithmIdentifier),
    // The BIT STRING's first content byte counts the unused bits; the signature is the rest.
    signature: signatureNode!.content.subarray(1),
  };
}

/** One extension: its OID, its critical flag and the DER its OCTET STRING wraps. */
interface ExtensionEntry {
  id: string;
  critical: boolean;
  value: Uint8Array;
}

/**
 * Extension ::= SEQUENCE { extnID OID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }
 * Read from the DER walk when every extension has exactly this shape, which spares copying a
 * large SAN value several times over; anything else goes through the Extensions schema.
 */
function readExtensionList(list: Asn1Node): ExtensionEntry[] {
  const entries = isUniversal(list, TAG.sequence) && list.constructed ? childrenOf(list).map(plainExtension) : [null];
  if (entries.every((entry) => entry !== null)) return entries;
  return [...parseField(list, Extensions)].map((entry: Extension) => ({
    id: entry.extnID,
    critical: entry.critical,
    value: new Uint8Array(entry.extnValue.buffer),
  }));
}

/** The extension when it has exactly the shape above, else null. */
function plainExtension(extension: Asn1Node): ExtensionEntry | null {
  const fields = childrenOf(extension);
  if (!isUniversal(extension, TAG.sequence) || fields.length < 2 || fields.length > 3) return null;
  const id = oidOf(fields[0]);
  const flag = fields.length === 3 ? fields[1] : undefined;
  const octets = fields[fields.length - 1]!;
  if (id === null || !isUniversal(octets, TAG.octetString) || octets.constructed) return null;
  if (flag && (!isUniversal(flag, TAG.boolean) || flag.content.length !== 1)) return null;
  return { id, critical: flag !== undefined && flag.content[0] !== 0, value: octets.content };
}

/** One field of the certificate through its @peculiar/asn1-x509 schema; throws when it does not fit. */
function parseField<T>(node: Asn1Node, schema: new () => T): T {
  return AsnConvert.parse(encodedBytes(node), schema, { berOptions: BER_OPTIONS });
}

/** An INTEGER's value (two's complement, big-endian), as a number. */
function integerValue(bytes: Uint8Array): number {
  if (bytes.length === 0) return 0;
  return Number(BigInt.asIntN(bytes.length * 8, BigInt(`0x${toHex(bytes)}`)));
}

function readExtensions(list: readonly ExtensionEntry[]) {
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
    nameConstraints: null as NameConstraints | null,
  };
  const options = { berOptions: BER_OPTIONS };
  for (const extension of list) {
    const value = extension.value;
    if (extension.critical) result.criticalExtensions.push(extension.id);
    switch (extension.id) {
      case OID.subjectAltName:
        readSubjectAltName(value, result);
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
      case OID.nameConstraints:
        result.nameConstraints = readNameConstraints(value);
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

/**
 * NameConstraints ::= SEQUENCE { permittedSubtrees [0], excludedSubtrees [1] }, each a
 * SEQUENCE OF GeneralSubtree { base GeneralName, ... }. Throws on a malformed value, which makes
 * the certificate `input.malformed` (reason `extension`), as for any damaged extension.
 */
function readNameConstraints(value: Uint8Array): NameConstraints {
  const read = readDer(value);
  if (!read.ok || !isUniversal(read.node, TAG.sequence)) throw new Error('nameConstraints');
  const constraints: NameConstraints = { permitted: [], excluded: [] };
  for (const part of childrenOf(read.node)) {
    const list = isContext(part, 0) ? constraints.permitted : isContext(part, 1) ? constraints.excluded : null;
    if (!list || !part.constructed) throw new Error('nameConstraints');
    for (const subtree of childrenOf(part)) {
      const [base] = childrenOf(subtree);
      if (!isUniversal(subtree, TAG.sequence) || !base) throw new Error('nameConstraints');
      list.push(readSubtree(base));
    }
  }
  return constraints;
}

function readSubtree(base: Asn1Node): NameSubtree {
  if (isContext(base, 2) && !base.constructed) return { kind: 'dns', name: latin1Text(base.content) };
  if (isContext(base, 7) && !base.constructed) {
    const bytes = base.content;
    if (bytes.length !== 8 && bytes.length !== 32) throw new Error('nameConstraints');
    const half = bytes.length / 2;
    return { kind: 'ip', address: bytes.slice(0, half), mask: bytes.slice(half) };
  }
  if (isContext(base, 4) && base.constructed) {
    const name = readName(childrenOf(base)[0]!);
    if (!name) throw new Error('nameConstraints');
    return { kind: 'dn', rdns: comparableRdns(name) };
  }
  return { kind: 'other' };
}

/**
 * SAN dNSName and iPAddress entries. A SAN of nothing else (the usual case, and the case of
 * a certificate with thousands of names) is read straight from the DER walk: dNSName is an
 * IA5String, read byte by byte as asn1js reads it; iPAddress is 4 or 16 bytes. Anything else
 * in it (e-mail addresses, URIs, directory names, odd address lengths) goes through the
 * SubjectAlternativeName schema, which checks every kind of entry.
 */
function readSubjectAltName(value: Uint8Array, result: { dnsNames: string[]; ipAddresses: string[] }): void {
  const read = readDer(value);
  const names = read.ok && isUniversal(read.node, TAG.sequence) ? childrenOf(read.node) : null;
  const simple = names?.every(
    (name) =>
      !name.constructed &&
      ((isContext(name, 2) && name.content.length > 0) ||
        (isContext(name, 7) && (name.content.length === 4 || name.content.length === 16))),
  );
  if (names && simple) {
    for (const name of names) {
      if (isContext(name, 2)) result.dnsNames.push(latin1Text(name.content));
      else result.ipAddresses.push(formatIp(name.content));
    }
    return;
  }
  for (const name of AsnConvert.parse(value, SubjectAlternativeName, { berOptions: BER_OPTIONS })) {
    if (name.dNSName !== undefined) result.dnsNames.push(name.dNSName);
    if (name.iPAddress !== undefined) {
      const bytes = parseIp(name.iPAddress);
      result.ipAddresses.push(bytes ? formatIp(bytes) : name.iPAddress);
    }
  }
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
