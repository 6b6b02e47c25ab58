import { describe, expect, it } from 'vitest';
import { MAX_QUERIES, MAX_WORDS, reduceQuery } from '../../../src/search/reduce-query.ts';

const trust =
  'The underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure channel.';

describe('reduceQuery', () => {
  it('keeps the significant words of one message, dropping stop words', () => {
    const { queries } = reduceQuery(trust, 'en');
    // The whole message first, cut to its seven longest words, then each sentence.
    expect(queries[0]).toBe('underlying connection closed establish relationship secure channel');
    expect(queries).toContain('establish trust relationship ssl tls secure channel');
    // "underlying connection closed" stands whole in the first query: running it again adds nothing.
    expect(queries).not.toContain('underlying connection closed');
    for (const query of queries) expect(query).not.toMatch(/\b(the|was|could|not|for)\b/);
  });

  it('stems Czech words on the Czech site', () => {
    const { queries } = reduceQuery('Nelze navázat vztah důvěryhodnosti pro zabezpečený kanál SSL/TLS.', 'cs');
    expect(queries[0]).toBe('nava vzta duveryhodnost zabezpecen kanal ssl tls');
  });

  it('stems Czech words on the English site too, but leaves English words for the English stemmer', () => {
    const { queries } = reduceQuery('vztah důvěryhodnosti certificates', 'en');
    expect(queries[0]).toBe('vztah duveryhodnost certificates');
  });

  it('removes timestamps, HRESULTs, GUIDs, URLs and namespaces', () => {
    const { queries, keywords } = reduceQuery(
      `2026-11-29 14:03:12.481 ERROR [7f1c2a9e-0b2d-4c3e-9f00-1a2b3c4d5e6f] System.Net.WebException: ${trust} HRESULT 0x80131509 https://mail.contoso.com/EWS/Exchange.asmx`,
      'en',
    );
    expect(keywords.join(' ')).not.toMatch(/2026|0x8013|7f1c2a9e|contoso|System|WebException|ERROR/i);
    expect(queries).toContain('establish trust relationship ssl tls secure channel');
  });

  it('drops stack frames in English and Czech logs', () => {
    const paste = `${trust}\n   at System.Net.HttpWebRequest.GetResponse()\n   v System.Net.HttpWebRequest.GetResponse()\n--- End of inner exception stack trace ---`;
    const { keywords } = reduceQuery(paste, 'en');
    expect(keywords).not.toContain('GetResponse');
    expect(keywords).not.toContain('HttpWebRequest');
  });

  it('puts .NET identifiers first, each as its own query, without the namespace', () => {
    const { queries } = reduceQuery(
      'The remote certificate is invalid according to the validation procedure: SslPolicyErrors.RemoteCertificateNameMismatch, RemoteCertificateChainErrors',
      'en',
    );
    expect(queries.slice(0, 2)).toEqual(['RemoteCertificateNameMismatch', 'RemoteCertificateChainErrors']);
    expect(reduceQuery('UntrustedRoot: the remote certificate', 'en').weights).toEqual([2, 1]);
  });

  it('ignores exception class names, which every .NET log has', () => {
    const { queries } = reduceQuery('System.Security.Authentication.AuthenticationException: UntrustedRoot', 'en');
    expect(queries).toEqual(['UntrustedRoot']);
  });

  it('reduces a long pasted log to a bounded number of short queries', () => {
    const line = `2026-11-29 14:03:12 #42 Mailbox check failed for user${'x'.repeat(3)}: ${trust}\n   at Microsoft.Crm.Tools.Email.Providers.ExchangePollingMailboxProvider.Poll()\n`;
    const paste = line.repeat(20).slice(0, 2000);
    const { queries } = reduceQuery(paste, 'en');
    expect(queries.length).toBeGreaterThan(0);
    expect(queries.length).toBeLessThanOrEqual(MAX_QUERIES);
    for (const query of queries) expect(query.split(' ').length).toBeLessThanOrEqual(MAX_WORDS);
  });

  it('reads only the first 2,000 characters of a paste', () => {
    const paste = `${'filler '.repeat(400)} RemoteCertificateNameMismatch`;
    expect(reduceQuery(paste, 'en').queries).not.toContain('RemoteCertificateNameMismatch');
  });

  it('keeps an HTTP status code but drops other numbers', () => {
    const { keywords } = reduceQuery('The remote server returned an error: (401) Unauthorized. Line 1234', 'en');
    expect(keywords).toContain('401');
    expect(keywords).not.toContain('1234');
  });

  it('returns no query for a paste with nothing meaningful in it', () => {
    expect(reduceQuery('  2026-11-29 12:00:00 0x80131509 -- ', 'cs').queries).toEqual([]);
  });
});

describe('reduceQuery on pasted shell output', () => {
  const output =
    '[PS] C:\\Windows\\system32>Get-ExchangeCertificate | Format-List Thumbprint,Status\nThumbprint : 5D4C3B2A19087F6E5D4C3B2A19087F6E5D4C3B2A\nStatus     : RevocationCheckFailure';

  it('drops prompts, paths, cmdlets and thumbprints, keeping the status', () => {
    const { queries, keywords } = reduceQuery(output, 'en');
    expect(queries).toEqual(['RevocationCheckFailure', 'thumbprint']);
    expect(keywords.join(' ')).not.toMatch(/system32|ExchangeCertificate|5D4C3B2A|Windows/i);
  });

  it('keeps a cmdlet when it is all there is', () => {
    expect(reduceQuery('Enable-ExchangeCertificate', 'en').queries).toEqual(['ExchangeCertificate', 'enable']);
  });
});
