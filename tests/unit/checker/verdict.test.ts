import { describe, expect, it } from 'vitest';
import { computeVerdict, FINDINGS, type Finding, type FindingId } from '../../../src/checker/index.ts';

const findings = (...ids: FindingId[]): Pick<Finding, 'id' | 'severity'>[] =>
  ids.map((id) => ({ id, severity: FINDINGS.find((entry) => entry.id === id)!.severity }));

describe('computeVerdict', () => {
  it.each([
    ['public chain, name matches', ['name.match', 'trust.public-root'], 1, true, []],
    ['legacy-only name still passes on Windows', ['name.legacy-only', 'trust.public-root'], 1, true, []],
    [
      'weak crypto is a warning only',
      ['name.match', 'trust.public-root', 'crypto.weak-key', 'crypto.weak-signature', 'time.expiring-soon'],
      1,
      true,
      [],
    ],
    ['private root', ['name.match', 'trust.private-root'], 3, 'depends', ['RemoteCertificateChainErrors']],
    ['missing issuer', ['name.match', 'chain.incomplete'], 1, 'depends', ['RemoteCertificateChainErrors']],
    ['name mismatch', ['name.mismatch', 'trust.public-root'], 1, false, ['RemoteCertificateNameMismatch']],
    [
      'both',
      ['name.mismatch', 'trust.self-signed'],
      1,
      false,
      ['RemoteCertificateNameMismatch', 'RemoteCertificateChainErrors'],
    ],
    [
      'expired beats depends',
      ['name.match', 'trust.private-root', 'time.expired'],
      3,
      false,
      ['RemoteCertificateChainErrors'],
    ],
    ['no certificate', ['input.private-key'], 0, false, []],
    ['invalid URL', ['url.invalid', 'trust.public-root'], 1, false, []],
  ] as const)('%s', (_name, ids, count, accepts, flags) => {
    expect(computeVerdict(findings(...ids), count)).toEqual({ routerAccepts: accepts, sslPolicyErrors: flags });
  });
});
