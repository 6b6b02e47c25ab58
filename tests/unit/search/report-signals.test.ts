import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../../src/content/files.ts';
import { planPaste } from '../../../src/search/plan-paste.ts';
import { mayBeDotnetReport } from '../../../src/search/report-detect.ts';
import { decisiveSignal, REPORT_SIGNALS, reportSearchText } from '../../../src/search/report-signals.ts';
import { readDotnetReport } from '../../../src/search/dotnet-report.ts';
import {
  buildReport,
  CA_ISSUED_PEMS,
  chainLines,
  SELF_SIGNED_PEM,
  TRUST_FAILURE_CS,
  TRUST_FAILURE_EN,
  UNTRUSTED_ROOT_INFO,
  type ChainElementSample,
  type ReportSample,
} from './report-samples.ts';

const articles = readArticleFiles().filter((file) => file.data.locale === 'en');
const messagesOf = (id: string) => articles.find((file) => file.data.id === id)?.data.errorMessages ?? [];

describe('the report signal table and the articles', () => {
  it('searches each status for a wording its article owns', () => {
    const wrong = REPORT_SIGNALS.filter(
      (signal) => !messagesOf(signal.article).some((message) => message.text === signal.query && !message.shared),
    ).map((signal) => `${JSON.stringify(signal.when)} → ${signal.article}: "${signal.query}"`);
    expect(wrong).toEqual([]);
  });

  it('sends a status an article owns as a message to that article', () => {
    const owners = new Map(
      articles.flatMap((file) =>
        file.data.errorMessages
          .filter((message) => !message.shared)
          .map((message) => [message.text, file.data.id] as const),
      ),
    );
    const wrong: string[] = [];
    for (const signal of REPORT_SIGNALS) {
      // The self-signed row is the trust article's own case of UntrustedRoot, which it shares.
      if ('selfSigned' in signal.when) continue;
      for (const name of Object.values(signal.when)) {
        const owner = owners.get(String(name));
        if (owner && owner !== signal.article) wrong.push(`${name}: ${signal.article}, but ${owner} owns it`);
      }
    }
    expect(wrong).toEqual([]);
    // The self-signed row must at least be an article that lists UntrustedRoot.
    expect(messagesOf('email-router-ssl-trust').map((message) => message.text)).toContain('UntrustedRoot');
  });

  it('has no row that an earlier row always hides', () => {
    const hidden = REPORT_SIGNALS.filter((signal, index) =>
      REPORT_SIGNALS.slice(0, index).some((earlier) =>
        Object.entries(earlier.when).every(([key, value]) => (signal.when as Record<string, unknown>)[key] === value),
      ),
    );
    expect(hidden).toEqual([]);
  });
});

const element = (subject: string, status: string, information?: string): ChainElementSample => ({
  subject,
  status,
  information: information ? [information] : [],
});
const leaf = (status = 'NoError') => element('CN=mail.contoso.com, O=Contoso Ltd, C=CZ', status);
const issuingCa = (status = 'NoError') => element('CN=Contoso Issuing CA 1, O=Contoso Ltd, C=CZ', status);
const root = (status = 'NoError') => element('CN=Contoso Root CA, O=Contoso Ltd, C=CZ', status);
const CHAIN = 'RemoteCertificateChainErrors';

const articleFor = (sample: ReportSample) => decisiveSignal(readDotnetReport(buildReport(sample))!)?.article;

