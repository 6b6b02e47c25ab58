import { describe, expect, it } from 'vitest';
import { headersFile } from '../../../src/deploy/headers-file.ts';
import { NGINX_LISTEN_LINE, NGINX_ROOT_LINE, nginxServerBlock } from '../../../src/deploy/nginx.ts';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, MEDIA_TYPES } from '../../../src/deploy/policy.ts';
import { serverConfigInput } from '../../../src/deploy/server-input.ts';
import { readSiteFiles } from '../../../src/deploy/site-files.ts';
import { webConfig } from '../../../src/deploy/web-config.ts';
import { baseOfServerBlock, localServerBlock } from '../../../scripts/lib/nginx-server.ts';
import { writeFixtureSite } from './fixture-site.ts';
import { readWebConfig } from './web-config-reader.ts';

const site = readSiteFiles(writeFixtureSite());
const atRoot = serverConfigInput(site, { base: '/', https: false });
const underKb = serverConfigInput(site, { base: '/kb/', https: true });

describe('serverConfigInput', () => {
  it('finds the immutable folders and files, and each language’s 404 page', () => {
    expect(atRoot.immutableFolders).toEqual(['_astro/', 'checker/roots/', 'pagefind/fragment/']);
    expect(atRoot.immutableFiles).toEqual(['pagefind/pagefind.en_4f4e143158.pf_meta']);
    expect(atRoot.localeNotFound).toEqual({ cs: 'cs/404.html' });
    expect(atRoot.headers.map(([name]) => name)).not.toContain('Strict-Transport-Security');
    expect(underKb.headers.map(([name]) => name)).toContain('Strict-Transport-Security');
  });

  it('refuses a build without a 404 page', () => {
    const files = site.files.filter((file) => file !== '404.html');
    expect(() => serverConfigInput({ ...site, files }, { base: '/', https: false })).toThrow(/404\.html/);
  });
});

describe('web.config', () => {
  const view = readWebConfig(webConfig(underKb));

  it('maps every extension of the build, removing IIS’s own mapping first', () => {
    expect(view.unsafeMimeMaps).toEqual([]);
    expect(view.unsafeEntries).toEqual([]);
    expect([...view.mimeMaps.keys()]).toEqual(site.extensions);
    for (const extension of site.extensions) expect(view.mimeMaps.get(extension)).toBe(MEDIA_TYPES[extension]);
    expect(view.clientCache.get('')).toEqual({ cacheControlMode: 'DisableCache' });
  });

  it('sends every header, replacing any the server level set', () => {
    expect(view.headers).toEqual(underKb.headers.map(([name, value]) => [name, value]));
    expect(view.removedHeaders).toContain('X-Powered-By');
    for (const [name] of underKb.headers) expect(view.removedHeaders).toContain(name);
  });

  it('points 404 at the bilingual page, and the Czech folder at its own, under the base', () => {
    expect(Object.fromEntries(view.notFound)).toEqual({ '': '/kb/404.html', cs: '/kb/cs/404.html' });
  });

  it('caches the content-addressed folders and files for a year, and nothing else', () => {
    expect([...view.clientCache.keys()]).toEqual([
      '',
      '_astro',
      'checker/roots',
      'pagefind/fragment',
      'pagefind/pagefind.en_4f4e143158.pf_meta',
    ]);
    expect(view.clientCache.get('_astro')).toEqual({
      cacheControlMode: 'UseMaxAge',
      cacheControlMaxAge: '365.00:00:00',
      cacheControlCustom: 'public, immutable',
    });
    // …and they shed the headers that govern documents only.
    const documentOnly = underKb.headers
      .map(([name]) => name)
      .filter((name) => !underKb.assetHeaders.some(([kept]) => kept === name));
    expect(documentOnly).toContain('Content-Security-Policy');
    expect(view.removedHeadersAt.get('_astro')).toEqual(documentOnly);
    expect(view.removedHeadersAt.get('pagefind/pagefind.en_4f4e143158.pf_meta')).toEqual(documentOnly);
  });

  it('hides the server files from visitors', () => {
    expect(view.hiddenSegments).toEqual(['_headers', 'web.config']);
  });

  it('escapes what XML cannot carry as is', () => {
    const tricky = { ...atRoot, headers: [['X-Test', `a"b<c>&d'e`] as const] };
    expect(readWebConfig(webConfig(tricky)).headers).toEqual([['X-Test', `a"b<c>&d'e`]]);
  });
});

