import { equalBytes } from './bytes.ts';
import { parsePublicKey, type ParsedCertificate } from './certificate.ts';
import type { UnusedIssuerReason } from './finding-params.ts';
import { MAX_CHAIN_LENGTH, MAX_PATH_STEPS } from './limits.ts';
import { verifySignature, type SignatureCheck } from './signature.ts';
import {
  isPublicRoot,
  loadPublicRootKey,
  publicIssuerKeys,
  publicRootKeyHash,
  type PublicRootKeyLoader,
} from './trust.ts';

/**
 * Builds the chain from the leaf the way CryptoAPI does: every certificate whose subject name
 * has the same bytes as the current issuer name (and whose key identifier agrees, when both
 * carry one) is a candidate issuer, and so is a public root of that name, which Windows takes
 * from its store. All paths are tried; the best one wins: signatures that verify first, then
 * certificates that are time-valid, then a path that ends at a root (public, then self-signed)
 * rather than at a missing issuer, then the shorter path. A pasted copy of a public root
 * (cross-signed by another CA) ends the path at the store's root, as on Windows.
 */

/** One link: `subject` was issued by `issuer` (positions in the input list). */
export interface ChainLink {
  subject: number;
  issuer: number;
  signature: SignatureCheck;
}

/** Where the chosen path ends, above its last pasted certificate. */
export type PathEnd =
  /** The last certificate issued itself (a root, or a self-signed leaf). */
  | { kind: 'self-issued' }
  /**
   * Issued by a public root that Windows has in its store. `copy` is the pasted certificate
   * with that root's name and key (a cross-signed copy) that Windows leaves out for the
   * store's root; `signature` is the root key's verdict on the last certificate, or
   * `unavailable` when the key could not be loaded.
   */
  | { kind: 'public-root'; copy: number | null; keyHash: string; signature: SignatureCheck | 'unavailable' }
  /** Nobody supplied the issuer. */
  | { kind: 'missing' };

/** A pasted certificate that could have issued one in the chain but was left out, and why. */
export interface UnusedIssuer {
  index: number;
  reason: UnusedIssuerReason;
  /** The chain certificate used in its place (same subject name), if any. */
  instead: number | null;
}

export interface ChainAnalysis {
  /** Input positions of the leaf's chain, leaf first. */
  chain: number[];
  end: PathEnd;
  /** Candidate issuers that the chosen path does not use. */
  unused: UnusedIssuer[];
  /** Input positions of the certificates that are neither in the chain nor candidate issuers, in input order. */
  unrelated: number[];
  links: ChainLink[];
  /** Self-signature check of every self-issued certificate (issuer name = subject name), by input position. */
  selfSignatures: Map<number, SignatureCheck>;
}

export interface ChainOptions {
  /** Breaks ties between leaf candidates, e.g. "presents the host the admin typed". */
  preferLeaf?: (certificate: ParsedCertificate) => boolean;
  /** Is this certificate inside its validity period at the moment judged? */
  timeValid?: (certificate: ParsedCertificate) => boolean;
  /** Loads a public root's key by its table hash; without it such signatures stay unchecked. */
  publicRootKey?: PublicRootKeyLoader;
}

interface Path {
  chain: number[];
  end: PathEnd;
}

