import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/checker/index.ts';
import { findCertificatePaste } from '../../../src/search/certificate-paste.ts';

/** Every input is built from the committed fixtures; nothing here invents Base64. */
const read = (file: string): string => readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8');
const certs = (file: string): string => read(`certs/${file}`);
const blocksOf = (text: string, label = '[A-Z0-9 #]+'): string[] =>
  text.match(new RegExp(`-----BEGIN ${label}-----[\\s\\S]*?-----END ${label}-----`, 'g')) ?? [];
/** PEM blocks as the finder writes them: LF line ends, 64 characters a line. */
const clean = (block: string): string => block.replace(/\r/g, '').trim();

const CHAIN = certs('chain-full.pem');
const CHAIN_BLOCKS = blocksOf(CHAIN).map(clean);
const LEAF = blocksOf(certs('leaf-with-key.pem'), 'CERTIFICATE')[0]!;
const KEY = blocksOf(certs('private-key.pem'))[0]!;
const KEY_BODY_LINE = KEY.split('\n')[1]!;
const baseOf = (block: string): string => block.split('\n').slice(1, -1).join('');

/** What `openssl s_client -connect … -showcerts` prints, around the fixture chain's blocks. */
function sClient(command: string, blocks: string[]): string {
  const names = ['CN = mail.contoso.com', 'CN = Contoso Issuing CA 1', 'CN = Contoso Root CA'];
  return [
    `$ openssl s_client ${command} -showcerts`,
    'CONNECTED(00000003)',
    'depth=2 C = CZ, O = Contoso Ltd, CN = Contoso Root CA',
    'verify error:num=19:self-signed certificate in certificate chain',
    'verify return:1',
    '---',
    'Certificate chain',
    ...blocks.flatMap((block, index) => [
      ` ${index} s:C = CZ, O = Contoso Ltd, ${names[index]}`,
      `   i:C = CZ, O = Contoso Ltd, ${names[Math.min(index + 1, 2)]}`,
      '   a:PKEY: rsaEncryption, 2048 (bit); sigalg: RSA-SHA256',
      '   v:NotBefore: Jun  1 00:00:00 2025 GMT; NotAfter: Dec  1 00:00:00 2026 GMT',
      block,
    ]),
    '---',
    'Server certificate',
    'subject=C = CZ, O = Contoso Ltd, CN = mail.contoso.com',
    'issuer=C = CZ, O = Contoso Ltd, CN = Contoso Issuing CA 1',
    '---',
    'No client certificate CA names sent',
    'SSL handshake has read 3412 bytes and written 393 bytes',
    'Verify return code: 19 (self-signed certificate in certificate chain)',
    '---',
  ].join('\n');
}

