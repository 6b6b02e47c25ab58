import { readFileSync } from 'node:fs';

/**
 * Builds .NET TLS reports in the script's format (docs: the report-format note of issue 11) for
 * the recognizer's tests, with the generated fixture certificates as the PEM blocks.
 */
const certificate = (name: string): string =>
  readFileSync(new URL(`../../fixtures/certs/${name}.pem`, import.meta.url), 'utf8')
    .match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g)!
    .join('\n');

/** A self-signed mail.contoso.com, and the same name issued by Contoso Issuing CA 1 (+ that CA). */
export const SELF_SIGNED_PEM = certificate('self-signed');
export const CA_ISSUED_PEMS = certificate('chain-root-missing');

export const UNTRUSTED_ROOT_INFO =
  'A certificate chain processed, but terminated in a root certificate which is not trusted by the trust provider.';
export const TRUST_FAILURE_EN =
  'TrustFailure: The underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure channel.';
export const TRUST_FAILURE_CS =
  'TrustFailure: Základní připojení bylo uzavřeno: Nelze navázat vztah důvěryhodnosti pro zabezpečený kanál SSL/TLS.';

export interface ChainElementSample {
  subject: string;
  status: string;
  information?: string[];
}

export interface ReportSample {
  policy: string;
  chainStatus?: string;
  elements?: ChainElementSample[];
  result?: string;
  inner?: string[];
  pems?: string;
  newline?: '\n' | '\r\n';
}

/** The whole report, header to end line, with the fields the format fixes around the given ones. */
export function buildReport(sample: ReportSample): string {
  const lines = [
    'trustkb .NET TLS report 1',
    'Url: https://mail.contoso.com/EWS/Exchange.asmx',
    'Account: CONTOSO\\svc-crmrouter',
    'Clr: 2.0.50727.8806',
    'PowerShell: 2.0',
    'Windows: Microsoft Windows NT 6.1.7601 Service Pack 1',
    'Time: 2026-12-02T14:20:00Z',
    'SecurityProtocol: Ssl3, Tls',
    'CheckCertificateRevocationList: False',
    ...chainLines(sample),
  ];
  if (sample.result) lines.push(`Result: ${sample.result}`);
  for (const inner of sample.inner ?? []) lines.push(`  Inner: ${inner}`);
  const pems = sample.pems ?? '';
  lines.push(`Certificates sent by the server: ${(pems.match(/BEGIN CERTIFICATE/g) ?? []).length}`);
  if (pems) lines.push(...pems.split('\n'));
  lines.push('End of trustkb .NET TLS report');
  return lines.join(sample.newline ?? '\n');
}

/** The SslPolicyErrors and chain lines only, as an admin might copy them out of the report. */
export function chainLines(sample: ReportSample): string[] {
  const lines = [`SslPolicyErrors: ${sample.policy}`];
  if (sample.chainStatus) lines.push(`Chain status: ${sample.chainStatus}`);
  for (const [index, element] of (sample.elements ?? []).entries()) {
    lines.push(`Chain element ${index}: ${element.subject}`);
    lines.push(`  Thumbprint: ${thumbprint(index)}`);
    lines.push(`  Status: ${element.status}`);
    for (const information of element.information ?? []) lines.push(`  Status information: ${information}`);
  }
  return lines;
}

function thumbprint(index: number): string {
  return ['5F3A9C0E1B2D4F6A8C0E2B4D6F8A0C2E4B6D8F0A', '0B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6F7A8B9C'][index % 2]!;
}