/** Orders `certificates` (unique, in input order) into the path CryptoAPI would build. */
export async function analyzeChain(
  certificates: readonly ParsedCertificate[],
  options: ChainOptions = {},
): Promise<ChainAnalysis> {
  const timeValid = options.timeValid ?? (() => true);
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
  const byPublicRoot = publicRootVerifier(certificates, options.publicRootKey);
  const publicCopy = memo((index: number) => isPublicRoot(certificates[index]!));
  const publicIssuers = memo((index: number) => publicIssuerKeys(certificates[index]!));
  const keyHash = memo((index: number) => publicRootKeyHash(certificates[index]!.spkiDer));

  const selfSignatures = new Map<number, SignatureCheck>();
  for (const [index, certificate] of certificates.entries()) {
    if (mayHaveIssued(certificate, certificate)) selfSignatures.set(index, await verify(index, index));
  }

  const leaf = chooseLeaf(certificates, options.preferLeaf ?? (() => false));
  const paths: Path[] = [];
  const candidatesSeen = new Set<number>();
  let steps = 0;
  const explore = async (chain: number[]): Promise<void> => {
    if (++steps > MAX_PATH_STEPS) return;
    const top = chain[chain.length - 1]!;
    // A self-issued certificate whose own key verifies it is a root. One whose key does not may be
    // a key-rollover certificate signed by another key of the same name: look for that issuer.
    const selfCheck = selfSignatures.get(top);
    if (selfCheck !== undefined && selfCheck !== 'invalid') {
      paths.push({ chain, end: { kind: 'self-issued' } });
      return;
    }
    if (chain.length >= MAX_CHAIN_LENGTH) {
      paths.push({ chain, end: { kind: 'missing' } });
      return;
    }
    let found = false;
    const pastedKeys = new Set<string>();
    for (const [index, candidate] of certificates.entries()) {
      if (chain.includes(index) || !mayHaveIssued(certificates[top]!, candidate)) continue;
      found = true;
      candidatesSeen.add(index);
      pastedKeys.add(await keyHash(index));
      if (!mayHaveIssued(candidate, candidate) && (await publicCopy(index))) {
        // A cross-signed copy of a public root: Windows ends the chain at the root in its store.
        const end = {
          kind: 'public-root',
          copy: index,
          keyHash: await keyHash(index),
          signature: await verify(top, index),
        } as const;
        paths.push({ chain, end });
      } else {
        await explore([...chain, index]);
      }
    }
    // The store's copy of a public root that was pasted adds nothing: the pasted one was tried.
    for (const rootKey of await publicIssuers(top)) {
      if (pastedKeys.has(rootKey)) continue;
      found = true;
      const end = {
        kind: 'public-root',
        copy: null,
        keyHash: rootKey,
        signature: await byPublicRoot(top, rootKey),
      } as const;
      paths.push({ chain, end });
    }
    if (!found) paths.push({ chain, end: selfCheck === 'invalid' ? { kind: 'self-issued' } : { kind: 'missing' } });
  };
  await explore([leaf]);

  const score = async (path: Path): Promise<number[]> => {
    const signatures = await Promise.all(path.chain.slice(1).map((issuer, step) => verify(path.chain[step]!, issuer)));
    const top = path.chain[path.chain.length - 1]!;
    if (path.end.kind === 'self-issued') signatures.push(selfSignatures.get(top)!);
    if (path.end.kind === 'public-root' && path.end.signature !== 'unavailable') signatures.push(path.end.signature);
    const endRank = { 'public-root': 2, 'self-issued': 1, missing: 0 }[path.end.kind];
    return [
      signatures.includes('invalid') ? 0 : 1,
      -path.chain.filter((index) => !timeValid(certificates[index]!)).length,
      endRank,
      -path.chain.length,
    ];
  };
  let best = paths[0] ?? { chain: [leaf], end: { kind: 'missing' } };
  let bestScore = await score(best);
  for (const path of paths.slice(1)) {
    const candidateScore = await score(path);
    if (isBetter(candidateScore, bestScore)) [best, bestScore] = [path, candidateScore];
  }

  const chain = best.chain;
  const links: ChainLink[] = [];
  for (let step = 1; step < chain.length; step++) {
    links.push({
      subject: chain[step - 1]!,
      issuer: chain[step]!,
      signature: await verify(chain[step - 1]!, chain[step]!),
    });
  }
  const unused = await unusedIssuers(certificates, chain, best.end, candidatesSeen, timeValid, verify);
  const left = new Set([...chain, ...unused.map((entry) => entry.index)]);
  const unrelated = certificates.map((_, index) => index).filter((index) => !left.has(index));
  return { chain, end: best.end, unused, unrelated, links, selfSignatures };
}

