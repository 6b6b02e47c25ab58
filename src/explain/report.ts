import type { FindingId } from '../checker/index.ts';
import { findingWords } from './finding-words.ts';
import type { FindingLink } from './links.ts';
import type { Piece } from './pieces.ts';
import { validityWords } from './validity-words.ts';
import { certificateName, findingsToShow, shown, verdictOf, type CheckResult } from './view.ts';
import type { CheckerWords } from './words/types.ts';

/** What a report needs besides the check: the words of its language and where findings are explained. */
export interface ReportContext {
  words: CheckerWords;
  links: ReadonlyMap<FindingId, readonly FindingLink[]>;
  /** The site's origin, for absolute links. */
  origin: string;
}

/**
 * The report a visitor copies into a ticket or an e-mail, as plain text or Markdown, and what
 * `trustcheck` prints. It is written from the diagnosis alone, never from what was pasted, so a
 * private key pasted by mistake cannot end up in it.
 */
export function buildReport(result: CheckResult, context: ReportContext, format: 'text' | 'markdown'): string {
  const { words, links, origin } = context;
  const { diagnosis, now } = result;
  const md = format === 'markdown';
  const code = (value: string) => (md ? codeSpan(shown(value)) : shown(value));
  const prose = (value: string) => (md ? escapeMarkdown(value) : value);
  const bold = (value: string) => (md ? `**${escapeMarkdown(value)}**` : value);
  const label = (index: number) =>
    `${words.certificateNumber(index + 1)} (${certificateName(diagnosis.certificates[index])})`;
  const sentence = (pieces: readonly Piece[]) =>
    pieces
      .map((piece) =>
        typeof piece === 'string' ? prose(piece) : 'code' in piece ? code(piece.code) : prose(label(piece.certificate)),
      )
      .join('');
  const field = (name: string, value: string) => `${md ? '   - ' : '   '}${prose(name)}: ${value}`;

  const kind = verdictOf(result);
  const lines: string[] = [md ? `## ${escapeMarkdown(words.report.title)}` : words.report.title, ''];
  lines.push(`${bold(words.report.checked)}: ${prose(words.date(now.toISOString()))}`);
  if (result.url.trim()) lines.push(`${bold(words.report.url)}: ${code(withoutCredentials(result.url.trim()))}`);
  if (diagnosis.host) lines.push(`${bold(words.report.host)}: ${code(diagnosis.host)}`);
  lines.push(
    `${bold(words.report.verdict)}: ${prose(kind === 'waiting' ? words.waiting.url : words.verdict[kind].title)}`,
  );
  if (kind !== 'waiting' && kind !== 'nothing') {
    const flags = diagnosis.verdict.sslPolicyErrors;
    lines.push(
      `${bold(words.dotnetFlags.replace(/:$/, ''))}: ${(flags.length > 0 ? flags : [words.dotnetNone]).map(code).join(', ')}`,
    );
  }
  lines.push('', md ? `### ${escapeMarkdown(words.headings.findings)}` : words.headings.findings, '');
  for (const finding of findingsToShow(result)) {
    const { title, explanation } = findingWords(words, finding);
    const about = finding.certificate !== undefined ? ` (${prose(label(finding.certificate))})` : '';
    lines.push(`- ${bold(`${words.severity[finding.severity]}: ${title}`)}${about}`);
    lines.push(`  ${sentence(explanation)}`);
    for (const link of links.get(finding.id) ?? []) {
      const url = new URL(link.href, origin).href;
      lines.push(
        `  ${prose(words.report.more)}: ${md ? `[${escapeMarkdown(link.title)}](${url})` : `${link.title} ${url}`}`,
      );
    }
  }
  if (diagnosis.certificates.length > 0)
    lines.push('', md ? `### ${escapeMarkdown(words.headings.certificates)}` : words.headings.certificates, '');
  diagnosis.certificates.forEach((certificate, index) => {
    const relative = validityWords(words, certificate.validity);
    lines.push(`${index + 1}. ${bold(words.role[certificate.role])}: ${code(certificate.subject)}`);
    lines.push(field(words.field.issuer, code(certificate.issuer)));
    const names = [...certificate.dnsNames, ...certificate.ipAddresses];
    lines.push(field(words.field.names, names.length > 0 ? names.map(code).join(', ') : prose(words.field.noNames)));
    lines.push(
      field(
        words.field.validity,
        prose(`${words.date(certificate.notBefore)} – ${words.date(certificate.notAfter)} (${relative})`),
      ),
    );
    lines.push(
      field(
        words.field.key,
        prose(
          words.keyDescription(
            certificate.publicKey.algorithm,
            certificate.publicKey.bits,
            certificate.publicKey.curve,
          ),
        ),
      ),
    );
    lines.push(field(words.field.signature, code(certificate.signatureAlgorithm)));
    lines.push(field(words.field.sha1, code(certificate.sha1)));
    lines.push(field(words.field.sha256, code(certificate.sha256)));
  });
  return `${lines.join('\n')}\n`;
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
