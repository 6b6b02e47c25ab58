/**
 * Whether a PEM certificate names itself as its issuer (subject and issuer are the same DER), the
 * mark of a self-signed server certificate. Search needs only this one fact from a pasted report,
 * so it walks the few DER headers in front of the two names instead of loading the checker's
 * certificate parser into the search code.
 */

import { decodeBase64, readHeader } from './der.ts';

/** True or false for a readable certificate; undefined when the base64 is not a certificate. */
export function certificateIsSelfIssued(pemBody: string): boolean | undefined {
  try {
    const der = decodeBase64(pemBody);
    const certificate = readHeader(der, 0);
    const toBeSigned = readHeader(der, certificate.contentStart);
    let at = toBeSigned.contentStart;
    if (der[at] === 0xa0) at = readHeader(der, at).end; // [0] version, absent in version 1
    at = readHeader(der, at).end; // serial number
    at = readHeader(der, at).end; // signature algorithm
    const issuer = readHeader(der, at);
    const validity = readHeader(der, issuer.end);
    const subject = readHeader(der, validity.end);
    if (der[issuer.start] !== SEQUENCE || der[subject.start] !== SEQUENCE) return undefined;
    return sameBytes(der.subarray(issuer.start, issuer.end), der.subarray(subject.start, subject.end));
  } catch {
    return undefined;
  }
}

const SEQUENCE = 0x30;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
