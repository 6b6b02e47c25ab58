import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { siteBase } from '../../../src/site/base.ts';
import {
  articlePath,
  articlesPath,
  checkerPath,
  errorGroupPath,
  homePath,
  notFoundPath,
  productPath,
  productsPath,
  publicUrl,
  rootPath,
  searchBundlePath,
  searchPath,
  sitePath,
} from '../../../src/site/routes.ts';

describe('routes', () => {
  it('builds every path under the base', () => {
    for (const [base, prefix] of [
      ['/', '/'],
      ['/kb/', '/kb/'],
      ['/a/b/', '/a/b/'],
    ] as const) {
      expect(homePath('cs', base)).toBe(`${prefix}cs/`);
      expect(articlePath('en', 'missing-intermediate', base)).toBe(`${prefix}en/missing-intermediate/`);
      expect(searchPath('en', base)).toBe(`${prefix}en/search/`);
      expect(checkerPath('cs', base)).toBe(`${prefix}cs/checker/`);
      expect(notFoundPath('cs', base)).toBe(`${prefix}cs/404.html`);
      expect(notFoundPath(undefined, base)).toBe(`${prefix}404.html`);
      expect(rootPath(base)).toBe(prefix);
      expect(sitePath('/tools/trustkb-tls-report.ps1', base)).toBe(`${prefix}tools/trustkb-tls-report.ps1`);
      expect(searchBundlePath('pagefind-messages', base)).toBe(`${prefix}pagefind-messages/`);
      expect(articlesPath('en', 1, base)).toBe(`${prefix}en/articles/`);
      expect(articlesPath('en', 2, base)).toBe(`${prefix}en/articles/2/`);
      expect(errorGroupPath('cs', 'secure-channel', 1, base)).toBe(`${prefix}cs/errors/secure-channel/`);
      expect(errorGroupPath('cs', 'trust', 12, base)).toBe(`${prefix}cs/errors/trust/12/`);
      expect(productPath('en', 'windows', 1, base)).toBe(`${prefix}en/products/windows/`);
      expect(productPath('en', 'windows', 3, base)).toBe(`${prefix}en/products/windows/3/`);
      expect(productsPath('cs', base)).toBe(`${prefix}cs/products/`);
    }
  });

  it('takes the build base by default: / in a build without TRUSTKB_BASE, which the unit tests are', () => {
    expect(siteBase()).toBe('/');
    expect(homePath('en')).toBe('/en/');
  });

  it('makes a URL absolute only on a known public address', () => {
    expect(publicUrl('/kb/en/x/', 'https://intranet.example/kb/')).toBe('https://intranet.example/kb/en/x/');
    expect(publicUrl('/kb/en/x/', new URL('https://intranet.example/kb/'))).toBe('https://intranet.example/kb/en/x/');
    expect(publicUrl('/kb/en/x/', null)).toBe('/kb/en/x/');
  });
});

describe('siteBase in plain Node', () => {
  // The CLI and the build scripts run the TypeScript with Node itself, where import.meta.env does
  // not exist: the base comes from the same settings astro.config.mjs reads.
  const baseModule = fileURLToPath(new URL('../../../src/site/base.ts', import.meta.url));
  const run = (env: Record<string, string>) =>
    execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `import { siteBase } from ${JSON.stringify(baseModule)}; console.log(siteBase());`],
      { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' },
    ).trim();

  it('reads TRUSTKB_BASE, else the path of TRUSTKB_SITE, else /', () => {
    expect(run({})).toBe('/');
    expect(run({ TRUSTKB_BASE: 'kb' })).toBe('/kb/');
    expect(run({ TRUSTKB_SITE: 'https://intranet.example/docs/kb' })).toBe('/docs/kb/');
  });
});
