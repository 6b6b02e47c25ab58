/**
 * Reads the report that `public/tools/trustkb-tls-report.ps1` prints on an E-mail Router computer
 * (format: "trustkb .NET TLS report 1"), whole or in part, out of whatever was pasted around it.
 *
 * The labels are fixed English whatever the Windows language, and every value search cares about
 * is a .NET enum name from a closed list, so the reader matches labels and known names only: the
 * localized messages, subjects, thumbprints and PEM blocks around them never reach a decision.
 * It also reads the report after a single-line field has joined its lines, with a space or with
 * nothing between them ("…ChainErrorsChain status: …"), because the header search box is a
 * single-line field and the browser joins a pasted report before search sees it.
 */
import { certificateIsSelfIssued } from './self-issued.ts';

// The .NET enum names have one list, the checker's; that module imports nothing, so search stays
// free of the checker's parser.
import {
  CHAIN_STATUS_FLAGS,
  SSL_POLICY_ERROR_NAMES as SSL_POLICY_ERRORS,
  WEB_EXCEPTION_STATUSES,
  type ChainStatusFlag,
  type DotnetSslPolicyError as SslPolicyError,
  type WebExceptionStatusName,
} from '../checker/dotnet-names.ts';

export { CHAIN_STATUS_FLAGS, SSL_POLICY_ERRORS, WEB_EXCEPTION_STATUSES };
export type { ChainStatusFlag, SslPolicyError, WebExceptionStatusName };

export interface DotnetReport {
  /**
   * The `SslPolicyErrors:` flags (empty for `None`); `not-reached` when the validation callback
   * never ran; undefined when the paste has no such line.
   */
  policyErrors: readonly SslPolicyError[] | 'not-reached' | undefined;
  /** Every flag of `Chain status:` and of every element's `Status:`. */
  chainStatus: ReadonlySet<ChainStatusFlag>;
  /** Each `Chain element N:` block's status flags, in the order printed. */
  elements: readonly (readonly ChainStatusFlag[])[];
  result: ReportResult | undefined;
  /**
   * Whether the server's certificate (the first PEM block) names itself as its issuer; undefined
   * when the paste has no PEM block that can be read.
   */
  serverCertificateSelfIssued: boolean | undefined;
}

export type ReportResult =
  { status: 'Accepted'; httpStatus: number } | { status: WebExceptionStatusName; messages: string[] };

/** Long enough for a report with a few PEM blocks inside a mail; reading stays linear. */
const MAX_REPORT = 100_000;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so a name that begins another name cannot cut it short. */
const alternation = (names: readonly string[]) =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
const listOf = (names: readonly string[]) => `(?:${alternation(names)})(?:\\s*,\\s*(?:${alternation(names)}))*`;

const POLICY_VALUE = `\\(not reached\\)|None|${listOf(SSL_POLICY_ERRORS)}`;
const CHAIN_VALUE = `NoError|${listOf(CHAIN_STATUS_FLAGS)}`;
/** What may follow a value: its line's end, or the next label when the lines were joined. */
const NEXT_LABEL =
  '(?=[ \\t]*(?:\\r?\\n|$)|\\s*(?:Chain status:|Chain element \\d+:|Thumbprint:|Status:|Result:|Certificates sent by the server:|End of trustkb))';

const HEADER = /trustkb \.NET TLS report \d/;
// A partial paste is recognized by a label that starts a line and holds a valid value, so prose
// that mentions SslPolicyErrors ("my SslPolicyErrors is RemoteCertificateChainErrors") is not.
const POLICY_LINE = new RegExp(`(?:^|\\n)[ \\t]*SslPolicyErrors:[ \\t]*(?:${POLICY_VALUE})${NEXT_LABEL}`);
const ELEMENT_LINE = new RegExp(`(?:^|\\n)[ \\t]*Chain element \\d+:`);

const POLICY = new RegExp(`SslPolicyErrors:\\s*(${POLICY_VALUE})`);
const CHAIN_STATUS = new RegExp(`Chain status:\\s*(${CHAIN_VALUE})`);
const ELEMENT = /Chain element \d+:/g;
const ELEMENT_END = /Result:|Certificates sent by the server:|End of trustkb|-----BEGIN/;
// Case matters: "Chain status:" is the whole chain's line, "Status:" an element's.
const ELEMENT_STATUS = new RegExp(`Status:\\s*(${CHAIN_VALUE})`);
const RESULT = new RegExp(`Result:\\s*(?:Accepted \\(HTTP (\\d{3})|(${alternation(WEB_EXCEPTION_STATUSES)}):)`);
const INNER = /Inner:\s*[\w.`]+:/g;
const MESSAGE_END = /\r?\n|Inner:|Certificates sent by the server:|End of trustkb|-----BEGIN/;
const PEM = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/;

/** The report in the paste, or null when the paste is not (a part of) one. */
export function readDotnetReport(paste: string): DotnetReport | null {
  const text = paste.slice(0, MAX_REPORT);
  if (!HEADER.test(text) && !POLICY_LINE.test(text) && !ELEMENT_LINE.test(text)) return null;

  const policy = POLICY.exec(text)?.[1];
  const elementStarts = [...text.matchAll(ELEMENT)].map((match) => match.index + match[0].length);
  const elements = elementStarts.map((start, index) => {
    let block = text.slice(start, elementStarts[index + 1] ?? text.length);
    const end = ELEMENT_END.exec(block);
    if (end) block = block.slice(0, end.index);
    return namesIn(ELEMENT_STATUS.exec(block)?.[1], CHAIN_STATUS_FLAGS);
  });
  const chainStatus = new Set([...namesIn(CHAIN_STATUS.exec(text)?.[1], CHAIN_STATUS_FLAGS), ...elements.flat()]);
  return {
    policyErrors:
      policy === undefined ? undefined : policy.startsWith('(') ? 'not-reached' : namesIn(policy, SSL_POLICY_ERRORS),
    chainStatus,
    elements,
    result: readResult(text),
    serverCertificateSelfIssued: readServerCertificate(text),
  };
}

function namesIn<Name extends string>(value: string | undefined, names: readonly Name[]): Name[] {
  if (!value) return [];
  // Longest first, as in the pattern: "NotTimeValid" must not be read out of "CtlNotTimeValid".
  const pattern = new RegExp(alternation(names), 'g');
  return [...value.matchAll(pattern)].map((match) => match[0] as Name);
}

function readResult(text: string): ReportResult | undefined {
  const match = RESULT.exec(text);
  if (!match) return undefined;
  if (match[1]) return { status: 'Accepted', httpStatus: Number(match[1]) };
  const messages = [messageAt(text, match.index + match[0].length)];
  for (const inner of text.slice(match.index).matchAll(INNER))
    messages.push(messageAt(text, match.index + inner.index + inner[0].length));
  return { status: match[2] as WebExceptionStatusName, messages: messages.filter((message) => message.length > 0) };
}

/** The exception message that starts at `start`: up to its line's end or the next label. */
function messageAt(text: string, start: number): string {
  const rest = text.slice(start);
  const end = MESSAGE_END.exec(rest);
  return (end ? rest.slice(0, end.index) : rest).trim();
}

/** The server's certificate is printed first after "Certificates sent by the server:". */
function readServerCertificate(text: string): boolean | undefined {
  const sent = text.indexOf('Certificates sent by the server:');
  const block = PEM.exec(sent >= 0 ? text.slice(sent) : text)?.[1];
  return block === undefined ? undefined : certificateIsSelfIssued(block);
}
