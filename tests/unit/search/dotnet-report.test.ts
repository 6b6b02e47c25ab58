import { describe, expect, it } from 'vitest';
import { readDotnetReport } from '../../../src/search/dotnet-report.ts';
import { certificateIsSelfIssued } from '../../../src/search/self-issued.ts';
import {
  buildReport,
  CA_ISSUED_PEMS,
  chainLines,
  SELF_SIGNED_PEM,
  TRUST_FAILURE_CS,
  TRUST_FAILURE_EN,
  UNTRUSTED_ROOT_INFO,
  type ReportSample,
} from './report-samples.ts';

const privateRoot: ReportSample = {
  policy: 'RemoteCertificateNameMismatch, RemoteCertificateChainErrors',
  chainStatus: 'UntrustedRoot, RevocationStatusUnknown',
  elements: [
    { subject: 'CN=mail.contoso.com, O=Contoso Ltd, C=CZ', status: 'RevocationStatusUnknown' },
    { subject: 'CN=Contoso Issuing CA 1, O=Contoso Ltd, C=CZ', status: 'NoError' },
    { subject: 'CN=Contoso Root CA, O=Contoso Ltd, C=CZ', status: 'UntrustedRoot', information: [UNTRUSTED_ROOT_INFO] },
  ],
  result: TRUST_FAILURE_EN,
  inner: [
    'System.Security.Authentication.AuthenticationException: The remote certificate is invalid according to the validation procedure.',
  ],
  pems: CA_ISSUED_PEMS,
};

describe('readDotnetReport: what it reads', () => {
  it('reads every field search needs from a whole report', () => {
    const report = readDotnetReport(buildReport(privateRoot))!;
    expect(report.policyErrors).toEqual(['RemoteCertificateNameMismatch', 'RemoteCertificateChainErrors']);
    expect([...report.chainStatus].sort()).toEqual(['RevocationStatusUnknown', 'UntrustedRoot']);
    expect(report.elements).toEqual([['RevocationStatusUnknown'], [], ['UntrustedRoot']]);
    expect(report.result).toEqual({
      status: 'TrustFailure',
      messages: [
        'The underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure channel.',
        'The remote certificate is invalid according to the validation procedure.',
      ],
    });
    expect(report.serverCertificateSelfIssued).toBe(false);
  });

  it('reads None, "(not reached)" and an accepted answer with its HTTP status', () => {
    const accepted = readDotnetReport(
      buildReport({ policy: 'None', chainStatus: 'NoError', result: 'Accepted (HTTP 401 Unauthorized)' }),
    )!;
    expect(accepted.policyErrors).toEqual([]);
    expect(accepted.chainStatus.size).toBe(0);
    expect(accepted.result).toEqual({ status: 'Accepted', httpStatus: 401 });
    const refused = readDotnetReport(
      buildReport({
        policy: '(not reached)',
        result: 'SendFailure: The underlying connection was closed: An unexpected error occurred on a send.',
        inner: ['System.IO.IOException: Unable to read data from the transport connection.'],
      }),
    )!;
    expect(refused.policyErrors).toBe('not-reached');
    expect(refused.result).toMatchObject({ status: 'SendFailure' });
    expect(refused.elements).toEqual([]);
  });

  it('tells a self-signed server certificate from a CA-issued one by its PEM block', () => {
    expect(readDotnetReport(buildReport({ ...privateRoot, pems: SELF_SIGNED_PEM }))!.serverCertificateSelfIssued).toBe(
      true,
    );
    expect(readDotnetReport(buildReport({ ...privateRoot, pems: CA_ISSUED_PEMS }))!.serverCertificateSelfIssued).toBe(
      false,
    );
    expect(readDotnetReport(buildReport({ ...privateRoot, pems: '' }))!.serverCertificateSelfIssued).toBeUndefined();
  });

  it('reads "CtlNotTimeValid" as itself, not as NotTimeValid', () => {
    const report = readDotnetReport(
      chainLines({ policy: 'RemoteCertificateChainErrors', chainStatus: 'CtlNotTimeValid' }).join('\n'),
    )!;
    expect([...report.chainStatus]).toEqual(['CtlNotTimeValid']);
  });
});

