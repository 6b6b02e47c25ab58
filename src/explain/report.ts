import type { FindingId } from '../checker/index.ts';
import { publicUrl } from '../site/routes.ts';
import { dotnetView, type DotnetFlagView } from './dotnet-view.ts';
import { findingWords } from './finding-words.ts';
import type { DotnetTerm, FindingLink } from './links.ts';
import type { Piece } from './pieces.ts';
import { validityWords } from './validity-words.ts';
import { certificateName, checkedUrl, findingsToShow, shown, verdictOf, type CheckResult } from './view.ts';
import type { CheckerWords } from './words/types.ts';

/** What a report needs besides the check: the words of its language and where findings are explained. */
export interface ReportContext {
  words: CheckerWords;
  links: ReadonlyMap<FindingId, readonly FindingLink[]>;
  /** Where the terms of a pasted .NET report are explained; without it they are listed without links. */
  dotnetLinks?: ReadonlyMap<DotnetTerm, readonly FindingLink[]>;
  /**
   * The site's public address or origin, for absolute links (`https://kb.example.org`); null
   * when it is not known (the CLI without TRUSTKB_SITE): links are then site-relative paths.
   */
  origin: string | null;
  /** Written once after the findings when links were written as paths: where to open them. */
  pathsNote?: string;
}

/**
 * The report a visitor copies into a ticket or an e-mail, as plain text or Markdown, and what
 * `trustcheck` prints. It is written from the diagnosis alone, never from what was pasted, so a
 * private key pasted by mistake cannot end up in it.
 */
export function buildReport(result: CheckResult, context: ReportContext, format: 'text' | 'markdown'): string {
  const { words } = context;
  const write = writer(format, (index) => certificateLabel(result, words, index));
  const linkTo = linkWriter(context.origin, write);
  const lines = [
    ...summaryLines(result, words, write),
    ...dotnetLines(result, context, write, linkTo),
    ...findingLines(result, context, write, linkTo),
  ];
  if (linkTo.wrotePath() && context.pathsNote) lines.push('', write.prose(context.pathsNote));
  lines.push(...certificateLines(result, words, write));
  return `${lines.join('\n')}\n`;
}

/** Writes a link to an article section, and remembers whether any was a site-relative path. */
interface LinkWriter {
  write: (link: FindingLink) => string;
  wrotePath: () => boolean;
}

function linkWriter(origin: string | null, write: Writer): LinkWriter {
  let wrotePath = false;
  return {
    write: (link) => {
      if (origin === null) wrotePath = true;
      const url = publicUrl(link.href, origin);
      return write.markdown ? `[${escapeMarkdown(link.title)}](${url})` : `${link.title} ${url}`;
    },
    wrotePath: () => wrotePath,
  };
}

/** How each kind of text is written in one format; certificate text is always made visible. */
interface Writer {
  markdown: boolean;
  code: (value: string) => string;
  prose: (value: string) => string;
  bold: (value: string) => string;
  heading: (level: 2 | 3, value: string) => string;
  sentence: (pieces: readonly Piece[]) => string;
  field: (name: string, value: string) => string;
}

function writer(format: 'text' | 'markdown', label: (index: number) => string): Writer {
  const markdown = format === 'markdown';
  const code = (value: string) => (markdown ? codeSpan(shown(value)) : shown(value));
  const prose = (value: string) => (markdown ? escapeMarkdown(value) : value);
  return {
    markdown,
    code,
    prose,
    bold: (value) => (markdown ? `**${escapeMarkdown(value)}**` : value),
    heading: (level, value) => (markdown ? `${'#'.repeat(level)} ${escapeMarkdown(value)}` : value),
    sentence: (pieces) =>
      pieces
        .map((piece) =>
          typeof piece === 'string'
            ? prose(piece)
            : 'code' in piece
              ? code(piece.code)
              : prose(label(piece.certificate)),
        )
        .join(''),
    field: (name, value) => `${markdown ? '   - ' : '   '}${prose(name)}: ${value}`,
  };
}

/** Title, when, which URL and host, the verdict and the flags .NET will raise. */
function summaryLines(result: CheckResult, words: CheckerWords, write: Writer): string[] {
  const { diagnosis, now } = result;
  const { bold, code, prose } = write;
  const kind = verdictOf(result);
  const lines = [write.heading(2, words.report.title), ''];
  lines.push(`${bold(words.report.checked)}: ${prose(words.date(now.toISOString()))}`);
  const url = checkedUrl(result).trim();
  if (url) lines.push(`${bold(words.report.url)}: ${code(withoutCredentials(url))}`);
  if (diagnosis.host) lines.push(`${bold(words.report.host)}: ${code(diagnosis.host)}`);
  const verdict = kind === 'waiting' ? words.waiting.url : words.verdict[kind].title;
  lines.push(`${bold(words.report.verdict)}: ${prose(verdict)}`);
  if (kind !== 'waiting' && kind !== 'nothing') {
    const flags = diagnosis.verdict.sslPolicyErrors;
    const shownFlags = (flags.length > 0 ? flags : [words.dotnetNone]).map(code).join(', ');
    const label = diagnosis.dotnet ? words.dotnet.predicted : words.dotnetFlags;
    lines.push(`${bold(label.replace(/:$/, ''))}: ${shownFlags}`);
  }
  return lines;
}

/**
 * What .NET reported on the router computer, with the meaning of each flag, then how it compares
 * with the checker's answer, then where each flag is explained.
 */
