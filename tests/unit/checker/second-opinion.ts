import '@abraham/reflection';
import * as x509 from '@peculiar/x509';
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { PresentedNames } from '../../../src/checker/index.ts';

/**
 * Second opinions on host matching: Node's X509Certificate (OpenSSL's X509_check_host/ip
 * inside) and the openssl command line, each asked about a throwaway certificate that
 * presents the same names.
 */
export interface SecondOpinions {
  /** checkHost with `subject: 'never', partialWildcards: false`: the closest to RFC 9525. */
  nodeStrict: boolean;
  /** checkHost with its defaults (CN fallback, partial wildcards): the closest to Windows. */
  nodeDefault: boolean;
  /** `openssl x509 -checkhost/-checkip` (defaults like nodeDefault); null when the host cannot be passed. */
  openssl: boolean | null;
}

/** The openssl command line is a second opinion only where it is installed. */
const HAS_OPENSSL = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** openssl reads the certificates' files while the test file runs; they go when it is done. */
const certificateFolders: string[] = [];
afterAll(() => {
  for (const folder of certificateFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

export async function makeCertificates(
  sets: Record<string, PresentedNames>,
): Promise<Map<string, { pem: string; der: Uint8Array; file: string }>> {
  x509.cryptoProvider.set(globalThis.crypto);
  const keys = (await globalThis.crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const folder = mkdtempSync(join(tmpdir(), 'trustkb-hosts-'));
  certificateFolders.push(folder);
  const result = new Map<string, { pem: string; der: Uint8Array; file: string }>();
  for (const [key, set] of Object.entries(sets)) {
    // IA5String text is written one byte per character: a character beyond U+00FF would be
    // cut to its low byte, and the certificate would present another name than the table says.
    const tooWide = set.dns.find((name) => /[\u0100-\uffff]/.test(name));
    if (tooWide !== undefined) throw new Error(`${key}: ${tooWide} cannot be written as IA5String bytes`);
    const names = [
      ...set.dns.map((value) => ({ type: 'dns' as const, value })),
      ...set.ip.map((value) => ({ type: 'ip' as const, value })),
    ];
    const cert = await x509.X509CertificateGenerator.createSelfSigned({
      name: set.cn ? [{ O: ['Test'] }, { CN: [set.cn] }] : [{ O: ['Test'] }],
      keys,
      extensions: names.length > 0 ? [new x509.SubjectAlternativeNameExtension(names)] : [],
      signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams,
    });
    const file = join(folder, `${key}.pem`);
    writeFileSync(file, cert.toString('pem'));
    result.set(key, { pem: cert.toString('pem'), der: new Uint8Array(cert.rawData), file });
  }
  return result;
}

export function askSecondOpinions(certificate: { pem: string; file: string }, host: string): SecondOpinions {
  const cert = new X509Certificate(certificate.pem);
  const ip = isIP(host) !== 0;
  const ask = (question: () => string | undefined) => {
    try {
      return question() !== undefined;
    } catch {
      return false;
    }
  };
  const nodeStrict = ask(() =>
    ip ? cert.checkIP(host) : cert.checkHost(host, { subject: 'never', partialWildcards: false }),
  );
  const nodeDefault = ask(() => (ip ? cert.checkIP(host) : cert.checkHost(host)));
  let openssl: boolean | null = null;
  if (HAS_OPENSSL && !host.includes('\u0000')) {
    try {
      const output = execFileSync(
        'openssl',
        ['x509', '-in', certificate.file, '-noout', ip ? '-checkip' : '-checkhost', host],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      openssl = /does NOT match/.test(output) ? false : /does match/.test(output);
    } catch {
      openssl = false;
    }
  }
  return { nodeStrict, nodeDefault, openssl };
}
