import { X509Certificate } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { diagnose, publicRootKeyHash } from '../../../src/checker/index.ts';
import { parseCertificate } from '../../../src/checker/certificate.ts';
import { decodeInput } from '../../../src/checker/decode-input.ts';
import { WINDOWS_NOT_BEFORE, windowsDistrust } from '../../../src/checker/windows-root-policy.ts';
import { nodeRootKeys } from '../../../src/cli/node-roots.ts';

/** Node's root certificate with this SHA-1 thumbprint, as Microsoft's notices name roots. */
function nodeRoot(sha1: string): string | undefined {
  return rootCertificates.find((pem) => new X509Certificate(pem).fingerprint.replace(/:/g, '') === sha1);
}

describe("Windows' NotBefore on roots Mozilla's list still holds", () => {
  it.each(Object.entries(WINDOWS_NOT_BEFORE))('%s is the key of the root the notice names', async (hash, policy) => {
    // When a Node upgrade drops the root, this fails: remove the entry with the regenerated table.
    const pem = nodeRoot(policy.sha1);
    if (!pem) throw new Error(`${policy.root} is not in this Node's root list`);
    const parsed = parseCertificate(decodeInput(pem).certificates[0]!.der);
    if (!parsed.ok) throw new Error('cannot parse the root');
    expect(await publicRootKeyHash(parsed.certificate.spkiDer)).toBe(hash);
    expect(new X509Certificate(pem).subject).toContain(`CN=${policy.root}`);
  });

  it('distrusts only what was issued after the date', () => {
    const [hash, policy] = Object.entries(WINDOWS_NOT_BEFORE)[0]!;
    const date = Date.parse(policy.notBefore);
    expect(windowsDistrust(hash, new Date(date + 86_400_000))).toBe(policy);
    expect(windowsDistrust(hash, new Date(date - 86_400_000))).toBeNull();
    expect(windowsDistrust('0000000000000000', new Date(date + 86_400_000))).toBeNull();
    expect(windowsDistrust('__proto__', new Date(date + 86_400_000))).toBeNull();
  });

  it('leaves the root itself, issued in 2015, trusted', async () => {
    const pem = nodeRoot(Object.values(WINDOWS_NOT_BEFORE)[0]!.sha1)!;
    const diagnosis = await diagnose(pem, 'https://www.harica.gr/', { publicRootKey: nodeRootKeys });
    expect(diagnosis.findings.map((finding) => finding.id)).not.toContain('trust.windows-distrusted');
    expect(diagnosis.findings.map((finding) => finding.id)).toContain('trust.public-root');
  });
});
