import { equalBytes } from './bytes.ts';
import type { ParsedCertificate } from './certificate.ts';
import { MAX_CHAIN_LENGTH } from './limits.ts';
import { verifySignature, type SignatureCheck } from './signature.ts';

/**
 * Puts pasted certificates in chain order, leaf first, the way Windows builds a chain: a
 * certificate's issuer is one whose subject name has the same bytes as its issuer name (and
 * whose key identifier agrees, when both carry one), and whose key verifies its signature.
 */

/** One link: `subject` was issued by `issuer` (positions in the input list). */
export interface ChainLink {
  subject: number;
  issuer: number;
  signature: SignatureCheck;
}

export interface ChainAnalysis {
  /** Input positions of the leaf's chain, leaf first. */
  chain: number[];
  /** Input positions of the certificates that are not part of the leaf's chain, in input order. */
  unrelated: number[];
  links: ChainLink[];
  /** Self-signature check of every self-issued certificate (issuer name = subject name), by input position. */
  selfSignatures: Map<number, SignatureCheck>;
}

/**
 * Orders `certificates` (unique, in input order). `preferLeaf` breaks ties between leaf
 * candidates, e.g. "presents the host the admin typed".
 */
export async function analyzeChain(
  certificates: readonly ParsedCertificate[],
  preferLeaf: (certificate: ParsedCertificate) => boolean = () => false,
): Promise<ChainAnalysis> {
  const verified = new Map<string, Promise<SignatureCheck>>();
  const verify = (subject: number, issuer: number): Promise<SignatureCheck> => {
    const key = `${subject}:${issuer}`;
    let check = verified.get(key);
    if (!check) {
      check = verifySignature(certificates[subject]!, certificates[issuer]!);
      verified.set(key, check);
    }
    return check;
  };

  const selfSignatures = new Map<number, SignatureCheck>();
  for (const [index, certificate] of certificates.entries()) {
    if (mayHaveIssued(certificate, certificate)) selfSignatures.set(index, await verify(index, index));
  }

  const leaf = chooseLeaf(certificates, preferLeaf);
  const chain = [leaf];
  const links: ChainLink[] = [];
  let current = leaf;
  while (chain.length < MAX_CHAIN_LENGTH && !selfSignatures.has(current)) {
    const next = await findIssuer(certificates, current, chain, verify);
    if (!next) break;
    links.push({ subject: current, issuer: next.index, signature: next.signature });
    chain.push(next.index);
    current = next.index;
  }
  const unrelated = certificates.map((_, index) => index).filter((index) => !chain.includes(index));
  return { chain, unrelated, links, selfSignatures };
}

/** Names and key identifiers allow `issuer` to have issued `subject`. */
export function mayHaveIssued(subject: ParsedCertificate, issuer: ParsedCertificate): boolean {
  if (!equalBytes(subject.issuerDer, issuer.subjectDer)) return false;
  if (subject.authorityKeyId && issuer.subjectKeyId) return equalBytes(subject.authorityKeyId, issuer.subjectKeyId);
  return true;
}

/**
 * The leaf is a certificate that issued none of the others. Among several, prefer an end
 * entity (CA:FALSE) over a CA, then the caller's preference, then the earliest pasted.
 */
function chooseLeaf(
  certificates: readonly ParsedCertificate[],
  preferLeaf: (certificate: ParsedCertificate) => boolean,
): number {
  const indexes = certificates.map((_, index) => index);
  const issuesOthers = (candidate: number) =>
    indexes.some(
      (other) =>
        other !== candidate &&
        mayHaveIssued(certificates[other]!, certificates[candidate]!) &&
        !mayHaveIssued(certificates[candidate]!, certificates[other]!),
    );
  let candidates = indexes.filter((index) => !issuesOthers(index));
  // A loop of cross-signed certificates leaves no candidate; fall back to all of them.
  if (candidates.length === 0) candidates = indexes;
  const score = (index: number) => {
    const certificate = certificates[index]!;
    return (certificate.basicConstraints?.ca ? 0 : 2) + (preferLeaf(certificate) ? 1 : 0);
  };
  return candidates.reduce((best, index) => (score(index) > score(best) ? index : best), candidates[0] ?? 0);
}

/** The pasted issuer of `current`: one whose signature verifies, else one we cannot check, else any name match. */
async function findIssuer(
  certificates: readonly ParsedCertificate[],
  current: number,
  chain: readonly number[],
  verify: (subject: number, issuer: number) => Promise<SignatureCheck>,
): Promise<{ index: number; signature: SignatureCheck } | null> {
  let fallback: { index: number; signature: SignatureCheck } | null = null;
  for (const [index, candidate] of certificates.entries()) {
    if (chain.includes(index) || !mayHaveIssued(certificates[current]!, candidate)) continue;
    const signature = await verify(current, index);
    if (signature === 'valid') return { index, signature };
    if (!fallback || (fallback.signature === 'invalid' && signature === 'unsupported')) fallback = { index, signature };
  }
  return fallback;
}