describe('decisiveSignal: which article a report lands on', () => {
  const cases: { name: string; sample: ReportSample; want: string | undefined }[] = [
    {
      name: 'a private root: UntrustedRoot on the root of a three-element chain',
      sample: {
        policy: CHAIN,
        chainStatus: 'UntrustedRoot',
        elements: [leaf(), issuingCa(), root('UntrustedRoot')],
        result: TRUST_FAILURE_EN,
        pems: CA_ISSUED_PEMS,
      },
      want: 'enterprise-root-untrusted',
    },
    {
      name: 'a self-signed certificate: element 0 alone, its PEM its own issuer',
      sample: {
        policy: `RemoteCertificateNameMismatch, ${CHAIN}`,
        chainStatus: 'UntrustedRoot',
        elements: [leaf('UntrustedRoot')],
        result: TRUST_FAILURE_EN,
        pems: SELF_SIGNED_PEM,
      },
      want: 'email-router-ssl-trust',
    },
    {
      name: 'a self-signed certificate without its PEM: element 0 alone',
      sample: { policy: CHAIN, chainStatus: 'UntrustedRoot', elements: [leaf('UntrustedRoot')] },
      want: 'email-router-ssl-trust',
    },
    {
      name: 'element 0 alone, but its PEM names another issuer: not self-signed',
      sample: { policy: CHAIN, chainStatus: 'UntrustedRoot', elements: [leaf('UntrustedRoot')], pems: CA_ISSUED_PEMS },
      want: 'enterprise-root-untrusted',
    },
    {
      name: 'the name alone',
      sample: {
        policy: 'RemoteCertificateNameMismatch',
        chainStatus: 'NoError',
        elements: [leaf(), issuingCa(), root()],
      },
      want: 'email-router-ssl-trust',
    },
    {
      name: 'a wrong name and a private root: the root decides',
      sample: {
        policy: `RemoteCertificateNameMismatch, ${CHAIN}`,
        chainStatus: 'UntrustedRoot',
        elements: [leaf(), issuingCa(), root('UntrustedRoot')],
      },
      want: 'enterprise-root-untrusted',
    },
    {
      name: 'PartialChain before the UntrustedRoot and revocation statuses that come with it',
      sample: {
        policy: CHAIN,
        chainStatus: 'PartialChain, RevocationStatusUnknown, OfflineRevocation, UntrustedRoot',
        elements: [leaf('RevocationStatusUnknown, OfflineRevocation, PartialChain')],
      },
      want: 'missing-intermediate',
    },
    {
      name: 'an expired self-signed certificate: the expiry decides',
      sample: {
        policy: CHAIN,
        chainStatus: 'NotTimeValid, UntrustedRoot',
        elements: [leaf('NotTimeValid, UntrustedRoot')],
      },
      want: 'certificate-expired',
    },
    {
      name: 'revocation unknown under a private root: the root decides',
      sample: {
        policy: CHAIN,
        chainStatus: 'UntrustedRoot, RevocationStatusUnknown, OfflineRevocation',
        elements: [leaf('RevocationStatusUnknown, OfflineRevocation'), issuingCa(), root('UntrustedRoot')],
      },
      want: 'enterprise-root-untrusted',
    },
    {
      name: 'revocation unknown alone',
      sample: {
        policy: CHAIN,
        chainStatus: 'RevocationStatusUnknown, OfflineRevocation',
        elements: [leaf('RevocationStatusUnknown, OfflineRevocation'), issuingCa('RevocationStatusUnknown'), root()],
      },
      want: 'revocation-check-failed',
    },
    {
      name: 'OfflineRevocation alone',
      sample: { policy: CHAIN, chainStatus: 'OfflineRevocation', elements: [leaf('OfflineRevocation'), root()] },
      want: 'revocation-check-failed',
    },
    {
      name: 'a revoked certificate, whatever else',
      sample: {
        policy: CHAIN,
        chainStatus: 'Revoked, NotTimeValid',
        elements: [leaf('Revoked, NotTimeValid'), root()],
      },
      want: 'revocation-check-failed',
    },
    {
      name: 'a certificate without server authentication',
      sample: { policy: CHAIN, chainStatus: 'NotValidForUsage', elements: [leaf('NotValidForUsage'), root()] },
      want: 'certificate-hygiene',
    },
    {
      name: 'SecureChannelFailure before the certificate',
      sample: {
        policy: '(not reached)',
        result: 'SecureChannelFailure: The request was aborted: Could not create SSL/TLS secure channel.',
      },
      want: 'tls12-secure-channel',
    },
    {
      name: 'SendFailure before the certificate',
      sample: {
        policy: '(not reached)',
        result: 'SendFailure: The underlying connection was closed: An unexpected error occurred on a send.',
        inner: ['System.IO.IOException: Received an unexpected EOF or 0 bytes from the transport stream.'],
      },
      want: 'tls12-secure-channel',
    },
    {
      name: 'TLS passed and Exchange answered 401',
      sample: {
        policy: 'None',
        chainStatus: 'NoError',
        elements: [leaf(), root()],
        result: 'Accepted (HTTP 401 Unauthorized)',
      },
      want: 'test-access-401-unauthorized',
    },
    {
      name: 'TLS passed and Exchange answered 200: nothing to find',
      sample: { policy: 'None', chainStatus: 'NoError', elements: [leaf(), root()], result: 'Accepted (HTTP 200 OK)' },
      want: undefined,
    },
    {
      name: 'a name that does not resolve: no status decides',
      sample: {
        policy: '(not reached)',
        result: "NameResolutionFailure: The remote name could not be resolved: 'mail.contoso.com'",
      },
      want: undefined,
    },
  ];
  for (const { name, sample, want } of cases) it(name, () => expect(articleFor(sample)).toBe(want));
});

