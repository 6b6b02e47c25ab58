import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/** The sites written by the test file that imports this one, removed when it is done. */
const written: string[] = [];
afterAll(() => {
  for (const root of written.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A small built site on disk: pages with CSP <meta> tags, hashed assets, Pagefind files, 404 pages. */
export function writeFixtureSite(extra: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'trustkb-deploy-'));
  written.push(root);
  const page = (scriptHash: string) =>
    `<!doctype html><html lang="en"><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${scriptHash}'; style-src 'self' 'sha256-STYLE='"></head><body>${'text '.repeat(200)}</body></html>`;
  const files: Record<string, string> = {
    'index.html': page('sha256-AAA='),
    '404.html': page('sha256-AAA='),
    'cs/index.html': page('sha256-BBB='),
    'cs/404.html': page('sha256-BBB='),
    'en/index.html': page('sha256-CCC='),
    '_astro/app.Ab12Cd34.js': 'console.log("x");'.repeat(50),
    'pagefind/fragment/en_1a2b3c4.pf_fragment': 'binary',
    'pagefind/pagefind.en_4f4e143158.pf_meta': 'binary',
    'pagefind/pagefind.js': 'export {};',
    'checker/roots/05570ae6eb0fceb4.der': 'der',
    'tiny.txt': 'a',
    ...extra,
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), content);
  }
  return root;
}
