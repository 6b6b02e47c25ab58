import { expect } from '@playwright/test';
import { readdirSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import {
  ASSET_HEADER_NAMES,
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  CSP_HEADER_ONLY_DIRECTIVES,
  HSTS_HEADER,
  MEDIA_TYPES,
  SECURITY_HEADERS,
} from '../../src/deploy/policy.ts';
import { extensionOf, hashesInPage, hashesInPolicy } from '../../src/deploy/site-files.ts';

export { rawGet } from '../../scripts/lib/raw-http.ts';

/** The first file of a build folder whose name passes the test, site-relative. */
export function firstFile(outDir: string, folder: string, test: (name: string) => boolean = () => true): string {
  const name = readdirSync(new URL(`../../${outDir}/${folder}`, import.meta.url)).find(test);
  if (!name) throw new Error(`${outDir}/${folder} holds no matching file`);
  return `${folder}${name}`;
}

/** Every kind of file the site serves, site-relative, with the caching it must get. */
export function fileKinds(outDir: string): Array<{ kind: string; file: string; cache: string }> {
  const immutable = CACHE_IMMUTABLE;
  const revalidate = CACHE_REVALIDATE;
  return [
    { kind: 'HTML page', file: 'en/', cache: revalidate },
    { kind: 'hashed script', file: firstFile(outDir, '_astro/', (name) => name.endsWith('.js')), cache: immutable },
    {
      kind: 'hashed stylesheet',
      file: firstFile(outDir, '_astro/', (name) => name.endsWith('.css')),
      cache: immutable,
    },
    { kind: 'Pagefind fragment', file: firstFile(outDir, 'pagefind/fragment/'), cache: immutable },
    { kind: 'Pagefind index chunk', file: firstFile(outDir, 'pagefind/index/'), cache: immutable },
    {
      kind: 'Pagefind metadata',
      file: firstFile(outDir, 'pagefind/', (name) => name.endsWith('.pf_meta')),
      cache: immutable,
    },
    { kind: 'Pagefind WebAssembly', file: 'pagefind/wasm.en.pagefind', cache: revalidate },
    { kind: 'Pagefind script', file: 'pagefind/pagefind.js', cache: revalidate },
    { kind: 'Pagefind entry JSON', file: 'pagefind/pagefind-entry.json', cache: revalidate },
    { kind: 'search strings JSON', file: 'en/search/strings.json', cache: revalidate },
    { kind: 'identifier catalog JSON', file: 'cs/search/identifiers.json', cache: revalidate },
    { kind: 'checker links JSON', file: 'en/checker/links.json', cache: revalidate },
    { kind: 'articles API JSON', file: 'api/articles.json', cache: revalidate },
    { kind: 'article API JSON', file: 'api/articles/en/email-router-ssl-trust.json', cache: revalidate },
    { kind: 'root certificate', file: firstFile(outDir, 'checker/roots/'), cache: immutable },
    { kind: 'PowerShell script', file: 'tools/trustkb-tls-report.ps1', cache: revalidate },
    { kind: 'favicon', file: 'favicon.svg', cache: revalidate },
    { kind: 'robots.txt', file: 'robots.txt', cache: revalidate },
  ];
}

/** The media type a file must be served with, by the policy's table. */
export function expectedMediaType(file: string): string {
  return MEDIA_TYPES[file.endsWith('/') ? '.html' : extensionOf(file)]!;
}

/**
 * Asserts the headers a response must carry: a document (a page, JSON, anything that could be
 * shown) all of them; a content-addressed asset the asset subset and none of the others.
 */
export function expectSecurityHeaders(
  headers: IncomingHttpHeaders,
  options: { https: boolean; asset?: boolean },
): void {
  if (options.https) expect(headers['strict-transport-security']).toBe(HSTS_HEADER[1]);
  else expect(headers['strict-transport-security']).toBeUndefined();
  expect(headers['x-powered-by']).toBeUndefined();
  expect(String(headers.server ?? '')).not.toMatch(/\d/); // no version for the world to look up
  if (options.asset) {
    for (const [name, value] of SECURITY_HEADERS) {
      expect(headers[name.toLowerCase()], name).toBe(ASSET_HEADER_NAMES.includes(name) ? value : undefined);
    }
    expect(headers['content-security-policy']).toBeUndefined();
    return;
  }
  for (const [name, value] of SECURITY_HEADERS) expect(headers[name.toLowerCase()], name).toBe(value);
  const csp = String(headers['content-security-policy'] ?? '');
  for (const directive of CSP_HEADER_ONLY_DIRECTIVES) expect(csp).toContain(directive);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
}

/**
 * Every hash a page needs (its <meta> policy's, and its inline scripts' and styles') must be in the
 * header policy, or the page's own scripts are blocked.
 */
export function expectPageHashesInHeader(html: string, headerPolicy: string): void {
  expect(html, 'the page keeps its <meta> policy').toMatch(/<meta\s+http-equiv="content-security-policy"/i);
  const pageHashes = hashesInPage(html);
  const headerHashes = hashesInPolicy(headerPolicy);
  expect(pageHashes.script.length).toBeGreaterThan(0);
  for (const hash of pageHashes.script) expect(headerHashes.script).toContain(hash);
  for (const hash of pageHashes.style) expect(headerHashes.style).toContain(hash);
}
