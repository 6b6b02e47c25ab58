import { AsnConvert } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, SubjectPublicKeyInfo } from '@peculiar/asn1-x509';
import { RsaSaPssParams } from '@peculiar/asn1-rsa';
import { BER_OPTIONS, childrenOf, integerBytes, readDer } from './asn1.ts';
import { toArrayBuffer } from './bytes.ts';
import type { ParsedCertificate } from './certificate.ts';
import { CURVES, HASH_ALGORITHMS, OID, SIGNATURE_ALGORITHMS } from './oids.ts';

/**
 * Signature verification with WebCrypto (RSA PKCS#1 v1.5, RSA-PSS, ECDSA P-256/P-384/P-521,
 * Ed25519). What WebCrypto cannot check (MD5, DSA, Ed448 in most browsers, unusual curves or
 * RSA exponents Chrome refuses) is 'unsupported', never 'invalid': the checker must not cry
 * "bad signature" about a signature it merely cannot compute.
 */
export type SignatureCheck = 'valid' | 'invalid' | 'unsupported';

/** What verifying needs of the issuer: its key, as bytes and as described. A pasted certificate or a public root's loaded key. */
export type IssuerKey = Pick<ParsedCertificate, 'spkiDer' | 'publicKey'>;

/**
 * Does `issuer`'s public key verify `certificate`'s signature? Never throws. A key that cannot
 * be read (an RSA key whose modulus does not parse, an EC point off its curve) verifies
 * nothing, as in CryptoAPI: that is 'invalid', not 'unsupported'.
 */
export async function verifySignature(certificate: ParsedCertificate, issuer: IssuerKey): Promise<SignatureCheck> {
  const plan = verificationPlan(certificate, issuer);
  if (plan === 'invalid' || plan === 'unsupported') return plan;
  let key: CryptoKey;
  try {
    key = await globalThis.crypto.subtle.importKey('spki', toArrayBuffer(plan.spki), plan.importParams, false, [
      'verify',
    ]);
  } catch (error) {
    // DataError: the bytes are not a key of that kind. Anything else (NotSupportedError, a
    // browser refusing an unusual RSA exponent) is WebCrypto's limit, not the certificate's fault.
    // (An RSA key that does not parse never gets here: its size is unknown, see verificationPlan.)
    const malformed = error instanceof Error && error.name === 'DataError' && !plan.importParams.name.startsWith('RSA');
    return malformed ? 'invalid' : 'unsupported';
  }
  try {
    const ok = await globalThis.crypto.subtle.verify(
      plan.verifyParams,
      key,
      toArrayBuffer(plan.signature),
      toArrayBuffer(certificate.tbs),
    );
    return ok ? 'valid' : 'invalid';
  } catch {
    return 'invalid';
  }
}

interface Plan {
  spki: Uint8Array;
  importParams: Algorithm | RsaHashedImportParams | EcKeyImportParams;
  verifyParams: Algorithm | RsaPssParams | EcdsaParams;
  signature: Uint8Array;
}

