import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE } from '../../src/deploy/policy.ts';
import {
  expectedMediaType,
  expectPageHashesInHeader,
  expectSecurityHeaders,
  fileKinds,
  rawGet,
} from './http-helpers.ts';

/**
 * The site as nginx serves it with the server block the build ships: the headers, caching and
 * media types of every kind of file, the 404 pages, the precompressed copies and framing.
 */
/** The file a URL path is served from: a folder's index.html. */
const builtFile = (path: string): string => (path.endsWith('/') ? `${path}index.html` : path);
const dist = (path: string): Buffer => readFileSync(new URL(`../../dist/${builtFile(path)}`, import.meta.url));

test.describe('every kind of file', () => {
  for (const { kind, file, cache } of fileKinds('dist')) {
    test(`${kind} (/${file}): media type, caching and its headers`, async ({ baseURL }) => {
      const response = await rawGet(`${baseURL}/${file}`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(expectedMediaType(file));
      expect(response.headers['cache-control']).toBe(cache);
      // Content-addressed files are never pages: they carry only the asset headers.
      expectSecurityHeaders(response.headers, { https: false, asset: cache === CACHE_IMMUTABLE });
      expect(response.body.equals(dist(file)), 'the file as built').toBe(true);
    });
  }

  test('each page’s own CSP hashes are in the header policy, which forbids framing', async ({ baseURL }) => {
    for (const path of ['', 'en/', 'cs/', 'en/email-router-ssl-trust/', 'cs/checker/', 'en/search/']) {
      const response = await rawGet(`${baseURL}/${path}`);
      expect(response.status, path).toBe(200);
      const policy = String(response.headers['content-security-policy']);
      expect(policy).toContain("frame-ancestors 'none'");
      expectPageHashesInHeader(response.body.toString('utf8'), policy);
    }
  });
});

test.describe('not found', () => {
  for (const [path, lang] of [
    ['no-such-page/', 'en'],
    ['en/no-such-article/', 'en'],
    ['cs/neexistujici-clanek/', 'cs'],
  ] as const) {
    test(`/${path} answers 404 with the ${lang === 'cs' ? 'Czech' : 'English'} page and every header`, async ({
      baseURL,
    }) => {
      const response = await rawGet(`${baseURL}/${path}`);
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control']).toBe(CACHE_REVALIDATE);
      expectSecurityHeaders(response.headers, { https: false });
      expect(response.body.toString('utf8')).toContain(`<html lang="${lang}"`);
    });
  }

  test('the server configs in the site folder are not served', async ({ baseURL }) => {
    for (const file of ['web.config', '_headers']) {
      expect((await rawGet(`${baseURL}/${file}`)).status, file).toBe(404);
    }
  });

  test('a folder without its slash redirects to it, keeping the address the visitor used', async ({ baseURL }) => {
    const response = await rawGet(`${baseURL}/en`);
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/en/');
    expectSecurityHeaders(response.headers, { https: false });
  });
});

test.describe('precompressed copies', () => {
  const samples = ['en/email-router-ssl-trust/', 'en/search/strings.json'];
  for (const file of samples) {
    test(`/${file}: brotli when accepted, else gzip, else the file itself`, async ({ baseURL }) => {
      const original = dist(file);
      const brotli = await rawGet(`${baseURL}/${file}`, 'gzip, deflate, br');
      expect(brotli.headers['content-encoding']).toBe('br');
      expect(brotli.body.equals(dist(`${builtFile(file)}.br`))).toBe(true);
      expect(brotliDecompressSync(brotli.body).equals(original)).toBe(true);

      const gzip = await rawGet(`${baseURL}/${file}`, 'gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzip.body).equals(original)).toBe(true);
      expect(brotli.body.length).toBeLessThan(gzip.body.length);

      const plain = await rawGet(`${baseURL}/${file}`, 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.equals(original)).toBe(true);
      for (const response of [brotli, gzip, plain]) {
        expect(response.headers.vary).toBe('Accept-Encoding');
        expect(response.headers['content-type']).toBe(expectedMediaType(file));
      }
    });
  }
});

test.describe('framing', () => {
  let other: Server;
  let otherOrigin = '';

  test.beforeAll(async ({ baseURL }) => {
    // Another origin on the loopback: a second port is a different origin to the browser.
    other = createServer((request, response) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      if (request.url === '/own') {
        response.end('<!doctype html><title>own</title><p id="own">framed by its own origin</p>');
        return;
      }
      response.end(
        `<!doctype html><title>framer</title>
         <iframe name="own" src="/own"></iframe>
         <iframe name="trustkb" src="${baseURL}/en/"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  });

  test.afterAll(async () => {
    await new Promise((resolve) => other.close(resolve));
  });

  test('a page from another origin cannot frame the site', async ({ page, baseURL }) => {
    const refused = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()));
    await page.goto(`${otherOrigin}/`);
    // The control: the same page frames its own origin without trouble.
    await expect(page.frameLocator('iframe[name="own"]').locator('#own')).toHaveText('framed by its own origin');
    await refused;
    const framed = page.frame({ name: 'trustkb' });
    expect(framed).not.toBeNull();
    expect(framed!.url().startsWith(`${baseURL}/`)).toBe(false);
    await expect(page.frameLocator('iframe[name="trustkb"]').locator('main')).toHaveCount(0);
  });
});
