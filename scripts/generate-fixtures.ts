/**
 * Writes the checker's test certificates to tests/fixtures/certs/ with manifest.json, which
 * says for every case which file to paste, which URL to check, which `now` to judge it at and
 * what the checker must answer. Unit tests, the CLI tests and the browser tests all read
 * that manifest. Run with `npm run fixtures` (`node scripts/generate-fixtures.ts`).
 *
 * Keys are fresh on every run, so the bytes change but the expectations do not. Dates are
 * fixed around REFERENCE_DATE, which every case passes as `now`. @peculiar/x509 makes the
 * certificates; openssl makes what it cannot (PKCS#7, CSR, PFX, OpenSSL "TRUSTED CERTIFICATE").
 */
import '@abraham/reflection';
import * as x509 from '@peculiar/x509';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { X509Certificate as NodeX509 } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import type { FixtureCase } from './lib/fixture-manifest.ts';

const OUT = new URL('../tests/fixtures/certs/', import.meta.url);
export const REFERENCE_DATE = '2026-01-15T12:00:00.000Z';
const XSS = '<img src=x onerror=alert(1)>';
const URL_MAIL = 'https://mail.contoso.com/EWS/Exchange.asmx';
const subtle = globalThis.crypto.subtle;
x509.cryptoProvider.set(globalThis.crypto);

type Keys = CryptoKeyPair;
interface Issuer {
  cert: x509.X509Certificate;
  keys: Keys;
  algorithm: Algorithm | EcdsaParams;
}
interface Spec {
  subject: x509.JsonName;
  keys: Keys;
  issuer?: Issuer;
  from?: string;
  to?: string;
  ca?: boolean;
  dns?: string[];
  ip?: string[];
  eku?: string[] | null;
  algorithm?: Algorithm | EcdsaParams;
  serial: string;
}

const RSA = (hash = 'SHA-256') => ({ name: 'RSASSA-PKCS1-v1_5', hash });
const rsaKeys = (bits = 2048, hash = 'SHA-256') =>
  subtle.generateKey({ ...RSA(hash), modulusLength: bits, publicExponent: new Uint8Array([1, 0, 1]) }, true, [
    'sign',
    'verify',
  ]) as Promise<Keys>;
const ecKeys = (namedCurve: string) =>
  subtle.generateKey({ name: 'ECDSA', namedCurve }, true, ['sign', 'verify']) as Promise<Keys>;
const name = (cn: string, o = 'Contoso Ltd', c = 'CZ'): x509.JsonName => [{ C: [c] }, { O: [o] }, { CN: [cn] }];

async function certificate(spec: Spec): Promise<x509.X509Certificate> {
  const ca = spec.ca ?? false;
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(ca, undefined, true),
    new x509.KeyUsagesExtension(
      ca
        ? x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign
        : x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment,
      true,
    ),
    await x509.SubjectKeyIdentifierExtension.create(spec.keys.publicKey),
  ];
  const eku = spec.eku === undefined ? (ca ? null : [x509.ExtendedKeyUsage.serverAuth]) : spec.eku;
  if (eku) extensions.push(new x509.ExtendedKeyUsageExtension(eku));
  const names = [
    ...(spec.dns ?? []).map((value) => ({ type: 'dns' as const, value })),
    ...(spec.ip ?? []).map((value) => ({ type: 'ip' as const, value })),
  ];
  if (names.length > 0) extensions.push(new x509.SubjectAlternativeNameExtension(names));
  if (spec.issuer) extensions.push(await x509.AuthorityKeyIdentifierExtension.create(spec.issuer.keys.publicKey));
  const common = {
    serialNumber: spec.serial,
    notBefore: new Date(`${spec.from ?? '2025-06-01'}T00:00:00Z`),
    notAfter: new Date(`${spec.to ?? '2026-12-01'}T00:00:00Z`),
    extensions,
  };
  if (!spec.issuer) {
    return x509.X509CertificateGenerator.createSelfSigned({
      ...common,
      name: spec.subject,
      keys: spec.keys,
      signingAlgorithm: spec.algorithm ?? RSA(),
    });
  }
  return x509.X509CertificateGenerator.create({
    ...common,
    subject: spec.subject,
    issuer: spec.issuer.cert.subjectName,
    publicKey: spec.keys.publicKey,
    signingKey: spec.issuer.keys.privateKey,
    signingAlgorithm: spec.algorithm ?? spec.issuer.algorithm,
  });
}