describe('_headers', () => {
  const rules = (text: string) =>
    text
      .split('\n\n')
      .map((block) => block.split('\n').filter((line) => line && !line.startsWith('#')))
      .filter((lines) => lines.length > 0)
      .map(([path, ...headers]) => ({ path, headers: headers.map((line) => line.trim()) }));

  it('puts every header on every path under the base, and Cache-Control only on immutable files', () => {
    const [all, ...cached] = rules(headersFile(underKb));
    expect(all!.path).toBe('/kb/*');
    expect(all!.headers).toEqual(underKb.headers.map(([name, value]) => `${name}: ${value}`));
    expect(all!.headers.join('\n')).not.toMatch(/Cache-Control/);
    expect(cached.map((rule) => rule.path)).toEqual([
      '/kb/_astro/*',
      '/kb/checker/roots/*',
      '/kb/pagefind/fragment/*',
      '/kb/pagefind/pagefind.en_4f4e143158.pf_meta',
    ]);
    for (const rule of cached) expect(rule.headers).toEqual([`Cache-Control: ${CACHE_IMMUTABLE}`]);
  });
});

describe('the nginx server block', () => {
  const block = nginxServerBlock(underKb);

  it('has one listen and one root line for a deployment to set', () => {
    expect(block.split('\n').filter((line) => line === NGINX_LISTEN_LINE)).toHaveLength(1);
    expect(block.split('\n').filter((line) => line === NGINX_ROOT_LINE)).toHaveLength(1);
    const local = localServerBlock(block, 4500, '/tmp/site');
    expect(local).toContain('    listen 127.0.0.1:4500;');
    expect(local).toContain('    root /tmp/site;');
    expect(
      local.replace('    listen 127.0.0.1:4500;', NGINX_LISTEN_LINE).replace('    root /tmp/site;', NGINX_ROOT_LINE),
    ).toBe(block);
    expect(() => localServerBlock(block + NGINX_ROOT_LINE + '\n', 1, '/x')).toThrow(/exactly once/);
  });

  it('serves the site under its base, with each language’s 404 and the header set in every location', () => {
    expect(baseOfServerBlock(block)).toBe('/kb/');
    expect(block).toContain('    error_page 404 /kb/404.html;');
    expect(block).toMatch(/location \/kb\/cs\/ \{\n {8}error_page 404 \/kb\/cs\/404\.html;/);
    const locations = block.split('\n    location ').slice(1);
    expect(locations.length).toBeGreaterThan(5);
    for (const location of locations.filter((text) => !text.includes('return 404'))) {
      const immutable = location.includes(`"${CACHE_IMMUTABLE}"`);
      const names = (text: string) => [...text.matchAll(/add_header ([\w-]+) /g)].map((match) => match[1]);
      const expected = (immutable ? underKb.assetHeaders : underKb.headers).map(([name]) => name);
      expect(names(location), location.split('\n')[0]).toEqual([...expected, 'Cache-Control']);
      if (!immutable) expect(location).toContain(`add_header Cache-Control "${CACHE_REVALIDATE}" always;`);
    }
    expect(underKb.assetHeaders.map(([name]) => name)).toEqual([
      'X-Content-Type-Options',
      'Cross-Origin-Resource-Policy',
      'Strict-Transport-Security',
    ]);
  });

  it('maps the media types without charset parameters and serves the precompressed copies', () => {
    expect(block).toContain('        text/html html;');
    expect(block).toContain('        application/pkix-cert der;');
    expect(block).toMatch(/charset_types [^;]*text\/javascript/);
    expect(block).toContain('    gzip_static on;');
    expect(block).toContain('    brotli_static on;');
  });

  it('quotes header values so the CSP’s quotes and semicolons survive', () => {
    expect(block).toMatch(
      /add_header Content-Security-Policy "default-src 'self'; [^"]*frame-ancestors 'none'" always;/,
    );
  });
});
