import { describe, expect, it } from 'vitest';
import { normalizeBase, PublicAddressError, readPublicAddress, withBase } from '../../../src/site/public-address.ts';

describe('readPublicAddress', () => {
  it('knows no origin when nothing is set', () => {
    expect(readPublicAddress({})).toEqual({ siteUrl: null, base: '/', https: false });
    expect(readPublicAddress({ TRUSTKB_SITE: ' ', TRUSTKB_BASE: '' })).toEqual({
      siteUrl: null,
      base: '/',
      https: false,
    });
  });

  it('takes the base from the path of the public address', () => {
    expect(readPublicAddress({ TRUSTKB_SITE: 'https://intranet.example/kb' })).toEqual({
      siteUrl: 'https://intranet.example/kb/',
      base: '/kb/',
      https: true,
    });
  });

  it('puts TRUSTKB_BASE under an origin-only address', () => {
    expect(readPublicAddress({ TRUSTKB_SITE: 'http://kb.example.org', TRUSTKB_BASE: 'kb' })).toEqual({
      siteUrl: 'http://kb.example.org/kb/',
      base: '/kb/',
      https: false,
    });
  });

  it('serves a sub-path without a public address', () => {
    expect(readPublicAddress({ TRUSTKB_BASE: '/docs/kb' })).toEqual({ siteUrl: null, base: '/docs/kb/', https: false });
  });

  it.each([
    [{ TRUSTKB_SITE: 'kb.example.org' }, 'TRUSTKB_SITE'],
    [{ TRUSTKB_SITE: 'ftp://kb.example.org/' }, 'TRUSTKB_SITE'],
    [{ TRUSTKB_SITE: 'https://kb.example.org/?x=1' }, 'TRUSTKB_SITE'],
    [{ TRUSTKB_SITE: 'https://user:pw@kb.example.org/' }, 'TRUSTKB_SITE'],
    [{ TRUSTKB_BASE: '/kb/../etc/' }, 'TRUSTKB_BASE'],
    [{ TRUSTKB_BASE: '/k b/' }, 'TRUSTKB_BASE'],
    [{ TRUSTKB_SITE: 'https://x.example/kb/', TRUSTKB_BASE: '/docs/' }, 'TRUSTKB_BASE'],
  ])('rejects %j, naming %s', (env, variable) => {
    expect(() => readPublicAddress(env)).toThrow(PublicAddressError);
    expect(() => readPublicAddress(env)).toThrow(new RegExp(`^${variable}:`));
  });
});

describe('normalizeBase and withBase', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['kb', '/kb/'],
    ['/kb', '/kb/'],
    ['//kb//x/', '/kb/x/'],
  ])('%j → %j', (input, base) => expect(normalizeBase(input)).toBe(base));

  it('prefixes site-relative paths', () => {
    expect(withBase('/', '/cs/x/')).toBe('/cs/x/');
    expect(withBase('/kb/', '/cs/x/')).toBe('/kb/cs/x/');
    expect(withBase('/kb/', '/')).toBe('/kb/');
    expect(() => withBase('/kb/', 'cs/')).toThrow();
  });
});
