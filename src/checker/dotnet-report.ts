import {
  CHAIN_STATUS_FLAGS,
  SSL_POLICY_ERROR_NAMES,
  WEB_EXCEPTION_STATUSES,
  canonicalName,
  type ChainStatusFlag,
  type DotnetSslPolicyError,
  type WebExceptionStatusName,
} from './dotnet-names.ts';

/**
 * Reads a "trustkb .NET TLS report": what the PowerShell script run on the router computer
 * prints about one HTTPS request made by .NET there (format version 1, described in the
 * checker README). The report may arrive inside a mail or a log, with CRLF, indented or quoted
 * lines, cut short, or retyped; the parser takes what it finds and never throws. The PEM
 * blocks at its end are not read here: the ordinary input decoding picks them up.
 */

/** A flag name as the report wrote it: one the checker knows (canonical spelling), or kept as written. */
export type ReportedFlag<Name extends string> = { name: Name; known: true } | { name: string; known: false };

/** One `X509Chain.ChainElements` entry: index 0 is the server's certificate. */
export interface DotnetChainElement {
  index: number;
  /** `X509Certificate2.Subject`, as written. */
  subject: string;
  thumbprint: string | null;
  /** `ChainElementStatus` flags; empty for `NoError`. */
  status: ReportedFlag<ChainStatusFlag>[];
  /** Each status entry's `StatusInformation`, in the language of that Windows. */
  statusInformation: string[];
}

export interface DotnetInnerException {
  /** e.g. `System.IO.IOException`; empty when the line named none. */
  type: string;
  message: string;
}

/**
 * The request's outcome. `accepted`: TLS passed (`message` holds the HTTP answer, which does not
 * matter here); otherwise the `WebExceptionStatus` name, or `unknown` for a name the checker does
 * not know (kept in `name`).
 */
export interface DotnetResult {
  kind: 'accepted' | WebExceptionStatusName | 'unknown';
  /** The status name as written (`Accepted` for an accepted request). */
  name: string;
  message: string;
  inner: DotnetInnerException[];
}

/** Everything the report says, as data; a field the report did not reach (cut short) is null. */
export interface DotnetReport {
  /** The format version from the first line (this parser knows version 1). */
  version: number;
  /** 1-based line of the report's first line in the text it was found in. */
  line: number;
  /** The end line was found; false for a report cut short. */
  complete: boolean;
  url: string | null;
  account: string | null;
  clr: string | null;
  powerShell: string | null;
  windows: string | null;
  /** As written (the script writes ISO 8601 UTC). */
  time: string | null;
  securityProtocol: string | null;
  checkCertificateRevocationList: boolean | null;
  /** Empty for `None`; `not-reached` when the validation callback never ran. */
  sslPolicyErrors: ReportedFlag<DotnetSslPolicyError>[] | 'not-reached' | null;
  /** Whole-chain status; empty for `NoError`. */
  chainStatus: ReportedFlag<ChainStatusFlag>[] | null;
  chainElements: DotnetChainElement[];
  result: DotnetResult | null;
  /** `Certificates sent by the server: N`. */
  sentCount: number | null;
  /** Something went past the parser's caps (elements, lines, flags, text length) and was left out. */
  capped: boolean;
}

/** Caps that keep the work bounded whatever is pasted; a real report stays far below each. */
export const DOTNET_REPORT_LIMITS = {
  /** Characters of text searched, about what the checker accepts as input. */
  text: 2 * 1024 * 1024,
  /** Lines read after the first line; PEM blocks included, a report has a few hundred. */
  lines: 5_000,
  /** Windows builds far shorter chains. */
  elements: 16,
  /** Flags in one list, status information lines per element, inner exceptions. */
  items: 32,
  /** Characters kept of one value (a subject, a message). */
  value: 2_000,
} as const;

