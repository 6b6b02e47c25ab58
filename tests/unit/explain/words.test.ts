import { describe, expect, it } from 'vitest';
import {
  diagnose,
  FINDINGS,
  FINDING_IDS,
  type Finding,
  type FindingId,
  type FindingParams,
} from '../../../src/checker/index.ts';
import { findingWords, piecesToText } from '../../../src/explain/index.ts';
import { cs } from '../../../src/explain/words/cs.ts';
import { en } from '../../../src/explain/words/en.ts';
import { MANIFEST, readFixture } from '../../../scripts/lib/fixture-manifest.ts';
import { nodeRootKeys } from '../../../src/cli/node-roots.ts';

const WORDS = { cs, en };
const name = (index: number) => `#${index}`;

/**
 * One finding of every kind, including those no fixture produces (an input over a limit, a
 * certificate expiring soon): typed by FindingParams, so a new finding id or a renamed parameter
 * fails to compile here until it is added.
 */
const SAMPLE_PARAMS: { [Id in FindingId]: FindingParams[Id][] } = {
  'input.empty': [{}],
  'input.unrecognized': [{}, { block: 2, line: 31, label: 'PUBLIC KEY' }],
  'input.malformed': [
    { block: 1, line: 1, reason: 'base64' },
    { reason: 'internal-error', message: 'TypeError: x' },
  ],
  'input.too-large': [
    { reason: 'bytes', limit: 1048576 },
    { reason: 'blocks', limit: 50 },
    { block: 2, reason: 'asn1-depth' },
  ],
  'input.private-key': [{ block: 2, line: 30, label: 'PRIVATE KEY' }],
  'input.csr': [{ block: 1, line: 1, label: 'CERTIFICATE REQUEST' }],
  'input.pkcs12': [{ block: 1 }],
  'url.invalid': [{ reason: 'syntax' }, { reason: 'empty' }],
  'url.not-https': [{ scheme: 'http' }],
  'name.match': [{ host: 'mail.contoso.com', name: '*.contoso.com' }],
  'name.mismatch': [
    { host: 'mail.contoso.com', dnsNames: ['owa.contoso.com'], ipAddresses: [] },
    { host: 'mail.contoso.com', dnsNames: [], ipAddresses: [], commonName: 'exchange01' },
    { host: 'mail.contoso.com', dnsNames: [], ipAddresses: [] },
  ],
  'name.legacy-only': [
    { host: 'mail.contoso.com', name: 'mail.contoso.com', rule: 'cn-without-san' },
    { host: 'mail1.contoso.com', name: 'mail*.contoso.com', rule: 'partial-wildcard' },
  ],
  'trust.self-signed': [{}],
  'trust.private-root': [{ root: 'CN=Contoso Root CA' }],
  'trust.public-root': [
    { root: 'CN=ISRG Root X1', pasted: true },
    { root: 'CN=ISRG Root X1', pasted: false },
  ],
  'trust.public-root-unverified': [{ root: 'CN=ISRG Root X1' }],
  'trust.windows-distrusted': [
    {
      root: 'Hellenic Academic and Research Institutions RootCA 2015',
      notBefore: '2025-09-15T00:00:00.000Z',
      issued: '2025-10-01T08:00:00.000Z',
    },
  ],
  'chain.incomplete': [
    { issuer: 'CN=Contoso Issuing CA 1', caIssuers: [] },
    { issuer: 'CN=Contoso Issuing CA 1', caIssuers: ['http://pki.contoso.com/issuing-ca-1.crt'] },
    { issuer: 'CN=Contoso Issuing CA 1', caIssuers: ['http://a.contoso.com/ca.crt', 'ldap://b.contoso.com/ca'] },
  ],
  'chain.bad-signature': [
    { issuer: 0 },
    { issuer: 1 },
    { root: 'CN=ISRG Root X1, O=Internet Security Research Group, C=US' },
  ],
  'chain.signature-unchecked': [
    { issuer: 1, algorithm: 'md5WithRSAEncryption' },
    { root: 'CN=ISRG Root X1', algorithm: '1.2.840.10045.4.3.2' },
  ],
  'chain.path-length': [
    { limit: 0, below: 1 },
    { limit: 1, below: 2 },
    { limit: 2, below: 5 },
  ],
  'chain.name-constraints': [
    { ca: 1, rule: 'excluded', form: 'dns', name: 'mail.fabrikam.com' },
    { ca: 2, rule: 'not-permitted', form: 'ip', name: '10.0.0.1' },
    { ca: 1, rule: 'not-permitted', form: 'dn', name: 'CN=mail.contoso.com, O=Fabrikam, C=CZ' },
  ],
  'chain.unused-issuer': [
    { reason: 'public-root' },
    { reason: 'self-signed-root', instead: 2 },
    { reason: 'time-invalid', instead: 1 },
    { reason: 'time-invalid' },
    { reason: 'bad-signature', instead: 1 },
    { reason: 'other-path', instead: 1 },
    { reason: 'other-path' },
  ],
  'chain.issuer-not-ca': [{ issued: 0, reason: 'not-a-ca' }],
  'chain.order': [{ blocks: [2, 1] }],
  'chain.duplicate': [{ copies: 2, blocks: [1, 3] }],
  'chain.unrelated': [{}],
  'time.expired': [{ notAfter: '2025-01-01T00:00:00.000Z', days: 379 }],
  'time.not-yet-valid': [{ notBefore: '2026-03-01T00:00:00.000Z', days: 45 }],
  'time.expiring-soon': [{ notAfter: '2026-02-01T00:00:00.000Z', days: 3 }],
  'usage.no-server-auth': [{ usages: ['clientAuth'] }],
  'usage.leaf-is-ca': [{}],
  'usage.unknown-critical-extension': [{ oids: ['1.2.3.4'] }, { oids: ['1.2.3.4', '1.3.6.1.4.1.311.21.7'] }],
  'crypto.weak-key': [{ algorithm: 'RSA', bits: 1024 }],
  'crypto.weak-signature': [{ algorithm: 'sha1WithRSAEncryption', hash: 'SHA-1' }],
};

