import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../../src/checker/bytes.ts';
import {
  diagnose,
  findLegacyHostnameMatch,
  FINDING_IDS,
  hostFromUrl,
  matchHostname,
  MAX_INPUT_BYTES,
  type Diagnosis,
} from '../../../src/checker/index.ts';
import { readFixture } from '../../../scripts/lib/fixture-manifest.ts';

/**
 * Whatever it is given, diagnose() resolves with at least one finding and a well-formed
 * verdict. A hang shows up as the test's timeout: there is no per-call time bound, which a
 * busy machine could break. Run counts are modest so the whole folder stays well under 30 s.
 */
const NOW = new Date('2026-01-15T12:00:00Z');

async function diagnoseChecked(input: string | Uint8Array, url: string): Promise<Diagnosis> {
  const diagnosis = await diagnose(input, url, { now: NOW });
  expect(diagnosis.findings.length).toBeGreaterThan(0);
  for (const finding of diagnosis.findings) expect(FINDING_IDS).toContain(finding.id);
  expect([true, false, 'depends']).toContain(diagnosis.verdict.routerAccepts);
  expect(() => JSON.stringify(diagnosis)).not.toThrow();
  return diagnosis;
}

const leafDer = readFixture('leaf.der', 'binary') as Uint8Array;
const bundleDer = readFixture('chain.p7b', 'binary') as Uint8Array;
const chainPem = readFixture('chain-full.pem', 'text') as string;
const url = 'https://mail.contoso.com/';

// Generous test timeouts: CI machines may be busy running browsers next to us.
describe('diagnose never throws and never hangs', { timeout: 60_000 }, () => {
  it('on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        await diagnoseChecked(bytes, url);
      }),
      { numRuns: 150 },
    );
  });

  it('on random bytes that start like DER', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        await diagnoseChecked(new Uint8Array([0x30, 0x82, bytes.length >> 8, bytes.length & 0xff, ...bytes]), url);
      }),
      { numRuns: 150 },
    );
  });

  it('on random text and random PEM bodies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 2000 }), fc.uint8Array({ maxLength: 1500 }), async (text, bytes) => {
        await diagnoseChecked(text, url);
        await diagnoseChecked(
          `-----BEGIN CERTIFICATE-----\n${encodeBase64(bytes)}\n-----END CERTIFICATE-----\n${text}`,
          url,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('on truncated DER', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(leafDer, bundleDer), fc.nat(), async (der, cut) => {
        const truncated = der.subarray(0, cut % der.length);
        const diagnosis = await diagnoseChecked(truncated, url);
        expect(diagnosis.certificates.length).toBeLessThanOrEqual(3);
      }),
      { numRuns: 150 },
    );
  });

  it('on bit-flipped DER', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(leafDer, bundleDer),
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        async (der, flips) => {
          const flipped = der.slice();
          for (const flip of flips) flipped[(flip >> 3) % flipped.length]! ^= 1 << (flip & 7);
          await diagnoseChecked(flipped, url);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('on PEM text with random edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.string({ maxLength: 5 }), fc.nat({ max: 20 }), async (at, insert, remove) => {
        const position = at % chainPem.length;
        await diagnoseChecked(chainPem.slice(0, position) + insert + chainPem.slice(position + remove), url);
      }),
      { numRuns: 100 },
    );
  });

  it('on random URLs', async () => {
    const urls = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.domain(),
      fc.ipV4(),
      fc.ipV6(),
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
    );
    await fc.assert(
      fc.asyncProperty(urls, async (candidate) => {
        expect(() => hostFromUrl(candidate)).not.toThrow();
        await diagnoseChecked(chainPem, candidate);
      }),
      { numRuns: 150 },
    );
  });

  it('on huge inputs', async () => {
    const tooLarge = await diagnoseChecked('A'.repeat(MAX_INPUT_BYTES + 1), url);
    expect(tooLarge.findings.map((finding) => finding.id)).toEqual(['input.too-large']);
    await diagnoseChecked(new Uint8Array(MAX_INPUT_BYTES + 1), url);
    await diagnoseChecked('A'.repeat(MAX_INPUT_BYTES - 10), url);
    await diagnoseChecked(
      `-----BEGIN CERTIFICATE-----\n${'QUFB'.repeat((MAX_INPUT_BYTES - 64) / 4)}\n-----END CERTIFICATE-----`,
      url,
    );
    await diagnoseChecked(chainPem.repeat(Math.floor(MAX_INPUT_BYTES / chainPem.length / 4)), url);
    const nested = new Uint8Array(MAX_INPUT_BYTES - 16);
    for (let index = 0; index + 1 < nested.length; index += 2) nested.set([0x30, 0x80], index);
    await diagnoseChecked(nested, url);
  });
});

describe('host matching never throws', { timeout: 60_000 }, () => {
  it('on random names and hosts', () => {
    const name = fc.oneof(
      fc.domain(),
      fc.string({ maxLength: 40 }),
      fc.constantFrom('*.contoso.com', 'mail*.contoso.com', '*', '*.', 'xn--*.a.b'),
    );
    fc.assert(
      fc.property(
        fc.array(name, { maxLength: 4 }),
        fc.array(fc.oneof(fc.ipV4(), fc.ipV6(), fc.string({ maxLength: 20 })), { maxLength: 3 }),
        fc.option(name),
        fc.oneof(fc.domain(), fc.ipV4(), fc.ipV6(), fc.string({ maxLength: 60 })),
        (dns, ip, cn, host) => {
          const names = { dns, ip, cn };
          const rfc = matchHostname(names, host);
          const legacy = findLegacyHostnameMatch(names, host);
          // A name RFC 9525 accepts is never only a legacy match.
          if (rfc) expect(legacy?.rule).not.toBe('partial-wildcard');
        },
      ),
      { numRuns: 500 },
    );
  });
});