function verificationPlan(certificate: ParsedCertificate, issuer: IssuerKey): Plan | 'invalid' | 'unsupported' {
  const algorithm = SIGNATURE_ALGORITHMS[certificate.signatureOid];
  if (!algorithm) return 'unsupported';
  const keyAlgorithm = issuer.publicKey.algorithm;
  switch (algorithm.family) {
    case 'RSA': {
      if (keyAlgorithm !== 'RSA' && keyAlgorithm !== 'RSA-PSS') return 'invalid';
      // The key's size is known only when its modulus parsed: without it there is no key.
      if (issuer.publicKey.bits === undefined) return 'invalid';
      if (algorithm.hash === 'MD5' || !algorithm.hash) return 'unsupported';
      return {
        spki: asRsaEncryptionKey(issuer.spkiDer),
        importParams: { name: 'RSASSA-PKCS1-v1_5', hash: algorithm.hash },
        verifyParams: { name: 'RSASSA-PKCS1-v1_5' },
        signature: certificate.signature,
      };
    }
    case 'RSA-PSS': {
      if (keyAlgorithm !== 'RSA' && keyAlgorithm !== 'RSA-PSS') return 'invalid';
      if (issuer.publicKey.bits === undefined) return 'invalid';
      const pss = pssParameters(certificate.signatureParameters);
      if (!pss) return 'unsupported';
      return {
        spki: asRsaEncryptionKey(issuer.spkiDer),
        importParams: { name: 'RSA-PSS', hash: pss.hash },
        verifyParams: { name: 'RSA-PSS', saltLength: pss.saltLength },
        signature: certificate.signature,
      };
    }
    case 'ECDSA': {
      if (keyAlgorithm !== 'EC') return 'invalid';
      const curve = Object.values(CURVES).find((candidate) => candidate.name === issuer.publicKey.curve);
      if (!curve || !['P-256', 'P-384', 'P-521'].includes(curve.name) || !algorithm.hash) return 'unsupported';
      const signature = ecdsaSignatureToRaw(certificate.signature, Math.ceil(curve.bits / 8));
      if (!signature) return 'invalid';
      return {
        spki: issuer.spkiDer,
        importParams: { name: 'ECDSA', namedCurve: curve.name },
        verifyParams: { name: 'ECDSA', hash: algorithm.hash },
        signature,
      };
    }
    case 'EdDSA': {
      if (keyAlgorithm !== algorithm.name) return 'invalid';
      return {
        spki: issuer.spkiDer,
        importParams: { name: algorithm.name },
        verifyParams: { name: algorithm.name },
        signature: certificate.signature,
      };
    }
    default:
      return 'unsupported';
  }
}

/**
 * WebCrypto in Chrome imports RSA keys only under the rsaEncryption OID, so an id-RSASSA-PSS
 * key is re-wrapped; the key bits are the same.
 */
function asRsaEncryptionKey(spkiDer: Uint8Array): Uint8Array {
  try {
    const spki = AsnConvert.parse(spkiDer, SubjectPublicKeyInfo, { berOptions: BER_OPTIONS });
    if (spki.algorithm.algorithm === OID.rsaEncryption) return spkiDer;
    spki.algorithm = new AlgorithmIdentifier({ algorithm: OID.rsaEncryption, parameters: null });
    return new Uint8Array(AsnConvert.serialize(spki));
  } catch {
    return spkiDer;
  }
}

/** RSASSA-PSS parameters WebCrypto can use: MGF1 with the same hash as the message. */
function pssParameters(parameters: ArrayBuffer | null): { hash: string; saltLength: number } | null {
  try {
    const params = parameters
      ? AsnConvert.parse(parameters, RsaSaPssParams, { berOptions: BER_OPTIONS })
      : new RsaSaPssParams();
    const hash = HASH_ALGORITHMS[params.hashAlgorithm.algorithm];
    const mgfParameters = params.maskGenAlgorithm.parameters;
    const mgfHash = mgfParameters
      ? HASH_ALGORITHMS[AsnConvert.parse(mgfParameters, AlgorithmIdentifier, { berOptions: BER_OPTIONS }).algorithm]
      : 'SHA-1';
    if (!hash || hash !== mgfHash) return null;
    return { hash, saltLength: params.saltLength };
  } catch {
    return null;
  }
}

/** X.509 carries ECDSA signatures as DER `SEQUENCE { r, s }`; WebCrypto wants r‖s, each padded to the field size. */
function ecdsaSignatureToRaw(der: Uint8Array, size: number): Uint8Array | null {
  const read = readDer(der);
  if (!read.ok) return null;
  const integers = childrenOf(read.node).map(integerBytes);
  if (integers.length !== 2) return null;
  const output = new Uint8Array(size * 2);
  for (const [index, integer] of integers.entries()) {
    if (!integer) return null;
    let bytes = integer;
    while (bytes.length > 0 && bytes[0] === 0) bytes = bytes.subarray(1);
    if (bytes.length > size) return null;
    output.set(bytes, index * size + size - bytes.length);
  }
  return output;
}