describe('reduceQuery on a pasted report', () => {
  const privateRoot: ReportSample = {
    policy: `RemoteCertificateNameMismatch, ${CHAIN}`,
    chainStatus: 'UntrustedRoot',
    elements: [
      leaf(),
      issuingCa(),
      element('CN=Contoso Root CA, O=Contoso Ltd, C=CZ', 'UntrustedRoot', UNTRUSTED_ROOT_INFO),
    ],
    result: TRUST_FAILURE_EN,
    inner: [
      'System.Security.Authentication.AuthenticationException: The remote certificate is invalid according to the validation procedure.',
    ],
    pems: CA_ISSUED_PEMS,
  };

  it('searches the decisive status alone, and compares results with it rather than the report', () => {
    for (const locale of ['cs', 'en'] as const) {
      const plan = planPaste(buildReport(privateRoot), locale);
      expect(plan.queries).toEqual(['UntrustedRoot']);
      expect(plan.text).toBe('UntrustedRoot');
    }
  });

  it('does the same for a Czech Windows report with CRLF, a partial paste and a joined one', () => {
    const czech = buildReport({ ...privateRoot, result: TRUST_FAILURE_CS, newline: '\r\n' });
    expect(planPaste(czech, 'cs').queries).toEqual(['UntrustedRoot']);
    expect(planPaste(chainLines(privateRoot).join('\n'), 'en').queries).toEqual(['UntrustedRoot']);
    expect(planPaste(buildReport(privateRoot).replace(/\n/g, ' '), 'en').queries).toEqual(['UntrustedRoot']);
  });

  it('reads the report past the 2,000 characters a normal paste is cut to', () => {
    const paste = `${'Forwarded message. '.repeat(120)}\n${buildReport(privateRoot)}`;
    expect(paste.indexOf('SslPolicyErrors')).toBeGreaterThan(2000);
    expect(planPaste(paste, 'en').queries).toEqual(['UntrustedRoot']);
  });

  it('searches the exception text when no status decides, and nothing for a success', () => {
    const unresolved = buildReport({
      policy: '(not reached)',
      result: "NameResolutionFailure: The remote name could not be resolved: 'mail.contoso.com'",
    });
    expect(reportSearchText(unresolved)).toBe("The remote name could not be resolved: 'mail.contoso.com'");
    const success = buildReport({
      policy: 'None',
      chainStatus: 'NoError',
      elements: [leaf()],
      result: 'Accepted (HTTP 200 OK)',
    });
    expect(planPaste(success, 'en').queries).toEqual([]);
  });

  it("lets the browser's quick check through every report the reader reads, before loading the reader", () => {
    const czech = buildReport({ ...privateRoot, result: TRUST_FAILURE_CS, newline: '\r\n' });
    const pastes = [
      buildReport(privateRoot),
      czech,
      chainLines(privateRoot).join('\n'),
      buildReport(privateRoot).replace(/\n/g, ' '),
      `${'Forwarded message. '.repeat(120)}\n${buildReport(privateRoot)}`,
    ];
    for (const paste of pastes) {
      expect(readDotnetReport(paste)).not.toBeNull();
      expect(mayBeDotnetReport(paste)).toBe(true);
    }
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('SslPolicyErrors:', 'Chain element 0:', ' ', '\n', 'x', 'trustkb .NET TLS report 1'),
        }),
        (paste) => readDotnetReport(paste) === null || mayBeDotnetReport(paste),
      ),
    );
    expect(mayBeDotnetReport('The remote certificate is invalid according to the validation procedure.')).toBe(false);
  });

  it('leaves prose about SslPolicyErrors to the normal reduction', () => {
    const prose =
      'Why does SslPolicyErrors say RemoteCertificateNameMismatch when the name on the certificate matches?';
    const plan = planPaste(prose, 'en');
    expect(plan.text).toBe(prose);
    expect(plan.queries.slice(0, 2)).toEqual(['SslPolicyErrors', 'RemoteCertificateNameMismatch']);
  });
});
