import { childrenOf, encodedBytes, isContext, isUniversal, TAG, type Asn1Node } from './asn1.ts';

/**
 * Takes the certificates out of a PKCS#7 / CMS SignedData bundle (.p7b, .p7c), as the exact
 * bytes they were written with, so fingerprints and signatures stay those of the originals.
 * Order inside the bundle carries no meaning (it is a SET).
 */
export function certificatesFromPkcs7(contentInfo: Asn1Node): Uint8Array[] {
  // ContentInfo { contentType, [0] EXPLICIT SignedData }
  const signedData = childrenOf(childrenOf(contentInfo)[1])[0];
  if (!isUniversal(signedData, TAG.sequence)) return [];
  // SignedData { version, digestAlgorithms, encapContentInfo, [0] IMPLICIT CertificateSet?, … }
  const certificateSet = childrenOf(signedData).find((field) => isContext(field, 0));
  return childrenOf(certificateSet)
    .filter((choice) => isUniversal(choice, TAG.sequence))
    .map((choice) => encodedBytes(choice));
}
