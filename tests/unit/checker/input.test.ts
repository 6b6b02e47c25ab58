import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../../src/checker/decode-input.ts';
import { diagnose } from '../../../src/checker/index.ts';
import { MAX_BLOCKS, MAX_INPUT_BYTES } from '../../../src/checker/limits.ts';
import { splitPemBlocks } from '../../../src/checker/pem.ts';
import { readFixture } from '../../../scripts/lib/fixture-manifest.ts';

const leafPem = readFixture('leaf-alone.pem', 'text') as string;
const ids = (text: string | Uint8Array) => decodeInput(text).findings.map((finding) => finding.id);

describe('splitPemBlocks', () => {
  const cases: {
    name: string;
    input: string;
    want: { label: string; line: number; complete: boolean; body: string }[];
  }[] = [
    {
      name: 'one block',
      input: '-----BEGIN CERTIFICATE-----\nQUJD\n-----END CERTIFICATE-----\n',
      want: [{ label: 'CERTIFICATE', line: 1, complete: true, body: 'QUJD' }],
    },
    {
      name: 'CRLF and text around',
      input: 'subject=CN = x\r\n-----BEGIN CERTIFICATE-----\r\nQU\r\nJD\r\n-----END CERTIFICATE-----\r\nbye',
      want: [{ label: 'CERTIFICATE', line: 2, complete: true, body: 'QUJD' }],
    },
    {
      name: 'indented and quoted',
      input: '  > -----BEGIN CERTIFICATE-----\n  > QUJD\n  > -----END CERTIFICATE-----',
      want: [{ label: 'CERTIFICATE', line: 1, complete: true, body: 'QUJD' }],
    },
    {
      name: 'one line',
      input: '-----BEGIN CERTIFICATE-----QUJD-----END CERTIFICATE-----',
      want: [{ label: 'CERTIFICATE', line: 1, complete: true, body: 'QUJD' }],
    },
    {
      name: 'lower-case label',
      input: '-----BEGIN certificate-----\nQUJD\n-----END certificate-----',
      want: [{ label: 'CERTIFICATE', line: 1, complete: true, body: 'QUJD' }],
    },
    {
      name: 'missing END',
      input: '-----BEGIN CERTIFICATE-----\nQUJD\n',
      want: [{ label: 'CERTIFICATE', line: 1, complete: false, body: 'QUJD' }],
    },
    {
      name: 'END of another label',
      input: '-----BEGIN CERTIFICATE-----\nQUJD\n-----END PKCS7-----',
      want: [{ label: 'CERTIFICATE', line: 1, complete: false, body: 'QUJD' }],
    },
    {
      name: 'a second BEGIN before END',
      input: '-----BEGIN CERTIFICATE-----\nQUJD\n-----BEGIN CERTIFICATE-----\nREVG\n-----END CERTIFICATE-----',
      want: [
        { label: 'CERTIFICATE', line: 1, complete: false, body: 'QUJD' },
        { label: 'CERTIFICATE', line: 3, complete: true, body: 'REVG' },
      ],
    },
    {
      name: 'RFC 1421 headers',
      input:
        '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nQUJD\n-----END RSA PRIVATE KEY-----',
      want: [{ label: 'RSA PRIVATE KEY', line: 1, complete: true, body: 'QUJD' }],
    },
  ];
  it.each(cases.map((entry) => [entry.name, entry] as const))('%s', (_name, { input, want }) => {
    expect(
      splitPemBlocks(input, MAX_BLOCKS).blocks.map(({ label, line, complete, body }) => ({
        label,
        line,
        complete,
        body,
      })),
    ).toEqual(want);
  });

  it('stops after the block limit', () => {
    const many = '-----BEGIN X-----\n-----END X-----\n'.repeat(MAX_BLOCKS + 1);
    expect(splitPemBlocks(many, MAX_BLOCKS).tooMany).toBe(true);
  });

  it('stays linear on a megabyte of unterminated BEGIN lines', () => {
    const started = performance.now();
    splitPemBlocks('-----BEGIN CERTIFICATE-----\n'.repeat(35_000), MAX_BLOCKS);
    splitPemBlocks(`-----BEGIN ${'A'.repeat(MAX_INPUT_BYTES - 20)}`, MAX_BLOCKS);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('decodeInput', () => {
  it.each([
    ['empty string', '', ['input.empty']],
    ['whitespace', ' \r\n\t ', ['input.empty']],
    ['empty bytes', new Uint8Array(0), ['input.empty']],
    ['prose', 'see attached', ['input.unrecognized']],
    [
      'a public key',
      '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----',
      ['input.unrecognized'],
    ],
    [
      'an OpenSSH key',
      '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----',
      ['input.private-key'],
    ],
    [
      'an encrypted key',
      '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----',
      ['input.private-key'],
    ],
    ['a bad Base64 body', '-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----', ['input.malformed']],
    ['a block without END', '-----BEGIN CERTIFICATE-----\nMIIB', ['input.malformed']],
    ['DER of something else', new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x05]), ['input.unrecognized']],
    ['random bytes', new Uint8Array([0xde, 0xad, 0xbe, 0xef, 0x00]), ['input.unrecognized']],
    ['too large', 'A'.repeat(MAX_INPUT_BYTES + 1), ['input.too-large']],
    ['too many blocks', leafPem.repeat(MAX_BLOCKS + 1), ['input.too-large']],
  ] as const)('%s', (_name, input, want) => {
    expect(ids(input)).toEqual(want);
  });

  it('refuses deeply nested DER with a finding', () => {
    const deep = new Uint8Array(4000);
    for (let index = 0; index < 2000; index++) deep.set([0x30, 0x80], index * 2);
    expect(decodeInput(deep).findings).toEqual([
      { id: 'input.too-large', severity: 'error', params: { block: 1, reason: 'asn1-depth' } },
    ]);
  });

  it('reads every certificate of concatenated DER', () => {
    const der = readFixture('leaf.der', 'binary') as Uint8Array;
    const twice = new Uint8Array(der.length * 2);
    twice.set(der);
    twice.set(der, der.length);
    expect(decodeInput(twice).certificates.map((certificate) => certificate.source)).toEqual([
      { format: 'der', block: 1 },
      { format: 'der', block: 2 },
    ]);
  });

  it('reports trailing garbage after DER', () => {
    const der = readFixture('leaf.der', 'binary') as Uint8Array;
    const withGarbage = new Uint8Array([...der, 0xff, 0xff]);
    expect(ids(withGarbage)).toEqual(['input.malformed']);
    expect(decodeInput(withGarbage).certificates).toHaveLength(1);
  });
});

describe('diagnose on odd input', () => {
  it('returns input.unrecognized with the URL still parsed', async () => {
    const diagnosis = await diagnose('nothing here', ' https://mail.contoso.com ');
    expect(diagnosis).toEqual({
      host: 'mail.contoso.com',
      certificates: [],
      chain: null,
      nameMatch: null,
      findings: [{ id: 'input.unrecognized', severity: 'error', params: {} }],
      verdict: { routerAccepts: false, sslPolicyErrors: [] },
    });
  });

  it('tolerates callers that pass the wrong types', async () => {
    const diagnosis = await diagnose(42 as unknown as string, undefined as unknown as string, {
      now: new Date('nonsense'),
    });
    expect(diagnosis.findings.map((finding) => finding.id).sort()).toEqual(['input.unrecognized', 'url.invalid']);
  });
});