const pem = (...certs: x509.X509Certificate[]) => certs.map((cert) => cert.toString('pem')).join('\n') + '\n';
const write = (file: string, data: string | Uint8Array) => writeFileSync(new URL(file, OUT), data);
const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: OUT, stdio: ['ignore', 'pipe', 'pipe'] });
async function keyPem(keys: Keys): Promise<string> {
  const der = new Uint8Array(await subtle.exportKey('pkcs8', keys.privateKey));
  return x509.PemConverter.encode(der.buffer, 'PRIVATE KEY') + '\n';
}

/** One expectation in the manifest: the same shape the tests read. */
type Case = FixtureCase;
const cases: Case[] = [];
type F = [string, number?];
const NAME = 'RemoteCertificateNameMismatch';
const CHAIN = 'RemoteCertificateChainErrors';
const verdicts = {
  accepts: { routerAccepts: true, sslPolicyErrors: [] },
  depends: { routerAccepts: 'depends', sslPolicyErrors: [CHAIN] },
  chain: { routerAccepts: false, sslPolicyErrors: [CHAIN] },
  name: { routerAccepts: false, sslPolicyErrors: [NAME, CHAIN] },
  nameOnly: { routerAccepts: false, sslPolicyErrors: [NAME] },
  none: { routerAccepts: false, sslPolicyErrors: [] },
} as const;

