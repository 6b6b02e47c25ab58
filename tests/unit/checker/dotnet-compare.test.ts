import { describe, expect, it } from 'vitest';
import {
  compareWithDotnet,
  computeVerdict,
  diagnose,
  FINDING_IDS,
  parseDotnetReport,
  type AspectComparison,
  type ComparisonOutcome,
  type DotnetComparison,
  type FindingId,
} from '../../../src/checker/index.ts';
import { nodeRootKeys } from '../../../src/cli/node-roots.ts';
import { readDotnetSampleBytes, readDotnetSamples } from '../../../scripts/fixtures/dotnet-reports.ts';
import { readFixture } from '../../../scripts/lib/fixture-manifest.ts';

const SAMPLES = readDotnetSamples();

/** An outcome as the manifest writes it: `agree`, `depends:trusted`, `differ:dotnet`, … */
function short(outcome: ComparisonOutcome): string {
  if (outcome.outcome === 'agree') return 'agree';
  return outcome.outcome === 'differ' ? `differ:${outcome.flaggedBy}` : `depends:${outcome.answer}`;
}

function summary(comparison: DotnetComparison) {
  if (!comparison.comparable) return { comparable: false, reason: comparison.reason };
  return {
    overall: short(comparison.overall),
    aspects: Object.fromEntries(comparison.aspects.map((aspect) => [aspect.aspect, short(aspect)])),
  };
}

describe('diagnose with a .NET report', () => {
  it.each(SAMPLES.map((sample) => [sample.name, sample] as const))('%s', async (_name, sample) => {
    const diagnosis = await diagnose(readDotnetSampleBytes(sample), '', {
      now: new Date(sample.now),
      publicRootKey: nodeRootKeys,
    });
    expect(diagnosis.dotnet, 'the report is found').toBeDefined();
    const { dotnet } = diagnosis;
    expect(dotnet!.urlFrom).toBe('report');
    expect(diagnosis.host).toBe(dotnet!.reportHost);
    expect(diagnosis.host).not.toBeNull();
    expect(diagnosis.certificates).toHaveLength(sample.expected.certificates);
    if (sample.expected.certificates > 0) expect(diagnosis.verdict.routerAccepts).toBe(sample.expected.routerAccepts);
    expect(summary(dotnet!.comparison)).toEqual(sample.expected.comparison);
    if (dotnet!.comparison.comparable && sample.expected.certificates > 0)
      expect(dotnet!.comparison.sameServerCertificate).toBe(true);
  });

  it('says nothing about pasting a certificate when the report explains why there is none', async () => {
    for (const name of ['not-reached', 'send-failure']) {
      const sample = SAMPLES.find((entry) => entry.name === name)!;
      const diagnosis = await diagnose(readDotnetSampleBytes(sample), '');
      expect(diagnosis.findings, name).toEqual([]);
      expect(diagnosis.certificates).toEqual([]);
    }
    // A report cut before its certificates still gets the input findings: something is missing.
    const truncated = SAMPLES.find((entry) => entry.name === 'truncated')!;
    const cut = await diagnose(readDotnetSampleBytes(truncated), '');
    expect(cut.findings.map((finding) => finding.id)).toEqual(['input.malformed']);
  });

  it('uses the URL the caller gives over the report, and keeps the report host to compare', async () => {
    const sample = SAMPLES.find((entry) => entry.name === 'self-signed')!;
    const diagnosis = await diagnose(readDotnetSampleBytes(sample), 'https://mail.contoso.com/', {
      now: new Date(sample.now),
    });
    expect(diagnosis.dotnet).toMatchObject({ urlFrom: 'caller', reportHost: 'exch01.contoso.local' });
    expect(diagnosis.host).toBe('mail.contoso.com');
    // The caller's host is on the certificate: the name now differs from what .NET saw at its own host.
    const name = diagnosis.dotnet!.comparison.comparable && diagnosis.dotnet!.comparison.aspects[0];
    expect(name).toMatchObject({ aspect: 'name', outcome: 'differ', flaggedBy: 'dotnet' });
  });

  it('notices when the certificate checked is not the one .NET saw', async () => {
    const sample = SAMPLES.find((entry) => entry.name === 'partial-chain')!;
    const text = new TextDecoder().decode(readDotnetSampleBytes(sample));
    const other = readFixture('self-signed.pem', 'text') as string;
    const swapped = text.replace(/-----BEGIN CERTIFICATE-----[\s\S]*-----END CERTIFICATE-----\n/, other);
    const diagnosis = await diagnose(swapped, '', { now: new Date(sample.now) });
    expect(diagnosis.dotnet!.comparison).toMatchObject({ comparable: true, sameServerCertificate: false });
  });

  it('has no .NET part for an ordinary certificate', async () => {
    const diagnosis = await diagnose(readFixture('chain-full.pem', 'text'), 'https://mail.contoso.com/');
    expect(diagnosis.dotnet).toBeUndefined();
  });
});

