import type { CertificateInfo, Diagnosis, Finding, FindingId } from '../../checker/index.ts';
import { sanitize } from '../../explain/sanitize.ts';
import type { VerdictKind } from '../../i18n/checker/types.ts';

/**
 * What the results show, worked out from a Diagnosis without touching the DOM (so it is unit
 * tested): the verdict to announce, the findings to list, each certificate's role and name,
 * validity in days, the name that matched, and the chain from the leaf to where it ends.
 */

/** One check: what was diagnosed, against which URL as typed, at which moment. */
export interface CheckResult {
  diagnosis: Diagnosis;
  url: string;
  now: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Certificate text as shown: control and bidirectional characters made visible (as the CLI does). */
export const shown = (text: string): string => sanitize(text);

/** `accept | reject | depends`, or what the banner says when there is no verdict yet. */
export function verdictOf({ diagnosis, url }: CheckResult): VerdictKind | 'waiting' {
  if (diagnosis.certificates.length === 0) return 'nothing';
  if (url.trim() === '') return 'waiting';
  const accepts = diagnosis.verdict.routerAccepts;
  return accepts === true ? 'accept' : accepts === 'depends' ? 'depends' : 'reject';
}

/** The `data-verdict` value: there is no fourth value, so "nothing to check" counts as reject. */
export function verdictAttribute(kind: VerdictKind | 'waiting'): string | null {
  return kind === 'waiting' ? null : kind === 'nothing' ? 'reject' : kind;
}

/** The findings to list: most severe first (as diagnose() orders them), without "no URL" while none was typed. */
export function findingsToShow({ diagnosis, url }: CheckResult): Finding[] {
  return diagnosis.findings.filter((finding) => !(url.trim() === '' && finding.id === 'url.invalid'));
}

/** Indices of the certificates that are not part of the leaf's chain. */
export function unrelatedCertificates(diagnosis: Diagnosis): Set<number> {
  return new Set(
    diagnosis.findings
      .filter((finding) => finding.id === 'chain.unrelated')
      .map((finding) => finding.certificate ?? -1),
  );
}

export type Role = 'leaf' | 'intermediate' | 'root' | 'unrelated';

export function roleOf(diagnosis: Diagnosis, index: number): Role {
  if (unrelatedCertificates(diagnosis).has(index)) return 'unrelated';
  if (index === 0) return 'leaf';
  return diagnosis.certificates[index]?.selfSigned ? 'root' : 'intermediate';
}

/** A short name for a certificate: its common name, else its whole subject. */
export function certificateName(certificate: CertificateInfo | undefined): string {
  if (!certificate) return '?';
  return shown(certificate.commonName ?? (certificate.subject || '—'));
}

export type Validity =
  { state: 'expired'; days: number } | { state: 'not-yet-valid'; days: number } | { state: 'valid'; days: number };

/** Whole days, as the checker counts them: expired N days ago, expires in N days (0: today). */
export function validityOf(certificate: CertificateInfo, now: Date): Validity {
  const notBefore = new Date(certificate.notBefore).getTime();
  const notAfter = new Date(certificate.notAfter).getTime();
  if (now.getTime() < notBefore)
    return { state: 'not-yet-valid', days: Math.ceil((notBefore - now.getTime()) / DAY_MS) };
  if (now.getTime() > notAfter) return { state: 'expired', days: Math.floor((now.getTime() - notAfter) / DAY_MS) };
  return { state: 'valid', days: Math.floor((notAfter - now.getTime()) / DAY_MS) };
}

/** The leaf's name that covered the host: a SAN entry, or (by Windows' old rule) the CN. Null when none did. */
export function matchedName(diagnosis: Diagnosis): { name: string; inCommonName: boolean } | null {
  const match = diagnosis.findings.find((finding) => finding.id === 'name.match' || finding.id === 'name.legacy-only');
  const name = match?.params?.name;
  if (typeof name !== 'string') return null;
  return { name, inCommonName: match?.params?.rule === 'cn-without-san' };
}

/** A status of one link of the chain; words for each live in CheckerWords.chain.status. */
export type ChainStatus =
  'publicRoot' | 'privateRoot' | 'selfSigned' | 'badSignature' | 'expired' | 'notYetValid' | 'notCa';

export type ChainNode =
  | { kind: 'certificate'; index: number; statuses: ChainStatus[]; broken: boolean }
  | { kind: 'missing'; issuer: string }
  | { kind: 'public-root'; root: string };

const BREAKING: readonly ChainStatus[] = ['selfSigned', 'badSignature', 'expired', 'notYetValid', 'notCa'];
const STATUS_OF: Partial<Record<FindingId, ChainStatus>> = {
  'trust.self-signed': 'selfSigned',
  'trust.private-root': 'privateRoot',
  'chain.bad-signature': 'badSignature',
  'chain.issuer-not-ca': 'notCa',
  'time.expired': 'expired',
  'time.not-yet-valid': 'notYetValid',
};

/** The chain from the leaf to its end: a root, a public root that was not pasted, or a missing issuer. */
export function chainOf(diagnosis: Diagnosis): ChainNode[] {
  const unrelated = unrelatedCertificates(diagnosis);
  const nodes: ChainNode[] = diagnosis.certificates
    .map((_, index) => index)
    .filter((index) => !unrelated.has(index))
    .map((index) => {
      const statuses = new Set<ChainStatus>();
      for (const finding of diagnosis.findings) {
        if (finding.certificate !== index) continue;
        const status =
          finding.id === 'trust.public-root'
            ? finding.params?.pasted === false
              ? undefined
              : 'publicRoot'
            : STATUS_OF[finding.id];
        if (status) statuses.add(status);
      }
      const list = [...statuses];
      return {
        kind: 'certificate' as const,
        index,
        statuses: list,
        broken: list.some((status) => BREAKING.includes(status)),
      };
    });
  for (const finding of diagnosis.findings) {
    if (finding.id === 'chain.incomplete')
      nodes.push({ kind: 'missing', issuer: shown(String(finding.params?.issuer ?? '')) });
    if (finding.id === 'trust.public-root' && finding.params?.pasted === false)
      nodes.push({ kind: 'public-root', root: shown(String(finding.params.root ?? '')) });
  }
  return nodes;
}
