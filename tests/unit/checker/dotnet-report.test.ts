import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../../src/checker/decode-input.ts';
import { bytesToText, DOTNET_REPORT_LIMITS, parseDotnetReport, type DotnetReport } from '../../../src/checker/index.ts';
import {
  DOTNET_REPORTS_DIR,
  dotnetReportFiles,
  readDotnetSampleBytes,
  readDotnetSamples,
} from '../../../scripts/fixtures/dotnet-reports.ts';

const SAMPLES = readDotnetSamples();
const names = (flags: { name: string }[] | null) => (flags ?? []).map((flag) => flag.name);
const chainFlags = (report: DotnetReport) => [
  ...new Set([...names(report.chainStatus), ...report.chainElements.flatMap((element) => names(element.status))]),
];

const MINIMAL = [
  'trustkb .NET TLS report 1',
  'Url: https://mail.contoso.com/EWS/Exchange.asmx',
  'SslPolicyErrors: RemoteCertificateChainErrors',
  'Chain status: UntrustedRoot',
  'Chain element 0: CN=exch01',
  '  Thumbprint: 5F3A',
  '  Status: UntrustedRoot',
  '  Status information: not trusted',
  'Result: TrustFailure: closed: no trust',
  '  Inner: System.Security.Authentication.AuthenticationException: invalid',
  'Certificates sent by the server: 0',
  'End of trustkb .NET TLS report',
];

