import type { CertificateInfo, Diagnosis, Finding } from '../checker/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { formatDate, sanitize } from './format.ts';
import type { FindingLinks } from './links.ts';
import { STRINGS, type MessageContext } from './strings/index.ts';

/**
 * The readable report: verdict first (what the admin came for), then each finding with the
 * link that explains it, then the certificates. Every string that came from a certificate
 * goes through `sanitize`.
 */
export function renderReport(
  diagnosis: Diagnosis,
  lang: Locale,
  links: FindingLinks,
  presentedBy: string | null,
): string {
  const strings = STRINGS[lang];
  const lines: string[] = [];
  if (presentedBy) lines.push(strings.heading.presentedBy(sanitize(presentedBy)));
  lines.push(`${strings.heading.host}: ${diagnosis.host === null ? strings.heading.noHost : sanitize(diagnosis.host)}`);
  lines.push('');
  lines.push(verdictLine(diagnosis, lang));
  if (diagnosis.verdict.sslPolicyErrors.length > 0)
    lines.push(`${strings.expectedFlags}: ${diagnosis.verdict.sslPolicyErrors.join(', ')}`);

  lines.push('', `${strings.heading.findings}:`);
  if (diagnosis.findings.length === 0) lines.push(`  ${strings.heading.noFindings}`);
  const width = Math.max(...Object.values(strings.severity).map((label) => label.length));
  for (const finding of diagnosis.findings) {
    lines.push(`  ${strings.severity[finding.severity].padEnd(width)}  ${findingMessage(finding, lang)}`);
    lines.push(`  ${' '.repeat(width)}  ${strings.moreAt}: ${links.linkFor(finding.id)}`);
  }

  if (diagnosis.certificates.length > 0) {
    lines.push('', `${strings.heading.certificates}:`);
    diagnosis.certificates.forEach((certificate, index) => lines.push(...certificateLines(certificate, index, lang)));
  }
  return `${lines.join('\n')}\n`;
}

/** The verdict as one sentence. */
export function verdictLine(diagnosis: Diagnosis, lang: Locale): string {
  const { verdict } = STRINGS[lang];
  if (diagnosis.certificates.length === 0) return verdict.nothing;
  if (diagnosis.verdict.routerAccepts === 'depends') return verdict.depends;
  return diagnosis.verdict.routerAccepts ? verdict.accepts : verdict.rejects;
}

/** One finding in words. */
export function findingMessage(finding: Finding, lang: Locale): string {
  const strings = STRINGS[lang];
  const context: MessageContext = {
    certificate: finding.certificate === undefined ? '' : strings.certificateLabel(finding.certificate + 1),
    certificateLabel: (index) => strings.certificateLabel(index + 1),
    date: (iso) => formatDate(iso, lang),
  };
  return strings.findings[finding.id](finding.params, context);
}

function certificateLines(certificate: CertificateInfo, index: number, lang: Locale): string[] {
  const strings = STRINGS[lang];
  const label = strings.certificateLabel(index + 1);
  const flags = [
    certificate.selfSigned ? strings.field.selfSigned : '',
    certificate.isCA ? strings.field.ca : '',
  ].filter(Boolean);
  const field = (name: string, value: string) => `    ${`${name}:`.padEnd(22)} ${value}`;
  const lines = [`  ${label}  ${sanitize(certificate.subject)}${flags.length > 0 ? `  (${flags.join(', ')})` : ''}`];
  lines.push(field(strings.field.issuer, sanitize(certificate.issuer)));
  lines.push(
    field(
      strings.field.validity,
      `${formatDate(certificate.notBefore, lang)} – ${formatDate(certificate.notAfter, lang)}`,
    ),
  );
  if (certificate.dnsNames.length > 0)
    lines.push(field(strings.field.dnsNames, certificate.dnsNames.map(sanitize).join(', ')));
  if (certificate.ipAddresses.length > 0)
    lines.push(field(strings.field.ipAddresses, certificate.ipAddresses.map(sanitize).join(', ')));
  const key = strings.keyDescription(
    certificate.publicKey.algorithm,
    certificate.publicKey.bits,
    certificate.publicKey.curve,
  );
  lines.push(field(strings.field.key, `${key}, ${sanitize(certificate.signatureAlgorithm)}`));
  lines.push(field(strings.field.thumbprint, `${certificate.sha1} (SHA-1)`));
  const { format, block, line, position } = certificate.source;
  lines.push(field(strings.field.source, strings.source(format, block, line, position)));
  return lines;
}
