import { describe, expect, it } from 'vitest';
import { hasMissingWord, preferVerbatim } from '../../../src/search/staging.ts';

describe('preferVerbatim', () => {
  const generic = { id: 'generic', content: 'The underlying connection was closed. Trust failures and more words.' };
  const exact = { id: 'exact', content: 'Could not establish trust relationship for the SSL/TLS secure channel.' };

  it('moves the result that holds a pasted sentence word for word to the top', () => {
    const paste = 'System.Net.WebException: Could not establish trust relationship for the SSL/TLS secure channel';
    expect(preferVerbatim(paste, [generic, exact]).map((page) => page.id)).toEqual(['exact', 'generic']);
  });

  it('keeps the order Pagefind gave when no result holds a sentence', () => {
    expect(preferVerbatim('certificate expired yesterday evening', [generic, exact]).map((page) => page.id)).toEqual([
      'generic',
      'exact',
    ]);
  });

  it('matches sentences across diacritics and punctuation', () => {
    const czech = { id: 'cs', content: 'Nelze navázat vztah důvěryhodnosti pro zabezpečený kanál SSL/TLS.' };
    expect(
      preferVerbatim('nelze navazat vztah duveryhodnosti pro zabezpeceny kanal ssl tls', [generic, czech])[0]!.id,
    ).toBe('cs');
  });
});

describe('hasMissingWord', () => {
  const page = { content: 'Ověření se nezdařilo: certifikát vzdáleného serveru. RemoteCertificateNameMismatch.' };

  it('finds a long word that is on the page in another Czech form', () => {
    expect(hasMissingWord(['certifikátu'], page)).toBe(false);
  });

  it('reports a long word that is nowhere on the page', () => {
    expect(hasMissingWord(['revocation'], page)).toBe(true);
  });

  it('requires a .NET name to be on the page whole, not as its CamelCase parts', () => {
    expect(hasMissingWord(['RemoteCertificateNameMismatch'], page)).toBe(false);
    expect(hasMissingWord(['RemoteCertificateChainErrors'], page)).toBe(true);
  });

  it('does not judge short words and codes', () => {
    expect(hasMissingWord(['tls', 'x509', '0x80090325'], page)).toBe(false);
  });

  it('treats a page without text as missing every long word', () => {
    expect(hasMissingWord(['certificate'], {})).toBe(true);
  });
});
