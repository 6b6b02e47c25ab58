import { childrenOf, isContext, isUniversal, oidOf, readDer, smallIntegerOf, TAG, type Asn1Node } from './asn1.ts';

/**
 * Tells what a DER object is by its outer shape, before any schema parsing: admins paste
 * certificates, but also keys, signing requests, PFX files and PKCS#7 bundles, and each of
 * those deserves its own finding rather than "malformed certificate".
 */
export type DerKind = 'certificate' | 'pkcs7' | 'csr' | 'private-key' | 'pkcs12' | 'public-key' | 'unknown';

export type ClassifyResult =
  | { ok: true; kind: DerKind; node: Asn1Node; length: number }
  | { ok: false; reason: 'asn1-depth' | 'asn1-nodes' | 'not-der' };

const OID_PKCS7_SIGNED_DATA = '1.2.840.113549.1.7.2';
const OID_PKCS7_DATA = '1.2.840.113549.1.7.1';
const OID_PKCS7_ENCRYPTED_DATA = '1.2.840.113549.1.7.6';

/** Decodes the first DER object of `bytes` and names its kind. */
export function classifyDer(bytes: Uint8Array): ClassifyResult {
  const read = readDer(bytes);
  if (!read.ok) return read;
  return { ok: true, kind: kindOf(read.node), node: read.node, length: read.length };
}

function kindOf(node: Asn1Node): DerKind {
  if (!isUniversal(node, TAG.sequence)) return 'unknown';
  const [first, second, third] = childrenOf(node);
  const count = childrenOf(node).length;

  // ContentInfo { signedData, [0] SignedData }
  if (oidOf(first) === OID_PKCS7_SIGNED_DATA && isContext(second, 0)) return 'pkcs7';

  // PFX { version 3, authSafe ContentInfo { data | encryptedData, … }, macData? }
  if (smallIntegerOf(first) === 3 && isUniversal(second, TAG.sequence)) {
    const contentType = oidOf(childrenOf(second)[0]);
    if (contentType === OID_PKCS7_DATA || contentType === OID_PKCS7_ENCRYPTED_DATA) return 'pkcs12';
  }

  // Certificate and CertificationRequest are both { SEQUENCE info, AlgorithmIdentifier, BIT STRING }.
  if (
    count === 3 &&
    first &&
    isUniversal(first, TAG.sequence) &&
    isUniversal(second, TAG.sequence) &&
    isUniversal(third, TAG.bitString)
  ) {
    if (looksLikeTbsCertificate(first)) return 'certificate';
    if (looksLikeRequestInfo(first)) return 'csr';
    return 'unknown';
  }

  // SubjectPublicKeyInfo { AlgorithmIdentifier, BIT STRING }
  if (count === 2 && isAlgorithmIdentifier(first) && isUniversal(second, TAG.bitString)) return 'public-key';
  // EncryptedPrivateKeyInfo { AlgorithmIdentifier, OCTET STRING }
  if (count === 2 && isAlgorithmIdentifier(first) && isUniversal(second, TAG.octetString)) return 'private-key';
  // PrivateKeyInfo / OneAsymmetricKey { version 0|1, AlgorithmIdentifier, OCTET STRING, … }
  const version = smallIntegerOf(first);
  if ((version === 0 || version === 1) && isAlgorithmIdentifier(second) && isUniversal(third, TAG.octetString))
    return 'private-key';
  // ECPrivateKey { version 1, OCTET STRING, … }
  if (version === 1 && isUniversal(second, TAG.octetString)) return 'private-key';
  // RSAPrivateKey (9 INTEGERs) and OpenSSL's DSA private key (6 INTEGERs)
  if ((count === 9 || count === 6) && childrenOf(node).every((child) => isUniversal(child, TAG.integer)))
    return 'private-key';
  return 'unknown';
}

/** TBSCertificate: `[0] version`? then serial, signature, issuer, validity, subject, key. */
function looksLikeTbsCertificate(node: Asn1Node): boolean {
  const fields = childrenOf(node);
  const start = isContext(fields[0], 0) ? 1 : 0;
  if (!isUniversal(fields[start], TAG.integer)) return false;
  for (let offset = 1; offset <= 5; offset++) {
    if (!isUniversal(fields[start + offset], TAG.sequence)) return false;
  }
  return true;
}

/** CertificationRequestInfo: version 0, subject, key, `[0] attributes`. */
function looksLikeRequestInfo(node: Asn1Node): boolean {
  const fields = childrenOf(node);
  return (
    smallIntegerOf(fields[0]) === 0 &&
    isUniversal(fields[1], TAG.sequence) &&
    isUniversal(fields[2], TAG.sequence) &&
    (fields.length === 3 || isContext(fields[3], 0))
  );
}

function isAlgorithmIdentifier(node: Asn1Node | undefined): boolean {
  return isUniversal(node, TAG.sequence) && oidOf(childrenOf(node)[0]) !== null;
}
