import { describe, expect, it } from 'vitest';
import {
  CHAIN_STATUS_FLAGS,
  diagnose,
  SSL_POLICY_ERROR_NAMES,
  WEB_EXCEPTION_STATUSES,
  type Diagnosis,
} from '../../../src/checker/index.ts';
import { readArticleFiles } from '../../../src/content/files.ts';
import { mdxHeadings } from '../../../src/content/headings.ts';
import {
  buildReport,
  DOTNET_TERMS,
  dotnetView,
  findingLinks,
  linkTable,
  piecesToText,
  verdictOf,
  type DotnetTerm,
  type FindingLink,
} from '../../../src/explain/index.ts';
import { cs } from '../../../src/explain/words/cs.ts';
import { en } from '../../../src/explain/words/en.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';
import { nodeRootKeys } from '../../../src/cli/node-roots.ts';
import { readDotnetSampleBytes, readDotnetSamples } from '../../../scripts/fixtures/dotnet-reports.ts';
import { readFixture } from '../../../scripts/lib/fixture-manifest.ts';

const WORDS = { cs, en };
const SAMPLES = readDotnetSamples();
const GAPS = /undefined|NaN|null|\[object|\$\{| [,;:]| \.(?![A-Za-z])|^\s|\s$/;
const text = (pieces: Parameters<typeof piecesToText>[0]) => piecesToText(pieces, (index) => `#${index}`);

async function sample(name: string, url = ''): Promise<{ diagnosis: Diagnosis; now: Date }> {
  const found = SAMPLES.find((entry) => entry.name === name)!;
  const now = new Date(found.now);
  return { diagnosis: await diagnose(readDotnetSampleBytes(found), url, { now, publicRootKey: nodeRootKeys }), now };
}

describe('the words of a .NET report', () => {
  it('give every flag, policy error and request status a meaning of its own in each language', () => {
    for (const name of ['None', 'NoError', ...SSL_POLICY_ERROR_NAMES, ...CHAIN_STATUS_FLAGS] as const) {
      expect(en.dotnet.flag[name].trim(), name).toBeTruthy();
      expect(cs.dotnet.flag[name].trim(), name).toBeTruthy();
      expect(cs.dotnet.flag[name], name).not.toBe(en.dotnet.flag[name]);
    }
    for (const name of ['accepted', ...WEB_EXCEPTION_STATUSES] as const) {
      expect(en.dotnet.result[name].trim(), name).toBeTruthy();
      expect(cs.dotnet.result[name], name).not.toBe(en.dotnet.result[name]);
    }
    const meanings = Object.values(en.dotnet.flag);
    expect(new Set(meanings).size, 'no two flags share a meaning').toBe(meanings.length);
  });

  for (const [language, words] of Object.entries(WORDS)) {
    it.each(SAMPLES.map((entry) => [entry.name] as const))(`${language}: %s reads without gaps`, async (name) => {
      const { diagnosis } = await sample(name);
      const view = dotnetView(diagnosis, words)!;
      expect(view.heading).toBe(words.dotnet.heading);
      expect(view.comparison.sentences.length).toBeGreaterThan(0);
      for (const sentence of [...view.notes, ...view.comparison.sentences]) expect(text(sentence)).not.toMatch(GAPS);
      for (const flag of [...(view.sslPolicyErrors?.flags ?? []), ...view.elements.flatMap((entry) => entry.status)])
        expect(flag.meaning.trim(), flag.name).toBeTruthy();
      expect(view.fields.map((field) => field.label)).toContain(words.dotnet.field.account);
    });
  }

  it.each([
    ['self-signed', 'en', 'Both agree: the router computer rejects this certificate.'],
    ['self-signed', 'cs', 'Obě strany se shodují: počítač s routerem tento certifikát odmítá.'],
    [
      'enterprise-root-accepted',
      'en',
      'The checker’s answer was “only if the router computer trusts your root”. .NET on that computer accepted it for the account CONTOSO\\svc-crmrouter, so what it needs is installed there.',
    ],
    [
      'czech-windows',
      'cs',
      'Kontrola odpověděla „jen pokud počítač s routerem důvěřuje vaší kořenové autoritě“. .NET na tom počítači certifikát odmítl: kořenová autorita nebo vydávající certifikát tam chybí.',
    ],
    [
      'revocation',
      'en',
      'They differ: the checker expects it to pass once the root is trusted, but .NET on the router computer rejected it.',
    ],
    [
      'revocation',
      'cs',
      'Tady se liší: podle kontroly certifikát projde, jakmile bude kořenová autorita důvěryhodná, .NET na počítači s routerem ho ale odmítl.',
    ],
    ['not-reached', 'en', '.NET never got as far as the certificate (see the result), so there is nothing to compare.'],
    [
      'truncated',
      'cs',
      'Podle zprávy poslal server 1 certifikát, v tom, co jste vložili, ale žádný z nich není: vložte zprávu až po její poslední řádek.',
    ],
  ] as const)('%s in %s: the first comparison sentence', async (name, language, sentence) => {
    const { diagnosis } = await sample(name);
    expect(text(dotnetView(diagnosis, WORDS[language])!.comparison.sentences[0]!)).toBe(sentence);
  });

  it('name what each side flags where they differ', async () => {
    const { diagnosis } = await sample('revocation');
    const sentences = dotnetView(diagnosis, en)!.comparison.sentences.map(text);
    expect(sentences).toContain(
      'Revocation: they differ. .NET reports RevocationStatusUnknown and OfflineRevocation; the checker does not check revocation at all, because it cannot reach the revocation lists. Only the router computer can answer this.',
    );
    expect(sentences).toContain(
      'Chain as a whole: they differ. .NET reports RemoteCertificateChainErrors, more than the checker found (“The issuing certificate is missing”).',
    );
    const other = await sample('self-signed', 'https://mail.contoso.com/');
    const czech = dotnetView(other.diagnosis, cs)!;
    expect(czech.comparison.sentences.map(text)).toContain(
      'Název: tady se liší. .NET hlásí RemoteCertificateNameMismatch, kontrola ale nic takového nenašla.',
    );
    expect(text(czech.notes[0]!)).toBe(
      '.NET se připojoval k exch01.contoso.local, kontrola ale ověřovala mail.contoso.com: porovnání názvu se tak týká dvou různých serverů.',
    );
  });

  it('words the server sending no certificate, with or without certificates pasted', async () => {
    const report = [
      'trustkb .NET TLS report 1',
      'Url: https://mail.contoso.com/',
      'Account: CONTOSO\\svc',
      'SslPolicyErrors: RemoteCertificateNotAvailable',
      'Result: TrustFailure: no certificate',
      'Certificates sent by the server: 0',
    ].join('\n');
    const none = await diagnose(report, '');
    expect(none.findings).toEqual([]);
    for (const [language, words] of Object.entries(WORDS)) {
      const sentences = dotnetView(none, words)!.comparison.sentences.map(text);
      for (const sentence of sentences) expect(sentence, language).not.toMatch(GAPS);
    }
    expect(dotnetView(none, en)!.comparison.sentences.map(text)).toEqual([
      'Both agree: the router computer rejects this certificate.',
      'Server certificate: the server sent .NET none, and none came with the report either.',
    ]);
    const pasted = await diagnose(`${report}\n${readFixture('self-signed.pem', 'text') as string}`, '');
    expect(dotnetView(pasted, cs)!.comparison.sentences.map(text)).toContain(
      'Certifikát serveru: tady se liší. Server .NET žádný certifikát neposlal, v tom, co jste vložili, ale certifikáty jsou: nejsou z jiného serveru?',
    );
  });

  it('uses the report URL for the verdict when none was typed', async () => {
    const { diagnosis, now } = await sample('partial-chain');
    expect(verdictOf({ diagnosis, url: '', now })).toBe('depends');
    expect(text(dotnetView(diagnosis, en)!.notes[0]!)).toBe(
      'No URL was entered, so the checker used the one from the report.',
    );
  });

  it('makes report text visible, never obeyed: control and bidi characters are escaped', async () => {
    const report = [
      'trustkb .NET TLS report 1',
      'Url: https://mail.contoso.com/',
      'Account: CONTOSO\\\u202eevil',
      'SslPolicyErrors: None',
      'Chain element 0: CN=<img src=x onerror=alert(1)>',
      'Result: Accepted (HTTP 200 OK)',
    ].join('\n');
    const diagnosis = await diagnose(report, '');
    const view = dotnetView(diagnosis, en)!;
    expect(view.fields.find((field) => field.label === 'Account')!.value).toBe('CONTOSO\\\\u202eevil');
    const markdown = buildReport(
      { diagnosis, url: '', now: new Date() },
      { words: en, links: new Map(), origin: 'https://kb.example.org' },
      'markdown',
    );
    for (const line of markdown.split('\n').filter((candidate) => candidate.includes('onerror')))
      expect(line.replace(/`[^`]*`/g, '')).not.toContain('<img');
  });
});

describe('the .NET section of the copied report', () => {
  const dotnetLinks = new Map<DotnetTerm, FindingLink[]>([
    ['UntrustedRoot', [{ href: '/en/email-router-ssl-trust/#cause-self-signed', title: 'Self-signed' }]],
    ['RemoteCertificateNameMismatch', [{ href: '/en/email-router-ssl-trust/#cause-name-mismatch', title: 'Name' }]],
  ]);

  it('lists the fields, each flag with its meaning, the result, the comparison and where flags are explained', async () => {
    const { diagnosis, now } = await sample('self-signed');
    const report = buildReport(
      { diagnosis, url: '', now },
      { words: en, links: new Map(), dotnetLinks, origin: 'https://kb.example.org' },
      'text',
    );
    expect(report).toContain('URL: https://exch01.contoso.local/EWS/Exchange.asmx');
    expect(report).toContain(
      'The checker expects .NET to report: RemoteCertificateNameMismatch, RemoteCertificateChainErrors',
    );
    expect(report).toContain('.NET on the router computer reported');
    expect(report).toContain('   Account: CONTOSO\\svc-crmrouter');
    expect(report).toContain('   Chain status: UntrustedRoot (the chain ends at a root this computer does not trust)');
    expect(report).toContain('   Chain element 0 (server certificate): CN=mail.contoso.com, O=Contoso Ltd, C=CZ');
    expect(report).toMatch(/^ {6}Status information: A certificate chain processed, but terminated in a root/m);
    expect(report).toContain('   Result: TrustFailure (the certificate was not accepted): The underlying connection');
    expect(report).toContain('- Both agree: the router computer rejects this certificate.');
    expect(report).toContain(
      '- UntrustedRoot: Self-signed https://kb.example.org/en/email-router-ssl-trust/#cause-self-signed',
    );
    // The section comes before the checker's own findings.
    expect(report.indexOf('.NET on the router computer reported')).toBeLessThan(report.indexOf('Findings'));
  });

  it('has no such section without a report', async () => {
    const diagnosis = await diagnose('-----BEGIN CERTIFICATE-----\nQUJD\n-----END CERTIFICATE-----', 'x.example');
    const report = buildReport(
      { diagnosis, url: 'x.example', now: new Date() },
      { words: en, links: new Map(), origin: 'https://kb.example.org' },
      'text',
    );
    expect(report).not.toContain(en.dotnet.heading);
  });
});

describe('links from .NET terms to articles', () => {
  for (const locale of LOCALES) {
    const articles = readArticleFiles()
      .filter((file) => file.data.locale === locale)
      .map((file) => ({ data: file.data, headings: mdxHeadings(file.body) }));
    const links = findingLinks(articles);
    const hrefs = (term: DotnetTerm) => links.dotnet[term].map((link) => link.href);

    it(`${locale}: the flags a router meets link to the causes that explain them`, () => {
      expect(hrefs('RemoteCertificateNameMismatch')).toEqual(links['name.mismatch'].map((link) => link.href));
      expect(hrefs('UntrustedRoot')).toEqual([
        `/${locale}/email-router-ssl-trust/#cause-self-signed`,
        `/${locale}/enterprise-root-untrusted/#cause-root-missing`,
        `/${locale}/enterprise-root-untrusted/#cause-user-store-only`,
      ]);
      expect(hrefs('PartialChain')).toEqual(links['chain.incomplete'].map((link) => link.href));
      expect(hrefs('NotTimeValid')[0]).toBe(`/${locale}/certificate-expired/#cause-expired`);
      for (const term of ['RevocationStatusUnknown', 'OfflineRevocation'] as const)
        expect(hrefs(term)[0]).toBe(`/${locale}/revocation-check-failed/#cause-cdp-unreachable`);
      expect(hrefs('SendFailure')[0]).toBe(`/${locale}/tls12-secure-channel/#cause-dotnet-old-protocols`);
      for (const term of DOTNET_TERMS)
        for (const link of links.dotnet[term]) expect(link.title.trim(), term).toBeTruthy();
    });

    it(`${locale}: a section named for a .NET term that is gone stops the build`, () => {
      const broken = articles.map((article) =>
        article.data.id === 'revocation-check-failed'
          ? {
              ...article,
              data: { ...article.data, causes: article.data.causes.filter((cause) => cause.id !== 'winhttp-proxy') },
            }
          : article,
      );
      expect(() => findingLinks(broken)).toThrow(
        /\.NET term "RevocationStatusUnknown" points at a section that revocation-check-failed/,
      );
    });

    it(`${locale}: the links file the page loads carries the terms with their sections`, () => {
      const table = linkTable(links);
      const hrefsOf = (positions: number[] | undefined) =>
        (positions ?? []).map((index) => table.sections[index]!.href);
      expect(hrefsOf(table.dotnet.UntrustedRoot)).toEqual(hrefs('UntrustedRoot'));
      const revocation = table.sections.findIndex((section) => section.href.endsWith('#cause-winhttp-proxy'));
      expect(Object.values(table.findings).filter((positions) => positions.includes(revocation))).toEqual([]);
      expect(DOTNET_TERMS.filter((term) => table.dotnet[term]?.includes(revocation))).toEqual([
        'RevocationStatusUnknown',
        'OfflineRevocation',
      ]);
    });
  }
});
