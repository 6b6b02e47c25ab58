import { beforeAll, describe, expect, it } from 'vitest';
import { equalBytes } from '../../../src/checker/bytes.ts';
import { parseCertificate } from '../../../src/checker/certificate.ts';
import { checkName } from '../../../src/checker/checks.ts';
import { findLegacyHostnameMatch, matchHostname } from '../../../src/checker/index.ts';
import { parseIp } from '../../../src/checker/ip.ts';
import { HOST_CASES, NAME_SETS, rawUtf8, type NameSet } from './hostname-cases.ts';
import { askSecondOpinions, makeCertificates } from './second-opinion.ts';

let certificates: Awaited<ReturnType<typeof makeCertificates>>;
beforeAll(async () => {
  certificates = await makeCertificates(NAME_SETS);
}, 30_000);

describe('host matching table', () => {
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

  it('lists, for every name set, the names our certificate parser reads from its certificate', () => {
    for (const [key, set] of Object.entries(NAME_SETS)) {
      const parsed = parseCertificate(certificates.get(key)!.der);
      if (!parsed.ok) throw new Error(`${key}: ${parsed.reason}`);
      expect(parsed.certificate.dnsNames, key).toEqual(set.dns);
      expect(parsed.certificate.commonName, key).toBe(set.cn ?? null);
      expect(parsed.certificate.ipAddresses.length, key).toBe(set.ip.length);
      set.ip.forEach((address, index) => {
        expect(equalBytes(parseIp(parsed.certificate.ipAddresses[index]!)!, parseIp(address)!), key).toBe(true);
      });
    }
  });

  it('refuses a certificate whose dNSName holds raw UTF-8 bytes, for the U-label and for its A-label', () => {
    const sets: NameSet[] = ['rawUtf8San', 'unicodeSan'];
    for (const key of sets) {
      const { der } = certificates.get(key)!;
      // The certificate really holds the UTF-8 bytes (C3 BC is ü, C5 A1 is š), not an A-label.
      const hex = Buffer.from(der).toString('hex');
      expect(hex.includes('62c3bc63686572') || hex.includes('706fc5a1746f766e')).toBe(true);
      const parsed = parseCertificate(der);
      if (!parsed.ok) throw new Error(parsed.reason);
      expect(parsed.certificate.dnsNames).toEqual(NAME_SETS[key].dns);
    }
    const parsed = parseCertificate(certificates.get('rawUtf8San')!.der);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.certificate.dnsNames).toEqual([rawUtf8('bücher.contoso.com')]);
    for (const host of ['bücher.contoso.com', 'xn--bcher-kva.contoso.com', 'BÜCHER.CONTOSO.COM.']) {
      expect(checkName(parsed.certificate, host).finding.id, host).toBe('name.mismatch');
    }
  });

  it('regression: findLegacyHostnameMatch reported a partial wildcard for a host RFC 9525 already accepts', () => {
    // `*.contoso.com` accepts the host; `mail*.contoso.com` fits it too, but Windows needs no extra rule for it.
    const names = NAME_SETS.wildcardAndPartial;
    for (const host of ['mail.contoso.com', 'MAIL1.contoso.com.']) {
      expect(matchHostname(names, host)).toBe(true);
      expect(findLegacyHostnameMatch(names, host)).toBeNull();
    }
  });
});