const SEVERITY = new Map(FINDINGS.map((entry) => [entry.id, entry.severity]));
const SAMPLES: Finding[] = FINDING_IDS.flatMap((id) =>
  SAMPLE_PARAMS[id].map((params) => ({ id, severity: SEVERITY.get(id)!, certificate: 0, params }) as Finding),
);

describe('the checker result words', () => {
  for (const [language, words] of Object.entries(WORDS)) {
    it(`${language}: every finding id has a title and an explanation`, () => {
      for (const finding of SAMPLES) {
        const { title, explanation } = findingWords(words, finding);
        expect(title.trim(), finding.id).toBeTruthy();
        expect(piecesToText(explanation, name), `${finding.id} ${JSON.stringify(finding.params)}`).not.toMatch(
          /undefined|NaN|\[object|\$\{| [,;:]| \.(?![A-Za-z])|^\s|\s$/,
        );
      }
    });
  }

  it('explain every finding of every fixture in both languages, with its parameters and no gaps', async () => {
    const seen = new Set<string>();
    for (const fixture of MANIFEST.cases) {
      const diagnosis = await diagnose(readFixture(fixture.file, fixture.format), fixture.url, {
        now: new Date(fixture.now),
        publicRootKey: nodeRootKeys,
      });
      for (const finding of diagnosis.findings) {
        seen.add(finding.id);
        for (const words of Object.values(WORDS)) {
          const sentence = piecesToText(findingWords(words, finding).explanation, name);
          expect(sentence, `${fixture.name} ${finding.id}`).not.toMatch(
            /undefined|NaN|\[object|\$\{| [,;:]| \.(?![A-Za-z])|^\s|\s$/,
          );
          for (const value of Object.values(finding.params ?? {})) {
            // Names, dates' years and counts from the certificate appear in the sentence.
            if (typeof value === 'string' && /^[\w.*-]+\.[a-z]{2,}$/i.test(value))
              expect(sentence, `${fixture.name} ${finding.id}`).toContain(value);
          }
        }
      }
    }
    expect(seen.size).toBeGreaterThan(20);
  });

  it('word the findings no fixture produces, in both languages', () => {
    const sentence = (words: typeof en, finding: Finding) =>
      piecesToText(findingWords(words, finding).explanation, name);
    const sample = (id: FindingId, index = 0) => SAMPLES.filter((finding) => finding.id === id)[index]!;
    expect(sentence(cs, sample('input.too-large', 0))).toBe('Vstup je větší než 1 MiB. Vložte jen certifikáty.');
    expect(sentence(en, sample('input.too-large', 1))).toBe(
      'There are more than 50 blocks or certificates. Paste only the chain the server sends.',
    );
    expect(sentence(en, sample('time.expiring-soon'))).toBe(
      'It expires on 1 February 2026, in 3 days. Renew it before then.',
    );
    expect(sentence(cs, sample('time.expiring-soon'))).toBe(
      'Platnost skončí 1. února 2026, tedy za 3 dny. Obnovte certifikát včas.',
    );
  });

  it.each([
    [1, 'vyprší za 1 den', 'platnost skončila před 1 dnem'],
    [2, 'vyprší za 2 dny', 'platnost skončila před 2 dny'],
    [4, 'vyprší za 4 dny', 'platnost skončila před 4 dny'],
    [5, 'vyprší za 5 dní', 'platnost skončila před 5 dny'],
    [22, 'vyprší za 22 dní', 'platnost skončila před 22 dny'],
    [0, 'vyprší za 0 dní', 'platnost skončila před 0 dny'],
  ])('counts %i days in Czech', (days, expiresIn, expiredAgo) => {
    expect(cs.validity.expiresIn(days)).toBe(expiresIn);
    expect(cs.validity.expiredAgo(days)).toBe(expiredAgo);
  });

  it.each([
    [1, 'expires in 1 day', 'expired 1 day ago'],
    [320, 'expires in 320 days', 'expired 320 days ago'],
  ])('counts %i days in English', (days, expiresIn, expiredAgo) => {
    expect(en.validity.expiresIn(days)).toBe(expiresIn);
    expect(en.validity.expiredAgo(days)).toBe(expiredAgo);
  });

  it('write dates as each language does', () => {
    expect(en.date('2026-12-01T00:00:00.000Z')).toBe('1 December 2026');
    expect(cs.date('2026-12-01T00:00:00.000Z')).toBe('1. prosince 2026');
  });
});