const report = (lines: string[]) => parseDotnetReport(['trustkb .NET TLS report 1', ...lines].join('\n'))!;

function compare(lines: string[], findings: FindingId[], certificateCount = 1) {
  const entries = findings.map((id) => ({ id }));
  return compareWithDotnet(report(lines), {
    findings: entries,
    verdict: computeVerdict(entries, certificateCount),
    certificateCount,
    leafSha1: null,
    nameChecked: true,
  });
}

function aspect(comparison: DotnetComparison, name: string): AspectComparison | undefined {
  return comparison.comparable ? comparison.aspects.find((entry) => entry.aspect === name) : undefined;
}

describe('compareWithDotnet', () => {
  const rows: {
    name: string;
    lines: string[];
    findings: FindingId[];
    overall: string;
    aspects: Record<string, string>;
  }[] = [
    {
      name: 'both accept a public chain',
      lines: ['SslPolicyErrors: None', 'Chain status: NoError'],
      findings: ['name.match', 'trust.public-root'],
      overall: 'agree',
      aspects: { name: 'agree', chain: 'agree', trust: 'agree' },
    },
    {
      name: 'the checker rejects an expired certificate that .NET accepted (its clock?)',
      lines: ['SslPolicyErrors: None', 'Chain status: NoError'],
      findings: ['name.match', 'trust.public-root', 'time.expired'],
      overall: 'differ:checker',
      aspects: { name: 'agree', chain: 'differ:checker', trust: 'agree', time: 'differ:checker' },
    },
    {
      name: '.NET rejects a name the checker accepts by the old Windows rules',
      lines: ['SslPolicyErrors: RemoteCertificateNameMismatch', 'Chain status: NoError'],
      findings: ['name.legacy-only', 'trust.public-root'],
      overall: 'differ:dotnet',
      aspects: { name: 'differ:dotnet', chain: 'agree', trust: 'agree' },
    },
    {
      name: 'a missing intermediate that the router computer has',
      lines: ['SslPolicyErrors: None', 'Chain status: NoError'],
      findings: ['name.match', 'chain.incomplete'],
      overall: 'depends:trusted',
      aspects: { name: 'agree', chain: 'depends:trusted', trust: 'depends:trusted' },
    },
    {
      name: 'a private root the router computer does not trust',
      lines: ['SslPolicyErrors: RemoteCertificateChainErrors', 'Chain status: UntrustedRoot'],
      findings: ['name.match', 'trust.private-root'],
      overall: 'depends:not-trusted',
      aspects: { name: 'agree', chain: 'depends:not-trusted', trust: 'depends:not-trusted' },
    },
    {
      name: 'chain errors without their flags (a report cut short) settle the depends as not trusted',
      lines: ['SslPolicyErrors: RemoteCertificateChainErrors'],
      findings: ['name.match', 'trust.private-root'],
      overall: 'depends:not-trusted',
      aspects: { name: 'agree', chain: 'depends:not-trusted' },
    },
    {
      name: 'a signature the checker could not compute, which .NET verified',
      lines: ['SslPolicyErrors: None', 'Chain status: NoError'],
      findings: ['name.match', 'chain.signature-unchecked', 'crypto.weak-signature', 'trust.public-root'],
      overall: 'depends:trusted',
      aspects: { name: 'agree', chain: 'depends:trusted', trust: 'agree', signature: 'depends:trusted' },
    },
    {
      name: 'a weak signature both see (a warning confirms the flag)',
      lines: ['SslPolicyErrors: RemoteCertificateChainErrors', 'Chain status: HasWeakSignature'],
      findings: ['name.match', 'crypto.weak-signature', 'trust.public-root'],
      overall: 'differ:dotnet',
      aspects: { name: 'agree', chain: 'differ:dotnet', trust: 'agree', signature: 'agree' },
    },
    {
      name: 'a revoked certificate: the checker does not check revocation',
      lines: ['SslPolicyErrors: RemoteCertificateChainErrors', 'Chain status: Revoked'],
      findings: ['name.match', 'trust.public-root'],
      overall: 'differ:dotnet',
      aspects: { name: 'agree', chain: 'differ:dotnet', trust: 'agree', revocation: 'differ:dotnet' },
    },
    {
      name: 'usage problems both see, and a flag the checker does not know',
      lines: ['SslPolicyErrors: RemoteCertificateChainErrors', 'Chain status: NotValidForUsage, SomethingNew'],
      findings: ['name.match', 'usage.no-server-auth', 'trust.private-root'],
      overall: 'agree',
      aspects: {
        name: 'agree',
        chain: 'agree',
        trust: 'depends:trusted',
        usage: 'agree',
        unknown: 'differ:dotnet',
      },
    },
    {
      name: 'a self-signed certificate trusted on the router computer',
      lines: ['SslPolicyErrors: None', 'Chain status: NoError'],
      findings: ['name.match', 'trust.self-signed'],
      overall: 'differ:checker',
      aspects: { name: 'agree', chain: 'differ:checker', trust: 'differ:checker' },
    },
  ];
  it.each(rows.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const comparison = compare(row.lines, row.findings);
    expect(summary(comparison)).toEqual({ overall: row.overall, aspects: row.aspects });
  });

  it('lists the flags and the findings of each aspect', () => {
    const comparison = compare(
      [
        'SslPolicyErrors: RemoteCertificateChainErrors, RemoteCertificateNameMismatch',
        'Chain status: UntrustedRoot',
        'Chain element 0: CN=a',
        '  Status: NotTimeValid, UntrustedRoot',
      ],
      ['name.mismatch', 'trust.private-root', 'time.expired'],
    );
    expect(aspect(comparison, 'name')).toMatchObject({
      dotnet: [{ name: 'RemoteCertificateNameMismatch', known: true }],
      checker: ['name.mismatch'],
    });
    expect(aspect(comparison, 'time')).toMatchObject({
      dotnet: [{ name: 'NotTimeValid', known: true }],
      checker: ['time.expired'],
    });
    expect(aspect(comparison, 'trust')!.dotnet).toEqual([{ name: 'UntrustedRoot', known: true }]);
  });

  it('compares the server sending no certificate', () => {
    const none = compare(['SslPolicyErrors: RemoteCertificateNotAvailable'], ['input.unrecognized'], 0);
    expect(summary(none)).toEqual({ overall: 'agree', aspects: { 'not-available': 'agree' } });
    const pasted = compare(['SslPolicyErrors: RemoteCertificateNotAvailable'], ['name.match', 'trust.public-root']);
    expect(aspect(pasted, 'not-available')).toMatchObject({ outcome: 'differ', flaggedBy: 'dotnet' });
  });

  it('compares nothing when .NET never validated, the report stops early, or no certificate came with it', () => {
    expect(compare(['SslPolicyErrors: (not reached)'], ['name.match'])).toEqual({
      comparable: false,
      reason: 'not-reached',
    });
    expect(compare(['Url: https://x.example/'], ['name.match'])).toEqual({ comparable: false, reason: 'incomplete' });
    expect(compare(['SslPolicyErrors: None'], [], 0)).toEqual({ comparable: false, reason: 'no-certificates' });
  });

  it('leaves the name out when no host could be checked', () => {
    const comparison = compareWithDotnet(report(['SslPolicyErrors: None', 'Chain status: NoError']), {
      findings: [{ id: 'url.invalid' }],
      verdict: computeVerdict([{ id: 'url.invalid' }], 1),
      certificateCount: 1,
      leafSha1: null,
      nameChecked: false,
    });
    expect(aspect(comparison, 'name')).toBeUndefined();
  });

  // The chain aspect must know every finding the verdict turns into RemoteCertificateChainErrors.
  it.each(FINDING_IDS.map((id) => [id] as const))(
    '%s is in the chain aspect exactly when it makes chain errors',
    (id) => {
      const chainErrors = computeVerdict([{ id }], 1).sslPolicyErrors.includes('RemoteCertificateChainErrors');
      const comparison = compare(['SslPolicyErrors: RemoteCertificateChainErrors'], [id]);
      expect(aspect(comparison, 'chain')!.checker.includes(id)).toBe(chainErrors);
    },
  );
});