/** Names and key identifiers allow `issuer` to have issued `subject`. */
export function mayHaveIssued(subject: ParsedCertificate, issuer: ParsedCertificate): boolean {
  if (!equalBytes(subject.issuerDer, issuer.subjectDer)) return false;
  if (subject.authorityKeyId && issuer.subjectKeyId) return equalBytes(subject.authorityKeyId, issuer.subjectKeyId);
  return true;
}

function isBetter(candidate: readonly number[], best: readonly number[]): boolean {
  for (const [position, value] of candidate.entries()) {
    if (value !== best[position]) return value > best[position]!;
  }
  return false;
}

function memo<T>(compute: (index: number) => Promise<T>): (index: number) => Promise<T> {
  const cache = new Map<number, Promise<T>>();
  return (index) => {
    let value = cache.get(index);
    if (!value) {
      value = compute(index);
      cache.set(index, value);
    }
    return value;
  };
}

/** Verifies a certificate with a public root's key, loading that key once, only when a path needs it. */
function publicRootVerifier(
  certificates: readonly ParsedCertificate[],
  loader: PublicRootKeyLoader | undefined,
): (subject: number, keyHash: string) => Promise<SignatureCheck | 'unavailable'> {
  const keys = new Map<string, ReturnType<typeof parsePublicKey> | Promise<ReturnType<typeof parsePublicKey>>>();
  return async (subject, keyHash) => {
    if (!keys.has(keyHash)) {
      keys.set(
        keyHash,
        loadPublicRootKey(loader, keyHash).then((spki) => (spki ? parsePublicKey(spki) : null)),
      );
    }
    const key = await keys.get(keyHash);
    return key ? verifySignature(certificates[subject]!, key) : 'unavailable';
  };
}

/** Why each candidate issuer outside the chosen chain was left out. */
async function unusedIssuers(
  certificates: readonly ParsedCertificate[],
  chain: readonly number[],
  end: PathEnd,
  candidates: ReadonlySet<number>,
  timeValid: (certificate: ParsedCertificate) => boolean,
  verify: (subject: number, issuer: number) => Promise<SignatureCheck>,
): Promise<UnusedIssuer[]> {
  const unused: UnusedIssuer[] = [];
  for (const index of [...candidates].sort((a, b) => a - b)) {
    if (chain.includes(index)) continue;
    const candidate = certificates[index]!;
    const instead =
      chain.find((used) => used !== chain[0] && equalBytes(certificates[used]!.subjectDer, candidate.subjectDer)) ??
      null;
    const sameKeyRoot =
      instead !== null &&
      mayHaveIssued(certificates[instead]!, certificates[instead]!) &&
      equalBytes(certificates[instead]!.spkiDer, candidate.spkiDer);
    let reason: UnusedIssuer['reason'];
    if (end.kind === 'public-root' && end.copy === index) reason = 'public-root';
    else if (sameKeyRoot) reason = 'self-signed-root';
    else if (!timeValid(candidate)) reason = 'time-invalid';
    else if (await issuedBadly(certificates, chain, index, verify)) reason = 'bad-signature';
    else reason = 'other-path';
    unused.push({ index, reason, instead });
  }
  return unused;
}

/** The candidate's key fails to verify the chain certificate it would have issued. */
async function issuedBadly(
  certificates: readonly ParsedCertificate[],
  chain: readonly number[],
  candidate: number,
  verify: (subject: number, issuer: number) => Promise<SignatureCheck>,
): Promise<boolean> {
  for (const subject of chain) {
    if (mayHaveIssued(certificates[subject]!, certificates[candidate]!)) {
      if ((await verify(subject, candidate)) === 'invalid') return true;
    }
  }
  return false;
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
