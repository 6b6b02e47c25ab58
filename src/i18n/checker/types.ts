import type { FindingId, Severity } from '../../checker/index.ts';
import type { Params, Piece } from './pieces.ts';

/** How a finding is put into words: a short title and an explanation with its parameters. */
export interface FindingWords {
  title: string;
  /** `about` is the index of the certificate the finding is about, if any. */
  explain: (params: Params, about: number | undefined) => Piece[];
}

export type VerdictKind = 'accept' | 'reject' | 'depends' | 'nothing';

/**
 * The words of the checker's results in one language. They are loaded by the browser together
 * with the parser (the page's own labels are i18next strings under `checker.` in ../en.ts and
 * ../cs.ts). TypeScript makes every finding id need words; a unit test checks both languages.
 */
export interface CheckerWords {
  verdict: Record<VerdictKind, { title: string; text: string }>;
  /** Lead-in of the SslPolicyErrors list, and what to say when there are none. */
  dotnetFlags: string;
  dotnetNone: string;
  waiting: { url: string; certificate: string };
  severity: Record<Severity, string>;
  findings: Record<FindingId, FindingWords>;
  /** Lead-in of a finding's article links: for errors and warnings, and for notes. */
  readMore: { problem: string; note: string };
  headings: { findings: string; certificates: string; chain: string };
  checkedFor: (host: string, date: string) => Piece[];
  role: { leaf: string; intermediate: string; root: string; unrelated: string };
  /** `Certificate 2`: how a certificate is numbered on its card. */
  certificateNumber: (number: number) => string;
  field: {
    subject: string;
    issuer: string;
    names: string;
    noNames: string;
    commonName: string;
    hostBeside: string;
    matched: string;
    validity: string;
    key: string;
    signature: string;
    serial: string;
    sha1: string;
    sha256: string;
    usages: string;
    anyUsage: string;
    ca: string;
    source: string;
    selfSigned: string;
  };
  validity: {
    expiresIn: (days: number) => string;
    expiredAgo: (days: number) => string;
    validIn: (days: number) => string;
    today: string;
  };
  keyDescription: (algorithm: string, bits: number | undefined, curve: string | undefined) => string;
  source: (format: string, block: number, line: number | undefined, position: number | undefined) => string;
  chain: {
    label: string;
    signedBy: string;
    breaks: string;
    missingIssuer: (issuer: string) => Piece[];
    publicRoot: (root: string) => Piece[];
    status: {
      publicRoot: string;
      privateRoot: string;
      selfSigned: string;
      badSignature: string;
      expired: string;
      notYetValid: string;
      notCa: string;
    };
    unrelated: string;
  };
  copy: { button: string; fingerprint: (name: string) => string; copied: string; failed: string };
  report: {
    copyText: string;
    copyMarkdown: string;
    copied: string;
    title: string;
    url: string;
    host: string;
    checked: string;
    verdict: string;
    more: string;
  };
  date: (iso: string) => string;
}
