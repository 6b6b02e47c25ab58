import type { CertificateInfo, Diagnosis, Finding, FindingId, Verdict } from '../checker/index.ts';
import { sanitize } from './sanitize.ts';
import type { VerdictKind } from './words/types.ts';

/**
 * What the results show, worked out from a Diagnosis without touching the DOM, for the page,
 * the copied report and the CLI alike: the verdict to announce, the findings to list, a
 * certificate's short name, and the chain from the leaf to where it ends.
 */

/** One check: what was diagnosed, against which URL as typed, at which moment. */
export interface CheckResult {
  diagnosis: Diagnosis;
  url: string;
  now: Date;
}

/** Certificate text as shown: control and bidirectional characters made visible. */
export const shown = (text: string): string => sanitize(text);

/** The verdict in one word: the only place where `routerAccepts` is mapped. */
export function verdictKind({ routerAccepts }: Pick<Verdict, 'routerAccepts'>, certificateCount: number): VerdictKind {
  if (certificateCount === 0) return 'nothing';
  return routerAccepts === true ? 'accept' : routerAccepts === 'depends' ? 'depends' : 'reject';
}

/** The URL checked: the one typed, or a pasted .NET report's when none was typed. */
export function checkedUrl({ diagnosis, url }: CheckResult): string {
  const dotnet = diagnosis.dotnet;
  return url.trim() === '' && dotnet?.urlFrom === 'report' ? (dotnet.report.url ?? '') : url;
}

/** The verdict, or `waiting` while the page has a certificate but no URL yet. */
export function verdictOf(result: CheckResult): VerdictKind | 'waiting' {
  const kind = verdictKind(result.diagnosis.verdict, result.diagnosis.certificates.length);
  return kind !== 'nothing' && checkedUrl(result).trim() === '' ? 'waiting' : kind;
}

/** The `data-verdict` value: there is no fourth value, so "nothing to check" counts as reject. */
export function verdictAttribute(kind: VerdictKind | 'waiting'): 'accept' | 'reject' | 'depends' | null {
  return kind === 'waiting' ? null : kind === 'nothing' ? 'reject' : kind;
}

/** The findings to list: most severe first (as diagnose() orders them), without "no URL" while none was typed. */
export function findingsToShow(result: CheckResult): Finding[] {
  const noUrl = checkedUrl(result).trim() === '';
  return result.diagnosis.findings.filter((finding) => !(noUrl && finding.id === 'url.invalid'));
}

/** A short name for a certificate: its common name, else its whole subject. */
export function certificateName(certificate: CertificateInfo | undefined): string {
  if (!certificate) return '?';
  return shown(certificate.commonName ?? (certificate.subject || '—'));
}

/** A status of one link of the chain; words for each live in CheckerWords.chain.status. */
export type ChainStatus =
  | 'publicRoot'
  | 'privateRoot'
  | 'selfSigned'
  | 'badSignature'
  | 'expired'
  | 'notYetValid'
  | 'notCa'
  | 'pathLength'
  | 'unknownExtension'
  | 'nameConstraints';

export type ChainNode =
  | { kind: 'certificate'; index: number; statuses: ChainStatus[]; broken: boolean }
  | { kind: 'missing'; issuer: string }
  | { kind: 'public-root'; root: string };

const BREAKING: readonly ChainStatus[] = [
  'selfSigned',
  'badSignature',
  'expired',
  'notYetValid',
  'notCa',
  'pathLength',
  'unknownExtension',
  'nameConstraints',
];

/** Findings that describe a certificate's standing in the chain, as chain statuses. */
const STATUS_OF: Partial<Record<FindingId, ChainStatus>> = {
  'trust.self-signed': 'selfSigned',
  'trust.private-root': 'privateRoot',
  'chain.bad-signature': 'badSignature',
  'chain.issuer-not-ca': 'notCa',
  'chain.path-length': 'pathLength',
  'usage.unknown-critical-extension': 'unknownExtension',
  'chain.name-constraints': 'nameConstraints',
  'time.expired': 'expired',
  'time.not-yet-valid': 'notYetValid',
};

function statusOf(finding: Finding): ChainStatus | undefined {
  if (finding.id === 'trust.public-root') return finding.params.pasted ? 'publicRoot' : undefined;
  return STATUS_OF[finding.id];
}

/** The chain from the leaf to its end: a pasted root, a public root that was not pasted, or a missing issuer. */
export function chainOf(diagnosis: Diagnosis): ChainNode[] {
  if (!diagnosis.chain) return [];
  const nodes: ChainNode[] = diagnosis.chain.certificates.map((index) => {
    const statuses = new Set<ChainStatus>();
    for (const finding of diagnosis.findings) {
      const status = finding.certificate === index ? statusOf(finding) : undefined;
      if (status) statuses.add(status);
    }
    const list = [...statuses];
    return { kind: 'certificate', index, statuses: list, broken: list.some((status) => BREAKING.includes(status)) };
  });
  const { end } = diagnosis.chain;
  if (end.kind === 'missing-issuer') nodes.push({ kind: 'missing', issuer: shown(end.issuer) });
  if (end.kind === 'public-root') nodes.push({ kind: 'public-root', root: shown(end.root) });
  return nodes;
}