describe('readDotnetReport: what it recognizes', () => {
  it('finds the report inside a mail, with CRLF line ends and indented lines', () => {
    const paste = `Hi, the router still fails, output below:\r\n\r\n${buildReport({ ...privateRoot, newline: '\r\n' })
      .split('\r\n')
      .map((line) => `    ${line}`)
      .join('\r\n')}\r\n\r\nThanks, Jan`;
    const report = readDotnetReport(paste)!;
    expect(report.policyErrors).toEqual(['RemoteCertificateNameMismatch', 'RemoteCertificateChainErrors']);
    expect(report.elements).toHaveLength(3);
    expect(report.result).toMatchObject({ status: 'TrustFailure' });
    expect(report.serverCertificateSelfIssued).toBe(false);
  });

  it('recognizes a partial paste by its SslPolicyErrors or chain element lines, without the header', () => {
    const lines = chainLines(privateRoot);
    expect(readDotnetReport(lines.join('\n'))!.elements).toHaveLength(3);
    expect(readDotnetReport(lines.slice(2).join('\n'))!.chainStatus.has('UntrustedRoot')).toBe(true);
    expect(readDotnetReport('SslPolicyErrors: RemoteCertificateNameMismatch')!.policyErrors).toEqual([
      'RemoteCertificateNameMismatch',
    ]);
  });

  it('reads a report whose lines a single-line field joined, with spaces or with nothing', () => {
    for (const joiner of [' ', '']) {
      const joined = buildReport({ ...privateRoot, pems: SELF_SIGNED_PEM })
        .split('\n')
        .join(joiner);
      const report = readDotnetReport(joined)!;
      expect(report.policyErrors, JSON.stringify(joiner)).toEqual([
        'RemoteCertificateNameMismatch',
        'RemoteCertificateChainErrors',
      ]);
      expect(report.elements).toEqual([['RevocationStatusUnknown'], [], ['UntrustedRoot']]);
      expect(report.result).toMatchObject({ status: 'TrustFailure' });
      expect(report.serverCertificateSelfIssued).toBe(true);
    }
  });

  it('reads the labels whatever language the messages are in', () => {
    const czech = buildReport({
      ...privateRoot,
      result: TRUST_FAILURE_CS,
      inner: [
        'System.Security.Authentication.AuthenticationException: Vzdálený certifikát je podle ověřovací procedury neplatný.',
      ],
    });
    const report = readDotnetReport(czech)!;
    expect(report.chainStatus.has('UntrustedRoot')).toBe(true);
    expect(report.result).toEqual({
      status: 'TrustFailure',
      messages: [
        'Základní připojení bylo uzavřeno: Nelze navázat vztah důvěryhodnosti pro zabezpečený kanál SSL/TLS.',
        'Vzdálený certifikát je podle ověřovací procedury neplatný.',
      ],
    });
  });

  it('leaves prose that mentions SslPolicyErrors to the normal search', () => {
    for (const prose of [
      'Why does SslPolicyErrors say RemoteCertificateChainErrors when the certificate is valid?',
      'In my callback the SslPolicyErrors: RemoteCertificateNameMismatch value shows up',
      'SslPolicyErrors: what does RemoteCertificateChainErrors mean?',
      'SslPolicyErrors: RemoteCertificateChainErrors is all I get from ServicePointManager',
      'The underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure channel.',
    ])
      expect(readDotnetReport(prose), prose).toBeNull();
  });
});

describe('certificateIsSelfIssued', () => {
  const body = (pem: string) => pem.split('-----')[2]!;

  it('compares the subject with the issuer', () => {
    expect(certificateIsSelfIssued(body(SELF_SIGNED_PEM))).toBe(true);
    expect(certificateIsSelfIssued(body(CA_ISSUED_PEMS))).toBe(false);
  });

  it('reads base64 quoted by a mail client or joined onto one line', () => {
    const quoted = body(SELF_SIGNED_PEM)
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
    expect(certificateIsSelfIssued(quoted)).toBe(true);
    expect(certificateIsSelfIssued(body(SELF_SIGNED_PEM).replace(/\s+/g, ' '))).toBe(true);
  });

  it('says nothing about a cut or garbled block', () => {
    const whole = body(SELF_SIGNED_PEM).replace(/\s+/g, '');
    expect(certificateIsSelfIssued(whole.slice(0, 120))).toBeUndefined();
    expect(certificateIsSelfIssued('not base64 at all!')).toBeUndefined();
    expect(certificateIsSelfIssued('')).toBeUndefined();
  });
});