const HEADER = 'trustkb .net tls report';
const END_LINE = 'end of trustkb .net tls report';
const ELEMENT_LINE = /^chain element (\d{1,4}):(.*)$/i;
const TYPE_NAME = /^[A-Za-z_][\w.`+]*$/;

/** Finds the first report in `text` and reads it; null when there is none. Never throws. */
export function parseDotnetReport(text: unknown): DotnetReport | null {
  try {
    if (typeof text !== 'string') return null;
    const capped = text.length > DOTNET_REPORT_LIMITS.text;
    const searched = capped ? text.slice(0, DOTNET_REPORT_LIMITS.text) : text;
    const header = findHeader(searched);
    if (!header) return null;
    const report = emptyReport(header.version, lineNumber(searched, header.start));
    report.capped = capped;
    readLines(searched, header.next, report);
    return report;
  } catch {
    // Written not to throw; a bug here must not break the checker, which works without the report.
    return null;
  }
}

/** The first line `trustkb .NET TLS report N` (after indentation or `>` quote marks only). */
function findHeader(text: string): { version: number; start: number; next: number } | null {
  const lower = text.toLowerCase();
  let from = 0;
  for (;;) {
    const at = lower.indexOf(HEADER, from);
    if (at < 0) return null;
    from = at + HEADER.length;
    // Only blanks and quote marks may come before it on its line; looking back stops at anything else.
    let lineStart = at;
    while (lineStart > 0 && /[ \t>]/.test(text[lineStart - 1]!)) lineStart--;
    if (lineStart > 0 && !/[\r\n]/.test(text[lineStart - 1]!)) continue;
    const version = /^ +(\d{1,4})[ \t]*(?=[\r\n]|$)/.exec(text.slice(from, from + 24));
    if (version) return { version: Number(version[1]), start: lineStart, next: from + version[0].length };
  }
}

function emptyReport(version: number, line: number): DotnetReport {
  return {
    version,
    line,
    complete: false,
    url: null,
    account: null,
    clr: null,
    powerShell: null,
    windows: null,
    time: null,
    securityProtocol: null,
    checkCertificateRevocationList: null,
    sslPolicyErrors: null,
    chainStatus: null,
    chainElements: [],
    result: null,
    sentCount: null,
    capped: false,
  };
}

type Field = 'url' | 'account' | 'clr' | 'powerShell' | 'windows' | 'time' | 'securityProtocol';

const TEXT_FIELDS: readonly [string, Field][] = [
  ['url:', 'url'],
  ['account:', 'account'],
  ['clr:', 'clr'],
  ['powershell:', 'powerShell'],
  ['windows:', 'windows'],
  ['time:', 'time'],
  ['securityprotocol:', 'securityProtocol'],
];

/** Reads line by line from `position` until the end line, another report's first line, or a cap. */
function readLines(text: string, position: number, report: DotnetReport): void {
  let element: DotnetChainElement | null = null;
  let lines = 0;
  while (position < text.length) {
    if (++lines > DOTNET_REPORT_LIMITS.lines) {
      report.capped = true;
      return;
    }
    const end = endOfLine(text, position);
    const raw = text.slice(position, Math.min(end, position + DOTNET_REPORT_LIMITS.value * 2));
    position = skipNewline(text, end);
    const line = raw.replace(/^[\s>]+/, '').trimEnd();
    if (line === '') continue;
    const lower = line.toLowerCase();
    if (lower.startsWith(END_LINE)) {
      report.complete = true;
      return;
    }
    if (lower.startsWith(HEADER)) return;

    const elementLine = ELEMENT_LINE.exec(line);
    if (elementLine) {
      element = addElement(report, Number(elementLine[1]), elementLine[2]!);
      continue;
    }
    const value = (label: string) => clip(line.slice(label.length).trim());
    if (lower.startsWith('status information:')) {
      if (element) push(report, element.statusInformation, value('status information:'));
    } else if (lower.startsWith('status:')) {
      if (element) element.status = flags(report, value('status:'), CHAIN_STATUS_FLAGS, 'NoError');
    } else if (lower.startsWith('thumbprint:')) {
      if (element) element.thumbprint = value('thumbprint:');
    } else if (lower.startsWith('inner:')) {
      if (report.result) push(report, report.result.inner, innerException(value('inner:')));
    } else if (lower.startsWith('chain status:')) {
      report.chainStatus = flags(report, value('chain status:'), CHAIN_STATUS_FLAGS, 'NoError');
    } else if (lower.startsWith('sslpolicyerrors:')) {
      const given = value('sslpolicyerrors:');
      report.sslPolicyErrors = /^\(?not reached\)?$/i.test(given)
        ? 'not-reached'
        : flags(report, given, SSL_POLICY_ERROR_NAMES, 'None');
    } else if (lower.startsWith('result:')) {
      report.result = result(value('result:'));
    } else if (lower.startsWith('certificates sent by the server:')) {
      const count = /^\d{1,6}$/.exec(value('certificates sent by the server:'));
      report.sentCount = count ? Number(count[0]) : null;
    } else if (lower.startsWith('checkcertificaterevocationlist:')) {
      const given = value('checkcertificaterevocationlist:').toLowerCase();
      report.checkCertificateRevocationList = given === 'true' ? true : given === 'false' ? false : null;
    } else {
      const field = TEXT_FIELDS.find(([label]) => lower.startsWith(label));
      if (field) report[field[1]] = value(field[0]);
    }
  }
}

function addElement(report: DotnetReport, index: number, subject: string): DotnetChainElement | null {
  if (report.chainElements.length >= DOTNET_REPORT_LIMITS.elements) {
    report.capped = true;
    return null;
  }
  const element: DotnetChainElement = {
    index,
    subject: clip(subject.trim().replace(/,$/, '')),
    thumbprint: null,
    status: [],
    statusInformation: [],
  };
  report.chainElements.push(element);
  return element;
}

/** A comma-separated enum list; `none` (NoError, None) alone means no flag. */
function flags<Name extends string>(
  report: DotnetReport,
  value: string,
  names: readonly Name[],
  none: string,
): ReportedFlag<Name>[] {
  const list: ReportedFlag<Name>[] = [];
  for (const part of value.split(',')) {
    const written = part.trim();
    if (written === '' || written.toLowerCase() === none.toLowerCase()) continue;
    const known = canonicalName(names, written);
    const flag: ReportedFlag<Name> = known ? { name: known, known: true } : { name: written, known: false };
    if (list.some((entry) => entry.name === flag.name)) continue;
    if (!push(report, list, flag)) break;
  }
  return list;
}

/** `Accepted (HTTP 200 OK)`, or `<WebExceptionStatus>: <message>`. */
function result(value: string): DotnetResult {
  const accepted = /^accepted\b\s*(.*)$/i.exec(value);
  if (accepted) {
    const http = accepted[1]!.trim();
    const message = http.startsWith('(') && http.endsWith(')') ? http.slice(1, -1).trim() : http;
    return { kind: 'accepted', name: 'Accepted', message, inner: [] };
  }
  const colon = value.indexOf(':');
  const name = (colon < 0 ? value : value.slice(0, colon)).trim();
  const message = colon < 0 ? '' : value.slice(colon + 1).trim();
  const known = canonicalName(WEB_EXCEPTION_STATUSES, name);
  return { kind: known ?? 'unknown', name: known ?? name, message, inner: [] };
}

/** `System.IO.IOException: message`; a line without a type name is all message. */
function innerException(value: string): DotnetInnerException {
  const colon = value.indexOf(':');
  const type = colon < 0 ? '' : value.slice(0, colon).trim();
  if (TYPE_NAME.test(type)) return { type, message: value.slice(colon + 1).trim() };
  return { type: '', message: value };
}

/** Appends unless the list is full (then marks the report capped); says whether it appended. */
function push<Item>(report: DotnetReport, list: Item[], item: Item): boolean {
  if (list.length >= DOTNET_REPORT_LIMITS.items) {
    report.capped = true;
    return false;
  }
  list.push(item);
  return true;
}

function clip(value: string): string {
  return value.length > DOTNET_REPORT_LIMITS.value ? value.slice(0, DOTNET_REPORT_LIMITS.value) : value;
}

function endOfLine(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) return index;
  }
  return text.length;
}

function skipNewline(text: string, at: number): number {
  if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) return at + 2;
  return at + 1;
}

function lineNumber(text: string, at: number): number {
  let line = 1;
  for (let index = 0; index < at; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) line++;
  }
  return line;
}
