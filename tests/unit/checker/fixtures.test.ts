import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose, isFindingId, type Diagnosis } from '../../../src/checker/index.ts';
import { FIXTURES_DIR, fixtureCase, MANIFEST, readFixture } from '../../../scripts/lib/fixture-manifest.ts';
import { nodeRootKeys } from '../../../src/cli/node-roots.ts';

/** The fixture table: every case of tests/fixtures/certs/manifest.json. */
async function run(name: string): Promise<Diagnosis> {
  const entry = fixtureCase(name);
  return diagnose(readFixture(entry.file, entry.format), entry.url, {
    now: new Date(entry.now),
    publicRootKey: nodeRootKeys,
  });
}

const key = (finding: { id: string; certificate?: number }) => `${finding.id}@${finding.certificate ?? '-'}`;

describe('fixture manifest', () => {
  it.each(MANIFEST.cases.map((entry) => [entry.name, entry] as const))('%s', async (name, entry) => {
    const diagnosis = await run(name);
    expect(diagnosis.findings.map(key).sort(), entry.description).toEqual(entry.expected.findings.map(key).sort());
    expect(diagnosis.verdict).toEqual(entry.expected.verdict);
    expect(diagnosis.host).toBe(entry.expected.host);
    expect(diagnosis.certificates).toHaveLength(entry.expected.certificates);
    for (const finding of diagnosis.findings) {
      expect(isFindingId(finding.id)).toBe(true);
      if (finding.certificate !== undefined) expect(finding.certificate).toBeLessThan(diagnosis.certificates.length);
    }
  });

  it('has unique case names, known finding ids and existing files', () => {
    const names = MANIFEST.cases.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    for (const entry of MANIFEST.cases) {
      for (const finding of entry.expected.findings) expect(isFindingId(finding.id), finding.id).toBe(true);
      expect(() => readFileSync(new URL(entry.file, FIXTURES_DIR))).not.toThrow();
    }
  });
});

