import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/checker/index.ts';
import { chainOf, findingsToShow, verdictAttribute, verdictOf, type CheckResult } from '../../../src/explain/index.ts';
import { fixtureCase, readFixture } from '../../../scripts/lib/fixture-manifest.ts';
import { nodeRootKeys } from '../../../src/cli/node-roots.ts';

async function check(name: string, url?: string): Promise<CheckResult> {
  const fixture = fixtureCase(name);
  const now = new Date(fixture.now);
  const typed = url ?? fixture.url;
  return {
    diagnosis: await diagnose(readFixture(fixture.file, fixture.format), typed, { now, publicRootKey: nodeRootKeys }),
    url: typed,
    now,
  };
}

describe('what the checker results show', () => {
  it.each([
    ['chain-full', 'depends'],
    ['self-signed', 'reject'],
    ['real-google-chain', 'accept'],
    ['public-issuer', 'reject'],
    ['cross-signed-root-expired', 'depends'],
    ['garbage', 'reject'],
    ['private-key', 'reject'],
  ])('%s: data-verdict is %s', async (name, attribute) => {
    expect(verdictAttribute(verdictOf(await check(name)))).toBe(attribute);
  });

  it('waits for a URL before judging, and does not complain about the missing URL meanwhile', async () => {
    const result = await check('chain-full', '');
    expect(verdictOf(result)).toBe('waiting');
    expect(verdictAttribute('waiting')).toBeNull();
    expect(findingsToShow(result).map((finding) => finding.id)).toEqual(['trust.private-root']);
  });

  it('says "nothing to check" when no certificate was found, whatever the URL', async () => {
    expect(verdictOf(await check('garbage'))).toBe('nothing');
    expect(verdictOf(await check('garbage', ''))).toBe('nothing');
  });

  it('draws a private chain to its root', async () => {
    const { diagnosis } = await check('chain-full');
    expect(chainOf(diagnosis)).toEqual([
      { kind: 'certificate', index: 0, statuses: [], broken: false },
      { kind: 'certificate', index: 1, statuses: [], broken: false },
      { kind: 'certificate', index: 2, statuses: ['privateRoot'], broken: false },
    ]);
    expect(diagnosis.certificates.map((certificate) => certificate.role)).toEqual(['leaf', 'intermediate', 'root']);
    expect(diagnosis.chain).toEqual({
      certificates: [0, 1, 2],
      end: { kind: 'pasted-root', certificate: 2 },
      unrelated: [],
    });
  });

  it('ends a chain whose issuer is missing with the missing issuer', async () => {
    const nodes = chainOf((await check('leaf-alone')).diagnosis);
    expect(nodes).toHaveLength(2);
    expect(nodes[1]).toEqual({ kind: 'missing', issuer: 'CN=Contoso Issuing CA 1, O=Contoso Ltd, C=CZ' });
    expect((await check('leaf-alone')).diagnosis.chain?.end).toEqual({
      kind: 'missing-issuer',
      issuer: 'CN=Contoso Issuing CA 1, O=Contoso Ltd, C=CZ',
    });
  });

  it('breaks the chain at a self-signed leaf, an expired CA and a bad signature', async () => {
    expect(chainOf((await check('self-signed')).diagnosis)[0]).toMatchObject({
      statuses: ['selfSigned'],
      broken: true,
    });
    expect(chainOf((await check('expired-intermediate')).diagnosis)[1]).toMatchObject({
      statuses: ['expired'],
      broken: true,
    });
    expect(chainOf((await check('bad-signature')).diagnosis)[0]).toMatchObject({
      statuses: ['badSignature'],
      broken: true,
    });
  });

  it('adds the public root that was not pasted, and leaves unrelated certificates out of the chain', async () => {
    expect(chainOf((await check('real-google-chain')).diagnosis).at(-1)).toEqual({
      kind: 'public-root',
      root: 'CN=GTS Root R1, O=Google Trust Services LLC, C=US',
    });
    expect(chainOf((await check('path-length-exceeded')).diagnosis)[2]).toMatchObject({
      statuses: ['pathLength'],
      broken: true,
    });
    const unrelated = await check('unrelated');
    expect(chainOf(unrelated.diagnosis)).toHaveLength(3);
    expect(unrelated.diagnosis.certificates[3]?.role).toBe('unrelated');
    expect(unrelated.diagnosis.chain?.unrelated).toEqual([3]);
  });

  it('counts validity in whole days, once, the same on the card as in the finding', async () => {
    const { diagnosis } = await check('expired');
    expect(diagnosis.certificates[0]!.validity).toEqual({ state: 'expired', days: 379 });
    const soon = await check('expiring-soon');
    expect(soon.diagnosis.certificates[0]!.validity).toEqual({ state: 'valid', days: 16 });
    const future = await check('not-yet-valid');
    expect(future.diagnosis.certificates[0]!.validity).toEqual({ state: 'not-yet-valid', days: 45 });
    for (const { diagnosis: each } of [await check('expired'), soon, future]) {
      const timed = each.findings.find((finding) => finding.id.startsWith('time.'));
      expect(timed && 'days' in timed.params ? timed.params.days : null).toBe(each.certificates[0]!.validity.days);
    }
  });

  it('knows which name matched, by RFC 9525 or by the old Windows rules', async () => {
    expect((await check('wildcard')).diagnosis.nameMatch).toEqual({ name: '*.contoso.com', rule: 'rfc9525' });
    expect((await check('cn-only')).diagnosis.nameMatch).toEqual({ name: 'mail.contoso.com', rule: 'cn-without-san' });
    expect((await check('partial-wildcard')).diagnosis.nameMatch).toEqual({
      name: 'mail*.contoso.com',
      rule: 'partial-wildcard',
    });
    expect((await check('san-mismatch')).diagnosis.nameMatch).toBeNull();
  });
});