describe('findCertificatePaste', () => {
  it('finds a plain PEM chain, in order, as clean PEM', () => {
    expect(findCertificatePaste(CHAIN)).toEqual({
      certificates: CHAIN_BLOCKS.join('\n'),
      count: 3,
      hadPrivateKey: false,
    });
  });

  it('reads s_client -showcerts output and takes the server from -connect', () => {
    const found = findCertificatePaste(sClient('-connect mail.contoso.com:443', blocksOf(CHAIN)));
    expect(found).toEqual({
      certificates: CHAIN_BLOCKS.join('\n'),
      count: 3,
      hadPrivateKey: false,
      url: 'https://mail.contoso.com/',
    });
  });

  it.each([
    ['-connect mail.contoso.com:8443', 'https://mail.contoso.com:8443/'],
    ['-connect mail.contoso.com', 'https://mail.contoso.com/'],
    ['-connect 10.0.0.5:443 -servername mail.contoso.com', 'https://mail.contoso.com/'],
    ['-servername mail.contoso.com -connect 10.0.0.5:993', 'https://mail.contoso.com:993/'],
    ['-connect [2001:db8::5]:443', 'https://[2001:db8::5]/'],
    ['-connect mail.contoso.com:99999', 'https://mail.contoso.com/'],
  ])('s_client %s points at %s', (command, url) => {
    expect(findCertificatePaste(sClient(command, blocksOf(CHAIN)))?.url).toBe(url);
  });

  it('rebuilds PEM from a paste the one-line header field flattened, with spaces or with nothing', () => {
    const output = sClient('-connect mail.contoso.com:443', blocksOf(CHAIN));
    for (const flattened of [output.replace(/\n/g, ' '), output.replace(/\n/g, '')]) {
      const found = findCertificatePaste(flattened);
      expect(found?.certificates).toBe(CHAIN_BLOCKS.join('\n'));
      expect(found?.count).toBe(3);
      expect(found?.url).toBe('https://mail.contoso.com/');
    }
  });

  it('reads CRLF lines, indented lines and mail quotes, also flattened', () => {
    expect(findCertificatePaste(CHAIN.replace(/\n/g, '\r\n'))?.certificates).toBe(CHAIN_BLOCKS.join('\n'));
    const indented = CHAIN.split('\n')
      .map((line) => `    ${line}`)
      .join('\n');
    expect(findCertificatePaste(indented)?.certificates).toBe(CHAIN_BLOCKS.join('\n'));
    const quoted = certs('email-paste.txt');
    const expected = blocksOf(quoted.replace(/^[ \t>]+/gm, '')).map(clean);
    expect(findCertificatePaste(quoted)).toMatchObject({ count: 3, certificates: expected.join('\n') });
    expect(findCertificatePaste(quoted.replace(/\r?\n/g, ' '))).toMatchObject({
      count: 3,
      certificates: expected.join('\n'),
    });
  });

  it('leaves a private key out, says it was there, and never copies any of it', () => {
    for (const paste of [
      certs('leaf-with-key.pem'),
      `${KEY}\n${LEAF}`,
      `${LEAF}\n${KEY}`.replace(/\n/g, ' '),
      `${LEAF}\n${KEY.replace(/PRIVATE KEY/g, 'RSA PRIVATE KEY')}`,
      `${LEAF}\n${KEY.replace(/PRIVATE KEY/g, 'ENCRYPTED PRIVATE KEY')}`,
      `${LEAF}\n${KEY.replace(/-----END PRIVATE KEY-----/, '')}`, // a key cut short still counts as a key
    ]) {
      const found = findCertificatePaste(paste);
      expect(found).toEqual({ certificates: clean(LEAF), count: 1, hadPrivateKey: true });
      expect(found?.certificates).not.toContain(KEY_BODY_LINE);
      expect(found?.certificates).not.toContain('PRIVATE');
    }
  });

  it('does not count a private key or a signing request under a certificate label', () => {
    expect(findCertificatePaste(KEY.replace(/PRIVATE KEY/g, 'CERTIFICATE'))).toBeNull();
    // A signing request has a certificate's outer shape; its inner fields give it away.
    expect(findCertificatePaste(certs('request.csr').replace(/CERTIFICATE REQUEST/g, 'CERTIFICATE'))).toBeNull();
  });

  it('does not count a block that is not Base64, or Base64 that is not a certificate', () => {
    const notBase64 = '-----BEGIN CERTIFICATE-----\nThis is not Base64 at all!\n-----END CERTIFICATE-----';
    // Valid Base64 of the fixture's greeting text: letters, not DER.
    const words = Buffer.from(certs('garbage.txt')).toString('base64');
    const notDer = `-----BEGIN CERTIFICATE-----\n${words}\n-----END CERTIFICATE-----`;
    const shuffled = `-----BEGIN CERTIFICATE-----\n${[...baseOf(LEAF)].reverse().join('')}\n-----END CERTIFICATE-----`;
    // The leaf with a character that is not Base64 in the middle of its body.
    const lines = LEAF.split('\n');
    const marked = [...lines.slice(0, 5), `${lines[5]!.slice(0, 30)}*${lines[5]!.slice(30)}`, ...lines.slice(6)];
    for (const bad of [notBase64, notDer, shuffled, marked.join('\n')]) expect(findCertificatePaste(bad)).toBeNull();
    expect(findCertificatePaste(`${notBase64}\n${LEAF}\n${notDer}`)).toEqual({
      certificates: clean(LEAF),
      count: 1,
      hadPrivateKey: false,
    });
  });

  it('does not count a certificate cut short, one with a line missing, or a block without its END line', () => {
    const lines = LEAF.split('\n');
    expect(findCertificatePaste([...lines.slice(0, -2), lines.at(-1)].join('\n'))).toBeNull();
    expect(findCertificatePaste(lines.slice(0, -1).join('\n'))).toBeNull();
    // The fixture's second block has a line missing: only its first, whole certificate counts.
    expect(findCertificatePaste(certs('malformed.pem'))?.count).toBe(1);
  });

  it('counts the certificates inside a PKCS#7 bundle and keeps the bundle whole', () => {
    const pkcs7 = certs('chain-pkcs7.pem');
    expect(findCertificatePaste(pkcs7)).toEqual({
      certificates: clean(blocksOf(pkcs7)[0]!),
      count: 3,
      hadPrivateKey: false,
    });
  });

  it('takes OpenSSL trusted certificates and X509 CERTIFICATE labels', () => {
    const trusted = certs('trusted-certificate.pem');
    expect(findCertificatePaste(trusted)).toMatchObject({ count: 1, certificates: clean(blocksOf(trusted)[0]!) });
    const x509 = LEAF.replace(/CERTIFICATE/g, 'X509 CERTIFICATE');
    expect(findCertificatePaste(x509)).toMatchObject({ count: 1, certificates: clean(x509) });
  });

  it('finds a certificate pasted as bare Base64, wrapped, on one line, or flattened', () => {
    for (const file of ['leaf-base64-one-line.txt', 'leaf-base64-wrapped.txt'])
      expect(findCertificatePaste(certs(file))).toEqual({ certificates: clean(LEAF), count: 1, hadPrivateKey: false });
    expect(findCertificatePaste(certs('chain-base64-paragraphs.txt'))).toMatchObject({
      certificates: CHAIN_BLOCKS.join('\n'),
      count: 3,
    });
    expect(findCertificatePaste(`  ${baseOf(LEAF)}  `)?.count).toBe(1);
  });

  it('finds nothing in a paste without certificates', () => {
    for (const paste of [
      '',
      'Could not establish trust relationship for the SSL/TLS secure channel',
      certs('garbage.txt'),
      certs('private-key.pem'),
      certs('request.csr'),
      `${baseOf(LEAF).slice(0, 400)}`, // Base64 cut short
      'SGVsbG8gd29ybGQ= is Base64 too',
    ])
      expect(findCertificatePaste(paste)).toBeNull();
  });

  it('hands a .NET TLS report over whole, so the checker compares it; flattened, its certificates and Url', async () => {
    const report = read('dotnet-reports/self-signed.txt');
    const found = findCertificatePaste(report);
    expect(found).toEqual({ certificates: report.trim(), count: 1, hadPrivateKey: false });
    const checked = await diagnose(found!.certificates, '', { now: new Date('2026-01-15T12:00:00Z') });
    expect(checked.dotnet).toBeDefined();
    expect(findCertificatePaste(report.replace(/\r?\n/g, ' '))).toMatchObject({
      count: 1,
      url: 'https://exch01.contoso.local/EWS/Exchange.asmx',
    });
  });

  it('takes the first https:// URL, but not a CA URL of a certificate dump', () => {
    const dump = [
      'X509v3 Certificate Policies:',
      '    Policy: 1.3.6.1.4.1.6449.1.2.2.7',
      '      CPS: https://sectigo.com/CPS',
      'Authority Information Access:',
      '    CA Issuers - URI:https://crt.sectigo.com/SectigoRSADomainValidationSecureServerCA.crt',
      LEAF,
      'The router connects to (https://mail.contoso.com/EWS/Exchange.asmx).',
    ].join('\n');
    expect(findCertificatePaste(dump)?.url).toBe('https://mail.contoso.com/EWS/Exchange.asmx');
    expect(findCertificatePaste(`http://mail.contoso.com/\n${LEAF}`)).not.toHaveProperty('url');
  });

  it('hands the checker what it needs to say the same as about the whole paste, for every text fixture', async () => {
    const files = readdirSync(new URL('../../fixtures/certs/', import.meta.url)).filter((file) =>
      /\.(pem|txt|csr)$/.test(file),
    );
    expect(files.length).toBeGreaterThan(50);
    const now = new Date('2026-01-15T12:00:00Z');
    // Input notes (a private key, a broken block) concern the paste itself, not its certificates.
    const answer = ({ certificates, findings, verdict }: Awaited<ReturnType<typeof diagnose>>) => ({
      certificates: certificates.map((certificate) => certificate.sha256),
      findings: findings.map((finding) => finding.id).filter((id) => !id.startsWith('input.')),
      verdict,
    });
    for (const file of files) {
      const paste = certs(file);
      const whole = answer(await diagnose(paste, 'https://mail.contoso.com/', { now }));
      const found = findCertificatePaste(paste);
      const duplicates = whole.findings.filter((id) => id === 'chain.duplicate').length;
      expect({ file, count: found?.count ?? 0 }).toEqual({ file, count: whole.certificates.length + duplicates });
      if (!found) continue;
      expect({ file, ...answer(await diagnose(found.certificates, 'https://mail.contoso.com/', { now })) }).toEqual({
        file,
        ...whole,
      });
    }
  });

  it('gives back what it found when fed its own result', () => {
    const found = findCertificatePaste(sClient('-connect mail.contoso.com:443', blocksOf(CHAIN)))!;
    expect(findCertificatePaste(found.certificates)).toMatchObject({ certificates: found.certificates, count: 3 });
  });

  it('stays within the checker limits', () => {
    expect(findCertificatePaste(Array.from({ length: 60 }, () => LEAF).join('\n'))?.count).toBe(50);
    expect(findCertificatePaste(`${LEAF}\n${'x'.repeat(1024 * 1024)}`)).toBeNull();
  });

  it('never throws, and finds the chain inside any surrounding text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const found = findCertificatePaste(`${before}\n${CHAIN}\n${after}`);
        expect(found?.count).toBeGreaterThanOrEqual(3);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        findCertificatePaste(`-----BEGIN CERTIFICATE-----${text}-----END CERTIFICATE-----`);
        findCertificatePaste(text);
      }),
      { numRuns: 500 },
    );
  });
});
