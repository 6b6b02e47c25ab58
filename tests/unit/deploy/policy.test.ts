import { describe, expect, it } from 'vitest';
import {
  CSP_DIRECTIVES,
  headerContentSecurityPolicy,
  HSTS_HEADER,
  isImmutable,
  responseHeaders,
} from '../../../src/deploy/policy.ts';

describe('the header policy', () => {
  const policy = headerContentSecurityPolicy({
    script: ["'sha256-B='", "'sha256-A='", "'sha256-B='"],
    style: ["'sha256-S='"],
  });

  it('carries the meta directives, each hash once, and forbids framing', () => {
    for (const directive of CSP_DIRECTIVES) expect(policy).toContain(directive);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-A=' 'sha256-B='");
    expect(policy).toContain("style-src 'self' 'sha256-S='");
    expect(policy.endsWith("frame-ancestors 'none'")).toBe(true);
  });

  it('sends HSTS only for an https address', () => {
    expect(responseHeaders(policy, true)).toContainEqual(HSTS_HEADER);
    expect(responseHeaders(policy, false).map(([name]) => name)).not.toContain('Strict-Transport-Security');
    expect(responseHeaders(policy, false)[0]).toEqual(['Content-Security-Policy', policy]);
  });
});

describe('isImmutable', () => {
  it.each([
    ['_astro/Head.BlkgJFUx.css', true],
    ['pagefind/fragment/cs_119d2b4.pf_fragment', true],
    ['pagefind-messages/index/en_3e1473b.pf_index', true],
    ['pagefind/pagefind.en_4f4e143158.pf_meta', true],
    ['checker/roots/05570ae6eb0fceb4.der', true],
    ['pagefind/pagefind.js', false],
    ['pagefind/pagefind-entry.json', false],
    ['pagefind/wasm.en.pagefind', false],
    ['en/index.html', false],
    ['en/search/strings.json', false],
    ['x/_astro/a.js', false],
  ])('%s → %s', (file, immutable) => expect(isImmutable(file)).toBe(immutable));
});
