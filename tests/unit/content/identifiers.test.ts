import { describe, expect, it } from 'vitest';
import { catalogGroups, loadIdentifierCatalog } from '../../../src/content/identifier-catalog.ts';
import { readArticleFiles } from '../../../src/content/files.ts';
import { findIdentifiers, splitTarget, type CatalogIdentifier } from '../../../src/search/identifiers.ts';

/**
 * The identifier catalog against the articles: every identifier leads to a section that exists,
 * and every identifier, written in each of the ways search recognizes, reaches its own cause when
 * it stands alone in a paste.
 */
const catalog = loadIdentifierCatalog();
const groups = catalogGroups(catalog);
const articles = readArticleFiles();

describe('the identifier catalog', () => {
  it.each(groups.map((group) => [group.target]))('%s is a cause of its article, or the main triage', (target) => {
    const { article, section } = splitTarget(target);
    const files = articles.filter((file) => file.data.id === article);
    expect(files.map((file) => file.data.locale).sort(), `article ${article}`).toEqual(['cs', 'en']);
    for (const file of files) {
      if (section === 'triage') expect(file.body).toMatch(/<Triage\b/);
      else expect(file.data.causes.map((cause) => cause.id)).toContain(section);
    }
  });

  it('cites a public https source for every identifier', () => {
    for (const group of catalog.groups)
      for (const identifier of group.identifiers)
        expect(catalog.sources[identifier.source]?.url).toMatch(/^https:\/\//);
  });

  it('refuses an identifier listed twice and an unknown source', () => {
    const twice = `sources: { s: { title: Source, url: 'https://example.org/' } }
groups:
  - target: a#b
    identifiers: [{ kind: dotnet, name: PartialChain, source: s }]
  - target: c#d
    identifiers: [{ kind: dotnet, name: PartialChain, source: nowhere }]`;
    expect(() => loadIdentifierCatalog(twice)).toThrow(/"PartialChain" is listed twice[\s\S]*unknown source "nowhere"/);
  });
});

/** The ways an admin's paste writes one identifier, as tools print it. */
function spellings(identifier: CatalogIdentifier): string[] {
  const { kind, name, code, text } = identifier;
  const list: string[] = [];
  if (name) list.push(`failed with ${name}.`);
  if (text) list.push(`error: ${text}`, `ERROR: ${text.toUpperCase()}`);
  if (kind === 'hresult') {
    const value = Number(code);
    const hex = value.toString(16).toUpperCase().padStart(8, '0');
    list.push(`HRESULT: 0x${hex}`, `(0x${hex.toLowerCase()})`, `<Result value="${hex}">`, `HResult=${value - 2 ** 32}`);
  }
  if (kind === 'win32') list.push(`SocketException (${code}): reset`, `error 0x${Number(code).toString(16)}`);
  if (kind === 'openssl') list.push(`verify error:num=${code}:x`, `Verify return code: ${code} (x)`);
  if (kind === 'curl') list.push(`curl: (${code}) SSL certificate problem`);
  if (kind === 'schannel') list.push(`Source: Schannel\nEvent ID: ${code}\nLevel: Error`);
  return list;
}

describe('every identifier reaches its cause', () => {
  const cases = groups.flatMap((group) =>
    group.identifiers.flatMap((identifier) => spellings(identifier).map((paste) => [group.target, paste] as const)),
  );
  it.each(cases)('%s ← %j', (target, paste) => {
    expect(findIdentifiers(paste, groups)[0]?.target).toBe(target);
  });
});

describe('findIdentifiers', () => {
  const first = (paste: string) => findIdentifiers(paste, groups)[0]?.target;

  it('names what the paste wrote and, for a code, its symbolic name', () => {
    expect(findIdentifiers('failed: 0x800b0109', groups)).toEqual([
      { target: 'enterprise-root-untrusted#root-missing', found: '0x800b0109', name: 'CERT_E_UNTRUSTEDROOT' },
    ]);
  });

  it('lets the status that explains the others decide, and generic ones only count alone', () => {
    expect(first('chain: UntrustedRoot, RevocationStatusUnknown, PartialChain')).toBe(
      'missing-intermediate#server-omits-intermediate',
    );
    expect(first('TrustFailure: RemoteCertificateChainErrors; UntrustedRoot')).toBe(
      'enterprise-root-untrusted#root-missing',
    );
    expect(first('Status: TrustFailure')).toBe('email-router-ssl-trust#triage');
  });

  it('reads the longer OpenSSL text: a self-signed root in the chain is not a self-signed server', () => {
    expect(first('verify error:num=19:self-signed certificate in certificate chain')).toBe(
      'enterprise-root-untrusted#root-missing',
    );
    expect(first('verify error:num=18:self-signed certificate')).toBe('email-router-ssl-trust#self-signed');
  });

  it('counts Schannel event ids only in a paste that names Schannel', () => {
    expect(first('Event ID: 36882')).toBeUndefined();
    expect(first('Zdroj: Schannel\nID události: 36882')).toBe('enterprise-root-untrusted#root-missing');
  });

  it('does not read codes inside other numbers, names or host names', () => {
    for (const paste of [
      'thumbprint 4F800B0109AA11',
      'CERT_E_UNTRUSTEDROOTS',
      'https://mail.contoso.com/owa/10054x',
      'line 2148204809123',
      'build 10.0.10054.1',
      'MyPartialChainHelper',
    ])
      expect(findIdentifiers(paste, groups), paste).toEqual([]);
  });
});
