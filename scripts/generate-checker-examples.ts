/**
 * Writes the checker page's "try an example" certificates to
 * src/client/checker/examples.generated.ts. Run with `npm run examples`
 * (`node scripts/generate-checker-examples.ts`).
 *
 * Unlike the test fixtures, whose dates centre on one fixed day, these are judged against the
 * visitor's own clock, so they are valid from 2025 to 2045: the healthy example stays healthy.
 * No example is "accepted": that takes a chain under a public root, whose key only its CA
 * holds, and real server certificates expire within months. The internal CA's chain is what
 * most Exchange sites run; it is accepted once its root is trusted on the router computer.
 */
import '@abraham/reflection';
import * as x509 from '@peculiar/x509';
import { writeFileSync } from 'node:fs';

const OUT = new URL('../src/client/checker/examples.generated.ts', import.meta.url);
const subtle = globalThis.crypto.subtle;
x509.cryptoProvider.set(globalThis.crypto);

const RSA = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
const ECDSA = { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams;
const rsaKeys = () =>
  subtle.generateKey({ ...RSA, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) }, true, [
    'sign',
    'verify',
  ]) as Promise<CryptoKeyPair>;
const ecKeys = () =>
  subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']) as Promise<CryptoKeyPair>;
const dates = (from: string, to: string) => ({
  notBefore: new Date(`${from}T00:00:00Z`),
  notAfter: new Date(`${to}T00:00:00Z`),
});

async function serverExtensions(
  keys: CryptoKeyPair,
  names: string[],
  issuerKey?: CryptoKey,
): Promise<x509.Extension[]> {
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
    new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
    new x509.SubjectAlternativeNameExtension(names.map((value) => ({ type: 'dns' as const, value }))),
    await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
  ];
  if (issuerKey) extensions.push(await x509.AuthorityKeyIdentifierExtension.create(issuerKey));
  return extensions;
}

async function main(): Promise<void> {
  // What Exchange creates at setup: self-signed, with the server's NetBIOS name and FQDN.
  const selfKeys = await ecKeys();
  const selfSigned = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '7e01',
    name: 'CN=EXCH01',
    keys: selfKeys,
    signingAlgorithm: ECDSA,
    ...dates('2025-01-01', '2045-01-01'),
    extensions: await serverExtensions(selfKeys, ['EXCH01', 'exch01.contoso.local']),
  });

  // An internal CA as most Exchange sites run it: an offline root and an issuing CA, both pasted.
  const rootKeys = await rsaKeys();
  const root = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '7e04',
    name: 'CN=Contoso Root CA, O=Contoso Ltd, C=CZ',
    keys: rootKeys,
    signingAlgorithm: RSA,
    ...dates('2020-01-01', '2050-01-01'),
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(rootKeys.publicKey),
    ],
  });
  const caKeys = await rsaKeys();
  const ca = await x509.X509CertificateGenerator.create({
    serialNumber: '7e02',
    subject: 'CN=Contoso Issuing CA 1, O=Contoso Ltd, C=CZ',
    issuer: root.subjectName,
    publicKey: caKeys.publicKey,
    signingKey: rootKeys.privateKey,
    signingAlgorithm: RSA,
    ...dates('2024-01-01', '2049-01-01'),
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(rootKeys.publicKey),
    ],
  });
  const leafKeys = await rsaKeys();
  const leaf = await x509.X509CertificateGenerator.create({
    serialNumber: '7e03',
    subject: 'CN=mail.contoso.com, O=Contoso Ltd, C=CZ',
    issuer: ca.subjectName,
    publicKey: leafKeys.publicKey,
    signingKey: caKeys.privateKey,
    signingAlgorithm: RSA,
    ...dates('2025-01-01', '2045-01-01'),
    extensions: await serverExtensions(leafKeys, ['mail.contoso.com', 'autodiscover.contoso.com'], caKeys.publicKey),
  });

  const pem = (...certificates: x509.X509Certificate[]) =>
    certificates.map((certificate) => certificate.toString('pem')).join('\n') + '\n';
  const chain = pem(leaf, ca, root);
  const examples = {
    'self-signed': { certificate: pem(selfSigned), url: 'https://exch01.contoso.local/EWS/Exchange.asmx' },
    'name-mismatch': { certificate: chain, url: 'https://exch01.contoso.local/EWS/Exchange.asmx' },
    'internal-ca': { certificate: chain, url: 'https://mail.contoso.com/EWS/Exchange.asmx' },
  };
  writeFileSync(
    OUT,
    `// Generated by scripts/generate-checker-examples.ts (npm run examples): do not edit.\n\n` +
      `/** The checker's "try an example" inputs: a self-signed certificate, a name mismatch, an internal CA's chain. */\n` +
      `export const EXAMPLES = ${JSON.stringify(examples, null, 2)} as const;\n\n` +
      `export type ExampleName = keyof typeof EXAMPLES;\n`,
  );
  console.log(OUT.pathname);
}

await main();
