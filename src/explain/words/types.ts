import type {
  AspectComparison,
  ChainStatusFlag,
  DotnetAspect,
  DotnetComparison,
  DotnetSslPolicyError,
  FindingId,
  FindingOf,
  OverallComparison,
  Severity,
  WebExceptionStatusName,
} from '../../checker/index.ts';
import type { Piece } from '../pieces.ts';

/** How a finding of one kind is put into words: a short title and an explanation from its parameters. */
export interface FindingWords<Id extends FindingId> {
  title: string;
  explain: (finding: FindingOf<Id>) => Piece[];
}

export type VerdictKind = 'accept' | 'reject' | 'depends' | 'nothing';

/**
 * The words of the checker's results in one language, for the page, the copied report and the
 * `trustcheck` CLI alike. The browser loads them together with the parser (the page's own
 * labels are i18next strings under `checker.` in src/i18n/). TypeScript makes every finding id
 * need words, typed by that finding's parameters; a unit test checks both languages.
 */
export interface CheckerWords {
  verdict: Record<VerdictKind, { title: string; text: string }>;
  /** Lead-in of the SslPolicyErrors list, and what to say when there are none. */
  dotnetFlags: string;
  dotnetNone: string;
  waiting: { url: string; certificate: string };
  severity: Record<Severity, string>;
  findings: { [Id in FindingId]: FindingWords<Id> };
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
      pathLength: string;
      unknownExtension: string;
      nameConstraints: string;
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
  dotnet: DotnetWords;
}

/** Why nothing could be compared (`DotnetComparison` when it is not comparable). */
export type NotComparableReason = Extract<DotnetComparison, { comparable: false }>['reason'];

/** The words of the section on a pasted .NET report: its fields, the meaning of each flag, the comparison. */
export interface DotnetWords {
  heading: string;
  /** Heading of the report's own lines. */
  details: string;
  /** Lead-in of the checker's predicted SslPolicyErrors when a real report is beside them. */
  predicted: string;
  field: {
    url: string;
    account: string;
    time: string;
    clr: string;
    windows: string;
    protocols: string;
    revocationCheck: string;
    sslPolicyErrors: string;
    chainStatus: string;
    /** `Chain element 0 (server certificate)`, numbered as the report numbers them. */
    element: (index: number) => string;
    thumbprint: string;
    status: string;
    statusInformation: string;
    result: string;
    inner: string;
    sent: string;
  };
  yes: string;
  no: string;
  /** `SslPolicyErrors: (not reached)`. */
  notReached: string;
  /** The meaning of a flag name the checker does not know. */
  unknownFlag: string;
  /** Short meanings, from the .NET documentation, in our own words. */
  flag: Record<'None' | 'NoError' | DotnetSslPolicyError | ChainStatusFlag, string>;
  result: Record<'accepted' | WebExceptionStatusName, string>;
  unknownResult: string;
  /** No URL was typed, so the report's was checked. */
  urlFromReport: Piece[];
  /** The URL typed names another host than the one .NET connected to. */
  otherHost: (reportHost: string, host: string) => Piece[];
  /** Chain element 0 is not the certificate the checker judged. */
  otherCertificate: string;
  /** The report has no end line. */
  incomplete: string;
  /** Something went past the parser's caps. */
  capped: string;
  comparison: {
    heading: string;
    aspect: Record<DotnetAspect, string>;
    overall: (overall: OverallComparison, account: string | null) => Piece[];
    /** `titles`: the checker's findings of this aspect, as their titles. */
    aspectSentence: (aspect: AspectComparison, titles: string[]) => Piece[];
    notComparable: (reason: NotComparableReason, sentCount: number | null) => Piece[];
  };
}
