import { beforeAll, describe, expect, it } from 'vitest';
import { findLegacyHostnameMatch, matchHostname } from '../../../src/checker/index.ts';
import { HOST_CASES, NAME_SETS } from './hostname-cases.ts';
import { askSecondOpinions, makeCertificates } from './second-opinion.ts';

let certificates: Awaited<ReturnType<typeof makeCertificates>>;
beforeAll(async () => {
  certificates = await makeCertificates(NAME_SETS);
}, 30_000);

describe('host matching table', { timeout: 30_000 }, () => {
  it('has at least 150 cases', () => {
    expect(HOST_CASES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(HOST_CASES.map((row) => [`${row.names} ← ${JSON.stringify(row.host)}`, row] as const))(
    '%s',
    (_title, row) => {
      const names = NAME_SETS[row.names];
      expect(matchHostname(names, row.host), 'RFC 9525').toBe(row.rfc);
      const legacy = findLegacyHostnameMatch(names, row.host)?.rule ?? null;
      expect(legacy, 'legacy Windows rule').toBe(row.legacy ?? null);

      const windows = row.rfc || row.legacy !== undefined;
      const opinions = askSecondOpinions(certificates.get(row.names)!, row.host);
      const nodeAgrees = opinions.nodeStrict === row.rfc && opinions.nodeDefault === windows;
      // A note documents a known difference; it must stay true, or be deleted.
      expect(nodeAgrees, row.node ? `Node should differ: ${row.node}` : 'Node checkHost/checkIP').toBe(
        row.node === undefined,
      );
      if (opinions.openssl !== null) {
        expect(
          opinions.openssl === windows,
          row.openssl ? `openssl should differ: ${row.openssl}` : 'openssl -checkhost',
        ).toBe(row.openssl === undefined);
      }
    },
  );

  it('regression: findLegacyHostnameMatch reported a partial wildcard for a host RFC 9525 already accepts', () => {
    // `*.contoso.com` accepts the host; `mail*.contoso.com` fits it too, but Windows needs no extra rule for it.
    const names = NAME_SETS.wildcardAndPartial;
    for (const host of ['mail.contoso.com', 'MAIL1.contoso.com.']) {
      expect(matchHostname(names, host)).toBe(true);
      expect(findLegacyHostnameMatch(names, host)).toBeNull();
    }
  });
});