function dotnetLines(
  result: CheckResult,
  { words, dotnetLinks }: ReportContext,
  write: Writer,
  linkTo: LinkWriter,
): string[] {
  const view = dotnetView(result.diagnosis, words);
  if (!view) return [];
  const { code, prose, field } = write;
  const terms = new Set<DotnetTerm>();
  const flagList = (flags: readonly DotnetFlagView[]) =>
    flags
      .map((flag) => {
        if (flag.term) terms.add(flag.term);
        return `${code(flag.name)} (${prose(flag.meaning)})`;
      })
      .join(', ');
  const deeper = (name: string, value: string) => `   ${field(name, value)}`;
  const lines = ['', write.heading(3, view.heading), ''];
  for (const note of view.notes) lines.push(write.sentence(note));
  if (view.notes.length > 0) lines.push('');
  lines.push(write.heading(3, view.comparison.heading), '');
  for (const sentence of view.comparison.sentences) lines.push(`- ${write.sentence(sentence)}`);
  lines.push('', write.heading(3, view.details), '');
  for (const { label, value } of view.fields) lines.push(field(label, code(withoutCredentials(value))));
  if (view.sslPolicyErrors) lines.push(field(view.sslPolicyErrors.label, flagList(view.sslPolicyErrors.flags)));
  if (view.chainStatus) lines.push(field(view.chainStatus.label, flagList(view.chainStatus.flags)));
  for (const element of view.elements) {
    lines.push(field(element.title, code(element.subject)));
    if (element.thumbprint !== null) lines.push(deeper(view.labels.thumbprint, code(element.thumbprint)));
    lines.push(deeper(view.labels.status, flagList(element.status)));
    for (const line of element.information) lines.push(deeper(view.labels.statusInformation, prose(line)));
  }
  if (view.result) {
    const { name, meaning, term, message } = view.result.value;
    if (term) terms.add(term);
    lines.push(field(view.result.label, `${code(name)} (${prose(meaning)})${message ? `: ${prose(message)}` : ''}`));
    for (const inner of view.result.value.inner)
      lines.push(deeper(view.labels.inner, prose(inner.type ? `${inner.type}: ${inner.message}` : inner.message)));
  }
  if (view.sent) lines.push(field(view.sent.label, prose(String(view.sent.count))));
  // Each section once, with every term it explains: flags often share their articles.
  const explained = new Map<string, { link: FindingLink; terms: DotnetTerm[] }>();
  for (const term of terms) {
    for (const link of dotnetLinks?.get(term) ?? []) {
      const entry = explained.get(link.href) ?? { link, terms: [] };
      entry.terms.push(term);
      explained.set(link.href, entry);
    }
  }
  if (explained.size > 0) lines.push('');
  for (const { link, terms: explainedTerms } of explained.values()) {
    lines.push(`- ${explainedTerms.map(code).join(', ')}: ${linkTo.write(link)}`);
  }
  return lines;
}

/** Each finding: severity and title, what it is about, the explanation, and where it is explained. */
function findingLines(
  result: CheckResult,
  { words, links }: ReportContext,
  write: Writer,
  linkTo: LinkWriter,
): string[] {
  const { bold, prose } = write;
  const lines = ['', write.heading(3, words.headings.findings), ''];
  for (const finding of findingsToShow(result)) {
    const { title, explanation } = findingWords(words, finding);
    const about =
      finding.certificate === undefined ? '' : ` (${prose(certificateLabel(result, words, finding.certificate))})`;
    lines.push(`- ${bold(`${words.severity[finding.severity]}: ${title}`)}${about}`);
    lines.push(`  ${write.sentence(explanation)}`);
    for (const link of links.get(finding.id) ?? []) {
      lines.push(`  ${prose(words.report.more)}: ${linkTo.write(link)}`);
    }
  }
  return lines;
}

/** `Certificate 2 (mail.contoso.com)`: how a finding names the certificate it is about. */
function certificateLabel({ diagnosis }: CheckResult, words: CheckerWords, index: number): string {
  return `${words.certificateNumber(index + 1)} (${certificateName(diagnosis.certificates[index])})`;
}

/** Each certificate with the fields an admin compares with what Windows shows. */
function certificateLines({ diagnosis }: CheckResult, words: CheckerWords, write: Writer): string[] {
  if (diagnosis.certificates.length === 0) return [];
  const { bold, code, prose, field } = write;
  const lines = ['', write.heading(3, words.headings.certificates), ''];
  diagnosis.certificates.forEach((certificate, index) => {
    const names = [...certificate.dnsNames, ...certificate.ipAddresses];
    const period = `${words.date(certificate.notBefore)} – ${words.date(certificate.notAfter)}`;
    const { algorithm, bits, curve } = certificate.publicKey;
    lines.push(
      `${index + 1}. ${bold(words.role[certificate.role])}: ${code(certificate.subject)}`,
      field(words.field.issuer, code(certificate.issuer)),
      field(words.field.names, names.length > 0 ? names.map(code).join(', ') : prose(words.field.noNames)),
      field(words.field.validity, prose(`${period} (${validityWords(words, certificate.validity)})`)),
      field(words.field.key, prose(words.keyDescription(algorithm, bits, curve))),
      field(words.field.signature, code(certificate.signatureAlgorithm)),
      field(words.field.sha1, code(certificate.sha1)),
      field(words.field.sha256, code(certificate.sha256)),
    );
  });
  return lines;
}

/** A Markdown code span that survives backticks in the value. */
function codeSpan(value: string): string {
  const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  const padded = value.startsWith('`') || value.endsWith('`') ? ` ${value} ` : value;
  return `${fence}${padded}${fence}`;
}

function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_[\]<>#|]/g, (character) => `\\${character}`);
}

/** A URL as typed, minus any user name and password in it. */
function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1');
}
