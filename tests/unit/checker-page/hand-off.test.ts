import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkerHandOffUrl, isHandOff, readHandOff } from '../../../src/client/checker/hand-off.ts';

const CHAIN = readFileSync(new URL('../../fixtures/certs/chain-full.pem', import.meta.url), 'utf8').trim();

describe('checker hand-off in the URL fragment', () => {
  it('round-trips certificates and URL through an address with no query', () => {
    const address = checkerHandOffUrl('/en/checker/', {
      certificates: CHAIN,
      url: 'https://mail.contoso.com:8443/EWS/Exchange.asmx?a=1&b=2#x',
    });
    const url = new URL(address, 'https://trustkb.example/');
    expect(url.pathname).toBe('/en/checker/');
    expect(url.search).toBe('');
    // Both parts are encoded whole: no separator, newline or Base64 sign of theirs is left bare.
    const [check, server, ...more] = url.hash.split('&');
    expect(more).toEqual([]);
    expect(check!.slice('#check='.length)).not.toMatch(/[\n+/=#&]/);
    expect(server!.slice('url='.length)).not.toMatch(/[/=#&?]/);
    expect(readHandOff(url.hash)).toEqual({
      certificates: CHAIN,
      url: 'https://mail.contoso.com:8443/EWS/Exchange.asmx?a=1&b=2#x',
    });
  });

  it('carries no url part when the server is not known', () => {
    const address = checkerHandOffUrl('/cs/checker/', { certificates: CHAIN });
    expect(address).not.toContain('&url=');
    expect(readHandOff(address.slice(address.indexOf('#')))).toEqual({ certificates: CHAIN, url: '' });
  });

  it('ignores other fragments, malformed encoding and an empty paste', () => {
    for (const hash of ['', '#', '#manual-heading', '#checker-cert-1', '#url=https%3A%2F%2Fx', '#CHECK=abc'])
      expect([hash, isHandOff(hash), readHandOff(hash)]).toEqual([hash, false, null]);
    for (const hash of ['#check=%E0%A4%A', '#check=%', '#check=abc&url=%ZZ', '#check=', '#check=%20%0A'])
      expect([hash, isHandOff(hash), readHandOff(hash)]).toEqual([hash, true, null]);
  });
});
