import type { FindingId, FindingParam, Severity } from '../../checker/index.ts';
import type { UsageError } from '../args.ts';

/** What a finding message may use besides its parameters. */
export interface MessageContext {
  /** `#1`-style label of the certificate the finding is about ('' when none). */
  certificate: string;
  /** Label of another certificate, by its index (for `params.issuer`, `params.issued`). */
  certificateLabel: (index: number) => string;
  date: (iso: string) => string;
}

export type Params = Record<string, FindingParam> | undefined;

/** One language of the CLI. TypeScript checks that every finding id has a message. */
export interface CliStrings {
  usage: string;
  usageError: (error: UsageError) => string;
  cannotRead: (file: string, reason: string) => string;
  connectFailed: (target: string, reason: string) => string;
  linksUnavailable: (reason: string) => string;
  verdict: { accepts: string; rejects: string; depends: string; nothing: string };
  expectedFlags: string;
  heading: {
    host: string;
    noHost: string;
    presentedBy: (target: string) => string;
    certificates: string;
    findings: string;
    noFindings: string;
  };
  field: {
    issuer: string;
    validity: string;
    dnsNames: string;
    ipAddresses: string;
    key: string;
    thumbprint: string;
    source: string;
    selfSigned: string;
    ca: string;
  };
  keyDescription: (algorithm: string, bits: number | undefined, curve: string | undefined) => string;
  source: (format: string, block: number, line: number | undefined, position: number | undefined) => string;
  /** How a certificate is referred to: `#1` in English, `č. 1` in Czech. */
  certificateLabel: (number: number) => string;
  severity: Record<Severity, string>;
  moreAt: string;
  findings: Record<FindingId, (params: Params, context: MessageContext) => string>;
}