describe('parseDotnetReport on the samples', () => {
  it('are exactly what the generator writes from the committed certificates', () => {
    const files = dotnetReportFiles();
    expect(readdirSync(DOTNET_REPORTS_DIR).sort()).toEqual([...files.keys()].sort());
    for (const [name, bytes] of files)
      expect(Buffer.from(readFileSync(new URL(name, DOTNET_REPORTS_DIR))).equals(Buffer.from(bytes)), name).toBe(true);
  });

  it.each(SAMPLES.map((sample) => [sample.name, sample] as const))('%s', (_name, sample) => {
    const text = bytesToText(readDotnetSampleBytes(sample));
    expect(text, 'the file reads as text').not.toBeNull();
    const report = parseDotnetReport(text)!;
    expect(report).not.toBeNull();
    const { expected } = sample;
    expect(report.version).toBe(1);
    expect(report.sslPolicyErrors === 'not-reached' ? 'not-reached' : names(report.sslPolicyErrors)).toEqual(
      expected.sslPolicyErrors,
    );
    expect(chainFlags(report)).toEqual(expected.chainFlags);
    expect(report.chainElements).toHaveLength(expected.elements);
    expect(report.result?.kind).toBe(expected.result);
    expect(report.complete).toBe(expected.complete);
    expect(report.sentCount).toBe(expected.sentCount);
    expect(report.url).toMatch(/^https:\/\//);
    expect(report.account).toMatch(/^CONTOSO\\/);
    expect(report.capped).toBe(false);
    report.chainElements.forEach((element, index) => {
      expect(element.index).toBe(index);
      expect(element.thumbprint).toMatch(/^[0-9A-F]{40}$/);
      expect(element.subject).toMatch(/^CN=/);
      expect(element.statusInformation).toHaveLength(element.status.length);
    });
  });

  it('keeps the Czech texts as written', () => {
    const sample = SAMPLES.find((entry) => entry.name === 'czech-windows')!;
    const report = parseDotnetReport(bytesToText(readDotnetSampleBytes(sample)))!;
    expect(report.chainElements[0]!.statusInformation[0]).toMatch(/^Řetěz certifikátů byl zpracován/);
    expect(report.result).toMatchObject({ kind: 'TrustFailure', name: 'TrustFailure' });
    expect(report.result!.message).toMatch(/^Základní připojení bylo uzavřeno: Nelze navázat vztah důvěryhodnosti/);
    expect(report.result!.inner).toEqual([
      {
        type: 'System.Security.Authentication.AuthenticationException',
        message: 'Vzdálený certifikát je podle ověřovací procedury neplatný.',
      },
    ]);
  });

  it('reads the accepted result, the HTTP answer and the other fields', () => {
    const sample = SAMPLES.find((entry) => entry.name === 'enterprise-root-accepted')!;
    const report = parseDotnetReport(bytesToText(readDotnetSampleBytes(sample)))!;
    expect(report.result).toEqual({ kind: 'accepted', name: 'Accepted', message: 'HTTP 401 Unauthorized', inner: [] });
    expect(report).toMatchObject({
      clr: '2.0.50727.8806',
      powerShell: '2.0',
      windows: 'Microsoft Windows NT 6.1.7601 Service Pack 1',
      time: '2026-01-15T12:00:00Z',
      securityProtocol: 'Ssl3, Tls',
      checkCertificateRevocationList: false,
      sslPolicyErrors: [],
      chainStatus: [],
    });
  });
});

describe('parseDotnetReport', () => {
  const cases: { name: string; input: string; check: (report: DotnetReport) => void }[] = [
    {
      name: 'CRLF',
      input: MINIMAL.join('\r\n'),
      check: (report) => expect(report.chainElements[0]).toMatchObject({ subject: 'CN=exch01', thumbprint: '5F3A' }),
    },
    {
      name: 'old Mac line ends (CR only)',
      input: MINIMAL.join('\r'),
      check: (report) => expect(report.complete).toBe(true),
    },
    {
      name: 'indented and quoted, with text around',
      input: `Hello,\n\n${MINIMAL.map((line) => `  >> ${line}`).join('\n')}\nThanks\nStatus: not part of it`,
      check: (report) => {
        expect(report.line).toBe(3);
        expect(report.result).toMatchObject({ kind: 'TrustFailure', message: 'closed: no trust' });
        expect(report.chainElements[0]!.statusInformation).toEqual(['not trusted']);
      },
    },
    {
      name: 'without the end line',
      input: MINIMAL.slice(0, 6).join('\n'),
      check: (report) => {
        expect(report.complete).toBe(false);
        expect(report.result).toBeNull();
        expect(report.chainElements[0]!.status).toEqual([]);
        expect(report.sentCount).toBeNull();
      },
    },
    {
      name: 'cut after its first line',
      input: 'trustkb .NET TLS report 1',
      check: (report) => {
        expect(report).toMatchObject({ version: 1, url: null, sslPolicyErrors: null, chainStatus: null });
      },
    },
    {
      name: 'a later format version',
      input: 'trustkb .NET TLS report 2\nUrl: https://x.example/',
      check: (report) => expect(report).toMatchObject({ version: 2, url: 'https://x.example/' }),
    },
    {
      name: 'unknown flag names kept and marked, known names in their own spelling',
      input:
        'trustkb .NET TLS report 1\nSslPolicyErrors: remotecertificatenamemismatch, 8\nChain status: untrustedroot, FutureFlag, UntrustedRoot',
      check: (report) => {
        expect(report.sslPolicyErrors).toEqual([
          { name: 'RemoteCertificateNameMismatch', known: true },
          { name: '8', known: false },
        ]);
        expect(report.chainStatus).toEqual([
          { name: 'UntrustedRoot', known: true },
          { name: 'FutureFlag', known: false },
        ]);
      },
    },
    {
      name: 'None, NoError and (not reached)',
      input: 'trustkb .NET TLS report 1\nSslPolicyErrors: (not reached)\nChain status: NoError\nResult: ConnectFailure',
      check: (report) => {
        expect(report.sslPolicyErrors).toBe('not-reached');
        expect(report.chainStatus).toEqual([]);
        expect(report.result).toEqual({ kind: 'ConnectFailure', name: 'ConnectFailure', message: '', inner: [] });
      },
    },
    {
      name: 'an unknown result and an inner line without a type',
      input: 'trustkb .NET TLS report 1\nResult: Weird thing: it broke\n  Inner: no type here',
      check: (report) => {
        expect(report.result).toEqual({
          kind: 'unknown',
          name: 'Weird thing',
          message: 'it broke',
          inner: [{ type: '', message: 'no type here' }],
        });
      },
    },
    {
      name: 'element lines before any element, inner lines before the result: ignored',
      input: 'trustkb .NET TLS report 1\n  Status: UntrustedRoot\n  Inner: X: y\n  Thumbprint: AA',
      check: (report) => {
        expect(report.chainElements).toEqual([]);
        expect(report.result).toBeNull();
      },
    },
    {
      name: 'a second report ends the first',
      input: `${MINIMAL.slice(0, 3).join('\n')}\ntrustkb .NET TLS report 1\nUrl: https://second.example/`,
      check: (report) => {
        expect(report.url).toBe('https://mail.contoso.com/EWS/Exchange.asmx');
        expect(report.complete).toBe(false);
      },
    },
    {
      name: 'a header mentioned in a sentence is skipped for the real one',
      input: `I ran the trustkb .NET TLS report 1 time.\nEnd of trustkb .NET TLS report\n${MINIMAL.join('\n')}`,
      check: (report) => {
        expect(report.line).toBe(3);
        expect(report.complete).toBe(true);
      },
    },
    {
      name: 'odd values: a count that is not a number, a revocation setting that is not a boolean',
      input: 'trustkb .NET TLS report 1\nCertificates sent by the server: two\nCheckCertificateRevocationList: maybe',
      check: (report) => {
        expect(report.sentCount).toBeNull();
        expect(report.checkCertificateRevocationList).toBeNull();
      },
    },
  ];
  it.each(cases.map((entry) => [entry.name, entry] as const))('%s', (_name, { input, check }) => {
    const report = parseDotnetReport(input);
    expect(report).not.toBeNull();
    check(report!);
  });

  it.each([
    ['empty', ''],
    ['plain text', 'Hello, the router fails with a trust error.\nStatus: broken\n'],
    ['a certificate', '-----BEGIN CERTIFICATE-----\nQUJD\n-----END CERTIFICATE-----\n'],
    ['the header without a version', 'trustkb .NET TLS report\nUrl: https://x.example/'],
    ['the header with words after it', 'trustkb .NET TLS report 1 was sent yesterday\nUrl: https://x.example/'],
    ['only the end line', 'End of trustkb .NET TLS report'],
    ['binary noise', String.fromCharCode(...Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256))],
  ])('finds no report in %s', (_name, input) => {
    expect(parseDotnetReport(input)).toBeNull();
  });

  it('never throws on what is not text', () => {
    for (const input of [null, undefined, 42, {}, new Uint8Array(4)]) expect(parseDotnetReport(input)).toBeNull();
  });

  it('stays bounded on 1 MB of chain element lines', () => {
    const line = 'Chain element 1: CN=x, O=y\n  Status: UntrustedRoot, PartialChain\n  Status information: z\n';
    const input = `trustkb .NET TLS report 1\n${line.repeat(Math.ceil((1024 * 1024) / line.length))}`;
    expect(input.length).toBeGreaterThan(1024 * 1024);
    const started = performance.now();
    const report = parseDotnetReport(input)!;
    const elapsed = performance.now() - started;
    expect(report.chainElements.length).toBe(DOTNET_REPORT_LIMITS.elements);
    expect(report.capped).toBe(true);
    // A generous ceiling on a shared machine: the point is "not quadratic", which would take minutes.
    expect(elapsed).toBeLessThan(2_000);
  });

  it('stays bounded on one huge line and on many lookalike headers', () => {
    const huge = `trustkb .NET TLS report 1\nResult: TrustFailure: ${'x'.repeat(2 * 1024 * 1024)}`;
    const report = parseDotnetReport(huge)!;
    expect(report.result!.message.length).toBeLessThanOrEqual(DOTNET_REPORT_LIMITS.value);
    expect(report.capped).toBe(true);
    const started = performance.now();
    expect(parseDotnetReport(' trustkb .NET TLS report'.repeat(40_000))).toBeNull();
    expect(parseDotnetReport('\ntrustkb .NET TLS report x'.repeat(40_000))).toBeNull();
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('keeps at most the capped number of flags, status lines and inner exceptions', () => {
    const many = Array.from({ length: 100 }, (_, index) => `Flag${index}`).join(', ');
    const input = [
      'trustkb .NET TLS report 1',
      `Chain status: ${many}`,
      'Chain element 0: CN=x',
      ...Array.from({ length: 100 }, () => '  Status information: again'),
      'Result: TrustFailure: no',
      ...Array.from({ length: 100 }, () => '  Inner: X: y'),
    ].join('\n');
    const report = parseDotnetReport(input)!;
    expect(report.chainStatus).toHaveLength(DOTNET_REPORT_LIMITS.items);
    expect(report.chainElements[0]!.statusInformation).toHaveLength(DOTNET_REPORT_LIMITS.items);
    expect(report.result!.inner).toHaveLength(DOTNET_REPORT_LIMITS.items);
    expect(report.capped).toBe(true);
  });
});

describe('the report input as certificates', () => {
  it.each(SAMPLES.filter((sample) => sample.expected.certificates > 0).map((sample) => [sample.name, sample] as const))(
    '%s: the PEM blocks decode to the certificates the server sent',
    (_name, sample) => {
      const decoded = decodeInput(readDotnetSampleBytes(sample));
      expect(decoded.findings).toEqual([]);
      expect(decoded.certificates).toHaveLength(sample.expected.certificates);
    },
  );

  it('reads a UTF-16 LE file with a BOM (PowerShell redirection) as text', () => {
    const sample = SAMPLES.find((entry) => entry.encoding === 'utf-16le')!;
    const bytes = readDotnetSampleBytes(sample);
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    expect(bytesToText(bytes)).toMatch(/^trustkb \.NET TLS report 1\r\n/);
  });
});