function addCase(
  file: string,
  description: string,
  findings: F[],
  verdict: Case['expected']['verdict'],
  more: Partial<Omit<Case, 'expected'>> & { host?: string | null; certificates?: number } = {},
): void {
  const { host, certificates, ...rest } = more;
  cases.push({
    name: rest.name ?? file.replace(/\.(pem|txt)$/, '').replace(/\./g, '-'),
    file,
    format: /\.(der|p7b|pfx)$|utf16/.test(file) ? 'binary' : 'text',
    description,
    url: rest.url ?? URL_MAIL,
    now: REFERENCE_DATE,
    ...(rest.tags ? { tags: rest.tags } : {}),
    expected: {
      host: host === undefined ? 'mail.contoso.com' : host,
      certificates: certificates ?? 0,
      findings: findings.map(([id, certificate]) => (certificate === undefined ? { id } : { id, certificate })),
      verdict: { ...verdict, sslPolicyErrors: [...verdict.sslPolicyErrors] },
    },
  });
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  // The private PKI most Exchange sites run: an offline root, an issuing CA, server certificates.
  const rootKeys = await rsaKeys();
  const root: Issuer = {
    keys: rootKeys,
    algorithm: RSA(),
    cert: await certificate({
      serial: '01',
      subject: name('Contoso Root CA'),
      keys: rootKeys,
      ca: true,
      from: '2020-01-01',
      to: '2040-01-01',
    }),
  };
  const caKeys = await rsaKeys();
  const ca: Issuer = {
    keys: caKeys,
    algorithm: RSA(),
    cert: await certificate({
      serial: '02',
      subject: name('Contoso Issuing CA 1'),
      keys: caKeys,
      issuer: root,
      ca: true,
      from: '2021-01-01',
      to: '2031-01-01',
    }),
  };
  const leafKeys = await rsaKeys();
  const mailNames = ['mail.contoso.com', 'autodiscover.contoso.com'];
  const server = (serial: string, spec: Partial<Spec> = {}) =>
    certificate({ serial, subject: name('mail.contoso.com'), keys: leafKeys, issuer: ca, dns: mailNames, ...spec });
  const leaf = await server('1001');
  const match: F[] = [['name.match', 0]];
  const chainOf = (cert: x509.X509Certificate) => pem(cert, ca.cert, root.cert);
  const privateRoot = (position = 2): F => ['trust.private-root', position];

  write('chain-full.pem', chainOf(leaf));
  addCase(
    'chain-full.pem',
    'leaf, issuing CA and private root, in order',
    [...match, privateRoot()],
    verdicts.depends,
    { certificates: 3 },
  );
  const urlCases: [string, string, string | null, F[], Case['expected']['verdict']][] = [
    ['url-messy-host', '  MAIL.Contoso.COM.  ', 'mail.contoso.com', [...match, privateRoot()], verdicts.depends],
    ['url-host-port', 'mail.contoso.com:443', 'mail.contoso.com', [...match, privateRoot()], verdicts.depends],
    [
      'url-http',
      'http://mail.contoso.com/owa',
      'mail.contoso.com',
      [['url.not-https'], ...match, privateRoot()],
      verdicts.depends,
    ],
    [
      'url-other-host',
      'https://owa.fabrikam.com/',
      'owa.fabrikam.com',
      [['name.mismatch', 0], privateRoot()],
      verdicts.name,
    ],
    ['url-invalid', 'not a url', null, [['url.invalid'], privateRoot()], verdicts.chain],
  ];
  for (const [caseName, url, host, findings, verdict] of urlCases) {
    addCase('chain-full.pem', `the full chain against the URL ${JSON.stringify(url)}`, findings, verdict, {
      name: caseName,
      url,
      host,
      certificates: 3,
    });
  }

  write('chain-root-missing.pem', pem(leaf, ca.cert));
  addCase(
    'chain-root-missing.pem',
    'leaf and issuing CA; the private root is not pasted',
    [...match, ['chain.incomplete', 1]],
    verdicts.depends,
    { certificates: 2 },
  );
  write('leaf-alone.pem', pem(leaf));
  addCase(
    'leaf-alone.pem',
    'the leaf alone, issued by a private CA',
    [...match, ['chain.incomplete', 0]],
    verdicts.depends,
    { certificates: 1 },
  );
  write('leaf.der', new Uint8Array(leaf.rawData));
  addCase('leaf.der', 'the leaf as DER bytes (a .cer file)', [...match, ['chain.incomplete', 0]], verdicts.depends, {
    certificates: 1,
    tags: ['der'],
  });
  const base64 = leaf.toString('base64');
  write('leaf-base64-one-line.txt', base64 + '\n');
  addCase(
    'leaf-base64-one-line.txt',
    'the leaf as Base64 on one line, without PEM headers',
    [...match, ['chain.incomplete', 0]],
    verdicts.depends,
    { certificates: 1 },
  );
  write('leaf-base64-wrapped.txt', base64.replace(/(.{76})/g, '$1\r\n') + '\r\n');
  addCase(
    'leaf-base64-wrapped.txt',
    'the leaf as Base64 wrapped at 76 columns with CRLF, without headers',
    [...match, ['chain.incomplete', 0]],
    verdicts.depends,
    { certificates: 1 },
  );
  write(
    'chain-base64-paragraphs.txt',
    [leaf, ca.cert, root.cert].map((cert) => cert.toString('base64').replace(/(.{64})/g, '$1\n')).join('\n\n') + '\n',
  );
  addCase(
    'chain-base64-paragraphs.txt',
    'three certificates as headerless Base64 paragraphs separated by blank lines',
    [...match, privateRoot()],
    verdicts.depends,
    { certificates: 3 },
  );
  write('leaf-utf16.txt', new Uint8Array(Buffer.from('\ufeff' + pem(leaf).replace(/\n/g, '\r\n'), 'utf16le')));
  addCase(
    'leaf-utf16.txt',
    'PEM saved as UTF-16 with a byte-order mark (PowerShell `>` redirection)',
    [...match, ['chain.incomplete', 0]],
    verdicts.depends,
    { certificates: 1 },
  );

  const selfKeys = await ecKeys('P-256');
  const selfSigned = await certificate({
    serial: '2001',
    subject: name('mail.contoso.com'),
    keys: selfKeys,
    dns: mailNames,
    algorithm: { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams,
  });
  write('self-signed.pem', pem(selfSigned));
  addCase(
    'self-signed.pem',
    'a self-signed server certificate (ECDSA P-256), as Exchange creates at install',
    [...match, ['trust.self-signed', 0]],
    verdicts.chain,
    { certificates: 1 },
  );

  const timed: [string, string, string, string, F][] = [
    ['expired.pem', 'the leaf expired on 2025-01-01', '2024-01-01', '2025-01-01', ['time.expired', 0]],
    [
      'not-yet-valid.pem',
      'the leaf becomes valid on 2026-03-01',
      '2026-03-01',
      '2027-03-01',
      ['time.not-yet-valid', 0],
    ],
    [
      'expiring-soon.pem',
      'the leaf expires on 2026-02-01, 16 days after the reference date',
      '2025-02-01',
      '2026-02-01',
      ['time.expiring-soon', 0],
    ],
  ];
  for (const [file, description, from, to, found] of timed) {
    write(file, chainOf(await server('1002', { from, to })));
    addCase(
      file,
      description,
      [...match, privateRoot(), found],
      found[0] === 'time.expiring-soon' ? verdicts.depends : verdicts.chain,
      { certificates: 3 },
    );
  }
  const oldCa = await certificate({
    serial: '03',
    subject: name('Contoso Issuing CA 0'),
    keys: caKeys,
    issuer: root,
    ca: true,
    from: '2015-01-01',
    to: '2025-06-01',
  });
  write(
    'expired-intermediate.pem',
    pem(
      await certificate({
        serial: '1003',
        subject: name('mail.contoso.com'),
        keys: leafKeys,
        issuer: { ...ca, cert: oldCa },
        dns: mailNames,
      }),
      oldCa,
      root.cert,
    ),
  );
  addCase(
    'expired-intermediate.pem',
    'the issuing CA expired on 2025-06-01',
    [...match, privateRoot(), ['time.expired', 1]],
    verdicts.chain,
    { certificates: 3 },
  );

  write(
    'san-mismatch.pem',
    chainOf(await server('1004', { subject: name('www.fabrikam.com', 'Fabrikam'), dns: ['www.fabrikam.com'] })),
  );
  addCase(
    'san-mismatch.pem',
    'the certificate names www.fabrikam.com only',
    [['name.mismatch', 0], privateRoot()],
    verdicts.name,
    { certificates: 3 },
  );
  write('cn-only.pem', chainOf(await server('1005', { dns: [] })));
  addCase(
    'cn-only.pem',
    'CN=mail.contoso.com and no SAN: Windows accepts it, browsers do not',
    [['name.legacy-only', 0], privateRoot()],
    verdicts.depends,
    { certificates: 3 },
  );
  write('wildcard.pem', chainOf(await server('1006', { subject: name('*.contoso.com'), dns: ['*.contoso.com'] })));
  addCase(
    'wildcard.pem',
    'a *.contoso.com wildcard against mail.contoso.com',
    [...match, privateRoot()],
    verdicts.depends,
    { certificates: 3 },
  );
  addCase(
    'wildcard.pem',
    'a *.contoso.com wildcard does not cover contoso.com itself',
    [['name.mismatch', 0], privateRoot()],
    verdicts.name,
    { name: 'wildcard-apex', url: 'https://contoso.com/', host: 'contoso.com', certificates: 3 },
  );
  addCase(
    'wildcard.pem',
    'a *.contoso.com wildcard covers one label only',
    [['name.mismatch', 0], privateRoot()],
    verdicts.name,
    { name: 'wildcard-two-labels', url: 'https://a.mail.contoso.com/', host: 'a.mail.contoso.com', certificates: 3 },
  );
  write(
    'partial-wildcard.pem',
    chainOf(await server('1007', { subject: name('mail*.contoso.com'), dns: ['mail*.contoso.com'] })),
  );
  addCase(
    'partial-wildcard.pem',
    'a partial wildcard mail*.contoso.com: only Windows accepts it',
    [['name.legacy-only', 0], privateRoot()],
    verdicts.depends,
    { url: 'https://mail1.contoso.com/', host: 'mail1.contoso.com', certificates: 3 },
  );
  write(
    'ip-only.pem',
    chainOf(await server('1008', { subject: name('192.0.2.10'), dns: [], ip: ['192.0.2.10', '2001:db8::10'] })),
  );
  const ipCases: [string, string, string, F[], Case['expected']['verdict']][] = [
    ['ip-only', 'https://192.0.2.10/EWS/Exchange.asmx', '192.0.2.10', [...match, privateRoot()], verdicts.depends],
    ['ip-only-ipv6', 'https://[2001:DB8:0:0::10]:8443/', '2001:db8::10', [...match, privateRoot()], verdicts.depends],
    ['ip-only-bare-ipv6', '2001:db8::10', '2001:db8::10', [...match, privateRoot()], verdicts.depends],
    ['ip-only-dns-host', URL_MAIL, 'mail.contoso.com', [['name.mismatch', 0], privateRoot()], verdicts.name],
  ];
  for (const [caseName, url, host, findings, verdict] of ipCases) {
    addCase('ip-only.pem', `IP-address SANs only, against ${url}`, findings, verdict, {
      name: caseName,
      url,
      host,
      certificates: 3,
    });
  }

  write('client-auth-only.pem', chainOf(await server('1009', { eku: [x509.ExtendedKeyUsage.clientAuth] })));
  addCase(
    'client-auth-only.pem',
    'extended key usage clientAuth only',
    [...match, privateRoot(), ['usage.no-server-auth', 0]],
    verdicts.chain,
    { certificates: 3 },
  );
  write('no-eku.pem', chainOf(await server('1010', { eku: null })));
  addCase(
    'no-eku.pem',
    'no extended key usage extension: any usage is allowed',
    [...match, privateRoot()],
    verdicts.depends,
    { certificates: 3 },
  );
  write('ca-leaf.pem', chainOf(await server('1011', { ca: true, eku: [x509.ExtendedKeyUsage.serverAuth] })));
  addCase(
    'ca-leaf.pem',
    'a server certificate marked CA:TRUE',
    [...match, privateRoot(), ['usage.leaf-is-ca', 0]],
    verdicts.depends,
    { certificates: 3 },
  );

  const sha1Ca: Issuer = {
    ...ca,
    algorithm: RSA('SHA-1'),
    keys: {
      publicKey: ca.keys.publicKey,
      privateKey: await subtle.importKey(
        'pkcs8',
        await subtle.exportKey('pkcs8', ca.keys.privateKey),
        RSA('SHA-1'),
        false,
        ['sign'],
      ),
    },
  };
  write('sha1.pem', chainOf(await server('1012', { issuer: sha1Ca })));
  addCase(
    'sha1.pem',
    'the leaf is signed with sha1WithRSAEncryption',
    [...match, privateRoot(), ['crypto.weak-signature', 0]],
    verdicts.depends,
    { certificates: 3 },
  );
  write('rsa-1024.pem', chainOf(await server('1013', { keys: await rsaKeys(1024) })));
  addCase(
    'rsa-1024.pem',
    'the leaf has a 1024-bit RSA key',
    [...match, privateRoot(), ['crypto.weak-key', 0]],
    verdicts.depends,
    { certificates: 3 },
  );

  const ecRootKeys = await ecKeys('P-521');
  const ecRoot: Issuer = {
    keys: ecRootKeys,
    algorithm: { name: 'ECDSA', hash: 'SHA-512' } as EcdsaParams,
    cert: await certificate({
      serial: '11',
      subject: name('Contoso ECC Root'),
      keys: ecRootKeys,
      ca: true,
      from: '2020-01-01',
      to: '2040-01-01',
      algorithm: { name: 'ECDSA', hash: 'SHA-512' } as EcdsaParams,
    }),
  };
  const ecCaKeys = await ecKeys('P-384');
  const ecCa: Issuer = {
    keys: ecCaKeys,
    algorithm: { name: 'ECDSA', hash: 'SHA-384' } as EcdsaParams,
    cert: await certificate({
      serial: '12',
      subject: name('Contoso ECC Issuing CA'),
      keys: ecCaKeys,
      issuer: ecRoot,
      ca: true,
    }),
  };
  write('ecdsa.pem', pem(await server('1014', { keys: await ecKeys('P-256'), issuer: ecCa }), ecCa.cert, ecRoot.cert));
  addCase(
    'ecdsa.pem',
    'ECDSA chain: P-521 root, P-384 issuing CA, P-256 leaf',
    [...match, privateRoot()],
    verdicts.depends,
    { certificates: 3 },
  );
  const edKeys = (await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as Keys;
  const edRoot: Issuer = {
    keys: edKeys,
    algorithm: { name: 'Ed25519' },
    cert: await certificate({
      serial: '21',
      subject: name('Contoso Ed25519 Root'),
      keys: edKeys,
      ca: true,
      algorithm: { name: 'Ed25519' },
    }),
  };
  write(
    'ed25519.pem',
    pem(
      await server('1015', {
        keys: (await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as Keys,
        issuer: edRoot,
      }),
      edRoot.cert,
    ),
  );
  addCase('ed25519.pem', 'Ed25519 root and leaf', [...match, privateRoot(1)], verdicts.depends, { certificates: 2 });
  const pssKeys = (await subtle.generateKey(
    { name: 'RSA-PSS', hash: 'SHA-256', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
    true,
    ['sign', 'verify'],
  )) as Keys;
  const pssAlgorithm = { name: 'RSA-PSS', hash: 'SHA-256', saltLength: 32 } as Algorithm;
  const pssRoot: Issuer = {
    keys: pssKeys,
    algorithm: pssAlgorithm,
    cert: await certificate({
      serial: '31',
      subject: name('Contoso PSS Root'),
      keys: pssKeys,
      ca: true,
      algorithm: pssAlgorithm,
    }),
  };
  write('rsa-pss.pem', pem(await server('1016', { issuer: pssRoot }), pssRoot.cert));
  addCase('rsa-pss.pem', 'RSASSA-PSS (SHA-256) signatures', [...match, privateRoot(1)], verdicts.depends, {
    certificates: 2,
  });

  write('wrong-order.pem', pem(root.cert, leaf, ca.cert));
  addCase(
    'wrong-order.pem',
    'root, leaf, issuing CA: pasted out of order',
    [...match, privateRoot(), ['chain.order']],
    verdicts.depends,
    { certificates: 3 },
  );
  write('duplicates.pem', pem(leaf, leaf, ca.cert, root.cert));
  addCase(
    'duplicates.pem',
    'the leaf pasted twice',
    [...match, privateRoot(), ['chain.duplicate', 0]],
    verdicts.depends,
    { certificates: 3 },
  );
  const strangerKeys = await rsaKeys();
  const stranger = await certificate({
    serial: '4001',
    subject: name('intranet.fabrikam.com', 'Fabrikam'),
    keys: strangerKeys,
    dns: ['intranet.fabrikam.com'],
  });
  write('unrelated.pem', pem(leaf, ca.cert, root.cert, stranger));
  addCase(
    'unrelated.pem',
    'a fourth, unrelated self-signed certificate pasted with the chain',
    [...match, privateRoot(), ['chain.unrelated', 3]],
    verdicts.depends,
    { certificates: 4 },
  );

  const notCaKeys = await rsaKeys();
  const notCa = await certificate({
    serial: '1017',
    subject: name('web01.contoso.com'),
    keys: notCaKeys,
    issuer: ca,
    dns: ['web01.contoso.com'],
  });
  write(
    'issuer-not-ca.pem',
    pem(
      await server('1018', { issuer: { keys: notCaKeys, algorithm: RSA(), cert: notCa } }),
      notCa,
      ca.cert,
      root.cert,
    ),
  );
  addCase(
    'issuer-not-ca.pem',
    'the leaf is issued by a server certificate (CA:FALSE)',
    [...match, privateRoot(3), ['chain.issuer-not-ca', 1]],
    verdicts.chain,
    { certificates: 4 },
  );
  const bad = new Uint8Array(leaf.rawData).slice();
  bad[bad.length - 1]! ^= 0x01;
  write('bad-signature.pem', pem(new x509.X509Certificate(bad), ca.cert, root.cert));
  addCase(
    'bad-signature.pem',
    'one bit of the leaf signature flipped',
    [...match, privateRoot(), ['chain.bad-signature', 0]],
    verdicts.chain,
    { certificates: 3 },
  );

  const xss = await server('1019', {
    subject: [{ C: ['CZ'] }, { O: [XSS] }, { CN: [XSS] }],
    dns: ['mail.contoso.com', `${XSS}.contoso.com`],
  });
  write('xss-subject.pem', chainOf(xss));
  addCase(
    'xss-subject.pem',
    `subject O and CN are the HTML ${XSS}: a page must show it as text`,
    [...match, privateRoot()],
    verdicts.depends,
    { certificates: 3, tags: ['xss'] },
  );
  const idnHost = new URL('https://poštovní.contoso.cz/').hostname;
  write(
    'non-ascii.pem',
    chainOf(
      await server('1020', {
        subject: [
          { C: ['CZ'] },
          { L: ['Kutná Hora'] },
          { O: ['Žluťoučký kůň s.r.o.'] },
          { CN: ['poštovní.contoso.cz'] },
        ],
        dns: [idnHost],
      }),
    ),
  );
  addCase(
    'non-ascii.pem',
    'a Czech subject with diacritics and an IDN host name (A-label in the SAN)',
    [...match, privateRoot()],
    verdicts.depends,
    { url: 'https://POŠTOVNÍ.contoso.cz/owa', host: idnHost, certificates: 3, tags: ['non-ascii'] },
  );

  // Recognising a public root: ISRG Root X1 itself, and an issuing CA that names it as issuer.
  const isrgPem = rootCertificates.find((candidate) => new NodeX509(candidate).subject.includes('CN=ISRG Root X1'));
  if (!isrgPem) throw new Error('ISRG Root X1 is not in this Node version’s root store');
  const isrg = new x509.X509Certificate(isrgPem);
  write('isrg-root-x1.pem', isrg.toString('pem') + '\n');
  addCase(
    'isrg-root-x1.pem',
    'a public root pasted on its own',
    [
      ['name.mismatch', 0],
      ['usage.leaf-is-ca', 0],
      ['trust.public-root', 0],
    ],
    verdicts.nameOnly,
    { certificates: 1 },
  );
  const isrgKeyId = isrg.getExtension(x509.SubjectKeyIdentifierExtension)!.keyId;
  // Signed by a key of ours: only the issuer name and authority key id point at ISRG.
  const lookalike = async (keyId: string): Promise<Issuer> => {
    const keys = await rsaKeys();
    const cert = await x509.X509CertificateGenerator.create({
      serialNumber: '5001',
      subject: name('Contoso Public Issuing CA'),
      issuer: isrg.subjectName,
      notBefore: new Date('2024-01-01T00:00:00Z'),
      notAfter: new Date('2029-01-01T00:00:00Z'),
      publicKey: keys.publicKey,
      signingKey: keys.privateKey,
      signingAlgorithm: RSA(),
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
        new x509.AuthorityKeyIdentifierExtension(keyId),
      ],
    });
    return { cert, keys, algorithm: RSA() };
  };
  const publicCa = await lookalike(isrgKeyId);
  write('public-issuer.pem', pem(await server('1021', { issuer: publicCa }), publicCa.cert));
  addCase(
    'public-issuer.pem',
    'an issuing CA that names ISRG Root X1 as issuer (made here: the table has no root keys, so the checker trusts the name and key id)',
    [...match, ['trust.public-root', 1]],
    verdicts.accepts,
    { certificates: 2 },
  );
  const fakeCa = await lookalike('00112233445566778899aabbccddeeff00112233');
  write('public-issuer-wrong-key-id.pem', pem(await server('1022', { issuer: fakeCa }), fakeCa.cert));
  addCase(
    'public-issuer-wrong-key-id.pem',
    'names ISRG Root X1 as issuer but with another key identifier',
    [...match, ['chain.incomplete', 1]],
    verdicts.depends,
    { certificates: 2 },
  );

  // Everything else admins paste: keys, requests, PFX, bundles, e-mail, garbage.
  const leafKey = await keyPem(leafKeys);
  write('leaf.key', leafKey);
  write('private-key.pem', leafKey);
  addCase('private-key.pem', 'a private key and nothing else', [['input.private-key']], verdicts.none, {});
  write('leaf-with-key.pem', pem(leaf) + leafKey);
  addCase(
    'leaf-with-key.pem',
    'the leaf followed by its private key (a combined .pem)',
    [['input.private-key'], ...match, ['chain.incomplete', 0]],
    verdicts.depends,
    { certificates: 1 },
  );
  write('leaf.pem', pem(leaf));
  write('chain.pem', chainOf(leaf));
  openssl('req', '-new', '-key', 'leaf.key', '-subj', '/C=CZ/O=Contoso Ltd/CN=mail.contoso.com', '-out', 'request.csr');
  addCase('request.csr', 'a certificate signing request (PEM)', [['input.csr']], verdicts.none);
  openssl('req', '-in', 'request.csr', '-outform', 'DER', '-out', 'request.der');
  addCase('request.der', 'a certificate signing request (DER)', [['input.csr']], verdicts.none);
  openssl(
    'pkcs12',
    '-export',
    '-in',
    'chain.pem',
    '-inkey',
    'leaf.key',
    '-passout',
    'pass:trustkb',
    '-out',
    'bundle.pfx',
  );
  addCase('bundle.pfx', 'a password-protected PFX (PKCS#12) file', [['input.pkcs12']], verdicts.none);
  openssl('crl2pkcs7', '-nocrl', '-certfile', 'chain.pem', '-outform', 'DER', '-out', 'chain.p7b');
  addCase('chain.p7b', 'the chain as a DER PKCS#7 bundle (.p7b)', [...match, privateRoot()], verdicts.depends, {
    certificates: 3,
    tags: ['pkcs7'],
  });
  openssl('crl2pkcs7', '-nocrl', '-certfile', 'chain.pem', '-out', 'chain-pkcs7.pem');
  addCase(
    'chain-pkcs7.pem',
    'the chain as a PEM PKCS#7 bundle (-----BEGIN PKCS7-----)',
    [...match, privateRoot()],
    verdicts.depends,
    { certificates: 3, tags: ['pkcs7'] },
  );
  openssl('x509', '-in', 'leaf.pem', '-trustout', '-addtrust', 'serverAuth', '-out', 'trusted-certificate.pem');
  addCase(
    'trusted-certificate.pem',
    'OpenSSL -----BEGIN TRUSTED CERTIFICATE----- form',
    [...match, ['chain.incomplete', 0]],
    verdicts.depends,
    { certificates: 1 },
  );
  rmSync(new URL('leaf.key', OUT));
  rmSync(new URL('leaf.pem', OUT));
  rmSync(new URL('chain.pem', OUT));

  const email = [
    'Bag Attributes',
    '    localKeyID: 01 00 00 00',
    '    friendlyName: mail.contoso.com',
    'subject=C = CZ, O = Contoso Ltd, CN = mail.contoso.com',
    'issuer=C = CZ, O = Contoso Ltd, CN = Contoso Issuing CA 1',
    ...chainOf(leaf)
      .split('\n')
      .map((line) => (line ? `  > ${line}` : '>')),
    '',
    '-- ',
    'Sent from my phone',
  ].join('\r\n');
  write('email-paste.txt', email);
  addCase(
    'email-paste.txt',
    'the chain pasted from an e-mail: CRLF, indented and quoted lines, openssl text around it',
    [...match, privateRoot()],
    verdicts.depends,
    { certificates: 3 },
  );
  write('garbage.txt', 'Hello, here is the certificate you asked for!\nThumbprint: 12 34 56\n');
  addCase('garbage.txt', 'text without any certificate', [['input.unrecognized']], verdicts.none);
  write('empty.txt', '  \n');
  addCase('empty.txt', 'nothing but whitespace', [['input.empty']], verdicts.none);
  const broken = pem(ca.cert).replace(/\n[A-Za-z0-9+/]{64}\n/, '\n');
  write('malformed.pem', pem(leaf) + broken);
  addCase(
    'malformed.pem',
    'the leaf, then a CERTIFICATE block with a line missing',
    [['input.malformed'], ...match, ['chain.incomplete', 0]],
    verdicts.depends,
    { certificates: 1 },
  );

  const manifest = {
    description:
      'Test certificates for the trustkb checker. Each case: paste `file` (bytes if format is binary), check against `url` at `now`; `expected` is what diagnose() must return (finding ids with the certificate index they refer to, in any order).',
    generatedBy: 'scripts/generate-fixtures.ts',
    referenceDate: REFERENCE_DATE,
    xss: XSS,
    cases,
  };
  write('manifest.json', JSON.stringify(manifest, null, 2) + '\n');
  const files = readdirSync(OUT).length;
  console.log(`wrote ${files} files and ${cases.length} cases to ${OUT.pathname}`);
}

if (import.meta.main) await main();