describe('what the checker reads from a certificate', () => {
  it('agrees with Node on fingerprints, serial, dates and names', async () => {
    const diagnosis = await run('chain-full');
    const pems = (readFixture('chain-full.pem', 'text') as string).match(
      /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g,
    )!;
    for (const [index, pem] of pems.entries()) {
      const node = new X509Certificate(pem);
      const ours = diagnosis.certificates[index]!;
      expect(ours.sha1).toBe(node.fingerprint.replace(/:/g, ''));
      expect(ours.sha256).toBe(node.fingerprint256.replace(/:/g, ''));
      expect(ours.serialNumber).toBe(node.serialNumber.toUpperCase());
      expect(new Date(ours.notAfter).getTime()).toBe(node.validToDate.getTime());
      expect(ours.isCA).toBe(node.ca);
    }
    const [leaf, issuing, root] = diagnosis.certificates;
    expect(leaf).toMatchObject({
      subject: 'CN=mail.contoso.com, O=Contoso Ltd, C=CZ',
      issuer: 'CN=Contoso Issuing CA 1, O=Contoso Ltd, C=CZ',
      dnsNames: ['mail.contoso.com', 'autodiscover.contoso.com'],
      commonName: 'mail.contoso.com',
      publicKey: { algorithm: 'RSA', bits: 2048 },
      signatureAlgorithm: 'sha256WithRSAEncryption',
      extendedKeyUsages: ['serverAuth'],
      selfSigned: false,
      source: { format: 'pem', block: 1, line: 1, label: 'CERTIFICATE' },
    });
    expect(issuing?.isCA).toBe(true);
    expect(root?.selfSigned).toBe(true);
  });

  it('reads keys and signature algorithms of every family', async () => {
    const ecdsa = await run('ecdsa');
    expect(ecdsa.certificates.map((certificate) => certificate.publicKey.curve)).toEqual(['P-256', 'P-384', 'P-521']);
    expect(ecdsa.certificates.map((certificate) => certificate.signatureAlgorithm)).toEqual([
      'ecdsa-with-SHA384',
      'ecdsa-with-SHA512',
      'ecdsa-with-SHA512',
    ]);
    expect((await run('ed25519')).certificates[0]?.publicKey).toEqual({ algorithm: 'Ed25519', bits: 256 });
    expect((await run('rsa-pss')).certificates[0]?.signatureAlgorithm).toBe('RSASSA-PSS (SHA-256)');
    expect((await run('rsa-1024')).certificates[0]?.publicKey).toEqual({ algorithm: 'RSA', bits: 1024 });
    expect((await run('sha1')).certificates[0]?.signatureAlgorithm).toBe('sha1WithRSAEncryption');
    expect((await run('self-signed')).certificates[0]).toMatchObject({
      selfSigned: true,
      publicKey: { curve: 'P-256' },
    });
  });

  it('keeps hostile and non-ASCII names as data, unchanged', async () => {
    const xss = await run('xss-subject');
    expect(xss.certificates[0]?.commonName).toBe(MANIFEST.xss);
    expect(xss.certificates[0]?.subject).toContain(MANIFEST.xss);
    expect(xss.certificates[0]?.dnsNames).toContain(`${MANIFEST.xss}.contoso.com`);
    const czech = await run('non-ascii');
    expect(czech.certificates[0]?.subject).toBe('CN=poštovní.contoso.cz, O=Žluťoučký kůň s.r.o., L=Kutná Hora, C=CZ');
  });

  it('says where each certificate came from', async () => {
    const bundle = await run('chain-p7b');
    expect(bundle.certificates.map((certificate) => certificate.source.format)).toEqual(['pkcs7', 'pkcs7', 'pkcs7']);
    expect((await run('leaf-der')).certificates[0]?.source).toEqual({ format: 'der', block: 1 });
    expect((await run('chain-base64-paragraphs')).certificates.map((certificate) => certificate.source)).toEqual([
      { format: 'base64', block: 1 },
      { format: 'base64', block: 2 },
      { format: 'base64', block: 3 },
    ]);
    const email = await run('email-paste');
    expect(email.certificates[0]?.source.line).toBe(6);
  });

  it('gives finding parameters the page and the CLI need', async () => {
    const mismatch = await run('url-other-host');
    expect(mismatch.findings.find((finding) => finding.id === 'name.mismatch')?.params).toEqual({
      host: 'owa.fabrikam.com',
      dnsNames: ['mail.contoso.com', 'autodiscover.contoso.com'],
      ipAddresses: [],
      commonName: 'mail.contoso.com',
    });
    const legacy = await run('partial-wildcard');
    expect(legacy.findings.find((finding) => finding.id === 'name.legacy-only')?.params).toMatchObject({
      rule: 'partial-wildcard',
      name: 'mail*.contoso.com',
    });
    expect((await run('cn-only')).findings.find((finding) => finding.id === 'name.legacy-only')?.params).toMatchObject({
      rule: 'cn-without-san',
    });
    const expired = await run('expired');
    expect(expired.findings.find((finding) => finding.id === 'time.expired')?.params).toEqual({
      notAfter: '2025-01-01T00:00:00.000Z',
      days: 379,
    });
    const incomplete = await run('chain-root-missing');
    expect(incomplete.findings.find((finding) => finding.id === 'chain.incomplete')?.params).toEqual({
      issuer: 'CN=Contoso Root CA, O=Contoso Ltd, C=CZ',
      caIssuers: [],
    });
    // A pasted private key is reported, never echoed: no line of its Base64 body comes back.
    const keyLines = (readFixture('private-key.pem', 'text') as string)
      .split('\n')
      .filter((line) => /^[A-Za-z0-9+/]{20,}/.test(line));
    const echoed = JSON.stringify(await run('leaf-with-key'));
    for (const line of keyLines) expect(echoed).not.toContain(line.slice(0, 20));
  });

  it('carries the parameters of the path-building findings', async () => {
    const param = (diagnosis: Diagnosis, id: string) => diagnosis.findings.find((finding) => finding.id === id)?.params;
    expect(param(await run('aia-leaf'), 'chain.incomplete')).toEqual({
      issuer: 'CN=Contoso Issuing CA 1, O=Contoso Ltd, C=CZ',
      caIssuers: ['http://pki.contoso.com/aia/Contoso%20Issuing%20CA%201.crt'],
    });
    expect(param(await run('real-google-leaf-alone'), 'chain.incomplete')).toMatchObject({
      caIssuers: ['http://pki.goog/repo/certs/gts1c3.der'],
    });
    expect(param(await run('path-length-exceeded'), 'chain.path-length')).toEqual({ limit: 0, below: 1 });
    expect(param(await run('critical-extension-leaf'), 'usage.unknown-critical-extension')).toEqual({
      oids: ['1.3.6.1.4.1.55555.1.1'],
    });
    expect(param(await run('public-issuer'), 'chain.bad-signature')).toEqual({
      root: 'CN=ISRG Root X1, O=Internet Security Research Group, C=US',
    });
    expect(param(await run('public-issuer-with-root'), 'chain.bad-signature')).toEqual({ issuer: 2 });
    const cross = await run('cross-signed-root-expired');
    expect(param(cross, 'chain.unused-issuer')).toEqual({ reason: 'self-signed-root', instead: 2 });
    expect(cross.chain?.certificates).toEqual([0, 1, 2]);
    expect(cross.certificates.map((certificate) => certificate.role)).toEqual([
      'leaf',
      'intermediate',
      'root',
      'unrelated',
    ]);
    expect(param(await run('renewed-intermediate'), 'chain.unused-issuer')).toEqual({
      reason: 'time-invalid',
      instead: 1,
    });
    for (const name of ['malformed-issuer-key-ec', 'malformed-issuer-key-rsa']) {
      expect(param(await run(name), 'chain.bad-signature'), name).toEqual({ issuer: 1 });
    }
    const r10 = await run('real-r10-with-expired-isrg-cross');
    expect(param(r10, 'chain.unused-issuer')).toEqual({ reason: 'public-root' });
    expect(r10.chain?.end).toEqual({
      kind: 'public-root',
      root: 'CN=ISRG Root X1, O=Internet Security Research Group, C=US',
    });
    expect(r10.findings.map((finding) => finding.id)).not.toContain('time.expired');
  });

  it('checks a public root signature only with the key it loads, and never accepts without it', async () => {
    const entry = fixtureCase('real-google-chain');
    const input = readFixture(entry.file, entry.format);
    const now = new Date(entry.now);
    const asked: string[] = [];
    const counting = async (hash: string) => {
      asked.push(hash);
      return nodeRootKeys(hash);
    };
    expect((await diagnose(input, entry.url, { now, publicRootKey: counting })).verdict.routerAccepts).toBe(true);
    expect(asked).toHaveLength(1);
    // No loader, a failing one, or one that hands over another root's key: never "accepted".
    const otherKey = (await nodeRootKeys(asked[0]!))!.slice();
    otherKey[otherKey.length - 5] = otherKey.at(-5)! ^ 1;
    for (const publicRootKey of [
      undefined,
      async () => null,
      async () => {
        throw new Error('offline');
      },
      async () => otherKey,
    ]) {
      const diagnosis = await diagnose(input, entry.url, { now, publicRootKey });
      expect(diagnosis.verdict.routerAccepts).toBe('depends');
      expect(diagnosis.findings.map((finding) => finding.id)).toContain('trust.public-root-unverified');
    }
  });

  it('orders errors first, then warnings, then information', async () => {
    const severities = (await run('client-auth-only')).findings.map((finding) => finding.severity);
    expect(severities).toEqual(
      [...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)),
    );
  });
});
