import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brotliQualityOf, CODE_QUALITY, DOCUMENT_QUALITY, precompress } from '../../../src/deploy/precompress.ts';
import { extensionOf, hashesInPage, hashesInPolicy, readSiteFiles } from '../../../src/deploy/site-files.ts';
import { writeFixtureSite } from './fixture-site.ts';

describe('readSiteFiles', () => {
  it('lists files and extensions and gathers every page’s hashes once', () => {
    const site = readSiteFiles(writeFixtureSite());
    expect(site.files).toContain('pagefind/fragment/en_1a2b3c4.pf_fragment');
    expect(site.extensions).toEqual(['.der', '.html', '.js', '.pf_fragment', '.pf_meta', '.txt']);
    expect(site.hashes).toEqual({
      script: ["'sha256-AAA='", "'sha256-BBB='", "'sha256-CCC='"],
      style: ["'sha256-STYLE='"],
    });
  });

  it('refuses a build holding a file type with no media type, naming an example', () => {
    const root = writeFixtureSite({ 'fonts/a.woff': 'x', LICENSE: 'x' });
    expect(() => readSiteFiles(root)).toThrow(
      /"\(none\)" \(LICENSE\), "\.woff" \(fonts\/a\.woff\)\. Add them to MEDIA_TYPES/,
    );
  });

  it.each([
    ['a/b.min.js', '.js'],
    ['pagefind/wasm.en.pagefind', '.pagefind'],
    ['x/y.html.br', '.br'],
    ['.hidden', ''],
    ['LICENSE', ''],
  ])('extensionOf(%s) = %j', (file, extension) => expect(extensionOf(file)).toBe(extension));

  it('reads hashes only from script-src and style-src', () => {
    expect(hashesInPolicy("default-src 'self' 'sha256-X='; script-src 'self' 'sha384-Y='")).toEqual({
      script: ["'sha384-Y='"],
      style: [],
    });
  });
});

describe('precompress', () => {
  it('writes brotli and gzip copies of text files that decompress to the original', async () => {
    const root = writeFixtureSite();
    const summary = await precompress(root, readSiteFiles(root).files);
    const original = readFileSync(join(root, 'en/index.html'));
    expect(brotliDecompressSync(readFileSync(join(root, 'en/index.html.br'))).equals(original)).toBe(true);
    expect(gunzipSync(readFileSync(join(root, 'en/index.html.gz'))).equals(original)).toBe(true);
    expect(summary.brotliBytes).toBeLessThan(summary.gzipBytes);
    expect(summary.gzipBytes).toBeLessThan(summary.bytes);
  });

  it('leaves binary files alone and skips copies that would not be smaller', async () => {
    const root = writeFixtureSite();
    await precompress(root, readSiteFiles(root).files);
    expect(existsSync(join(root, 'pagefind/fragment/en_1a2b3c4.pf_fragment.br'))).toBe(false);
    expect(existsSync(join(root, 'checker/roots/05570ae6eb0fceb4.der.gz'))).toBe(false);
    expect(existsSync(join(root, 'tiny.txt.br'))).toBe(false);
    expect(existsSync(join(root, 'tiny.txt.gz'))).toBe(false);
  });

  it.each([
    ['en/some-article/index.html', DOCUMENT_QUALITY],
    ['api/articles/en/some-article.json', DOCUMENT_QUALITY],
    ['en/search/terms/3.json', DOCUMENT_QUALITY],
    ['sitemap-1.xml', DOCUMENT_QUALITY],
    ['_astro/app.Ab12Cd34.js', CODE_QUALITY],
    ['_astro/Head.Xy12Zw34.css', CODE_QUALITY],
    ['pagefind/pagefind.js', CODE_QUALITY],
    ['favicon.svg', CODE_QUALITY],
  ])('compresses %s with brotli quality %i', (file, quality) => expect(brotliQualityOf(file)).toBe(quality));

  it('compresses code at brotli’s best and pages faster, each decompressing to its original', async () => {
    const root = writeFixtureSite();
    await precompress(root, readSiteFiles(root).files);
    for (const file of ['en/index.html', '_astro/app.Ab12Cd34.js']) {
      const original = readFileSync(join(root, file));
      const expected = brotliCompressSync(original, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: brotliQualityOf(file),
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
        },
      });
      expect(readFileSync(join(root, `${file}.br`)).equals(expected), file).toBe(true);
    }
  });

  it('reuses the copies of unchanged files from its cache and compresses only what changed', async () => {
    const cacheDir = join(writeFixtureSite(), 'cache');
    const first = writeFixtureSite();
    await precompress(first, readSiteFiles(first).files, { cacheDir });
    const cachedFiles = readdirSync(cacheDir).length;

    const second = writeFixtureSite({ 'en/index.html': `<!doctype html><p>${'changed '.repeat(100)}</p>` });
    const summary = await precompress(second, readSiteFiles(second).files, { cacheDir });
    expect(summary.reused).toBe(summary.files - 1);
    for (const file of ['en/index.html', 'cs/index.html', '_astro/app.Ab12Cd34.js']) {
      const original = readFileSync(join(second, file));
      expect(brotliDecompressSync(readFileSync(join(second, `${file}.br`))).equals(original), file).toBe(true);
      expect(gunzipSync(readFileSync(join(second, `${file}.gz`))).equals(original), file).toBe(true);
    }
    expect(existsSync(join(second, 'tiny.txt.br'))).toBe(false);
    // The first build's copies of the changed page are pruned: the cache holds one build's files.
    expect(readdirSync(cacheDir)).toHaveLength(cachedFiles);
    // A reused copy is the cached file itself, linked; pruning the cache leaves the site's name.
    const links = statSync(join(second, 'cs/index.html.br')).nlink;
    expect(links).toBeGreaterThan(1);
    // A build of nothing prunes every copy.
    await precompress(writeFixtureSite(), [], { cacheDir });
    expect(readdirSync(cacheDir)).toEqual([]);
    const original = readFileSync(join(second, 'cs/index.html'));
    expect(brotliDecompressSync(readFileSync(join(second, 'cs/index.html.br'))).equals(original)).toBe(true);
    expect(statSync(join(second, 'cs/index.html.br')).nlink).toBe(links - 1);
  });
});

describe('hashesInPage', () => {
  it('adds the hash of an inline script placed before the <meta> policy, and skips external scripts and data blocks', () => {
    const html =
      "<head><script>document.documentElement.classList.add('js');</script>" +
      `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-META='">` +
      '<script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"@type":"TechArticle"}</script><style>p{color:red}</style></head>';
    expect(hashesInPage(html)).toEqual({
      // echo -n "document.documentElement.classList.add('js');" | openssl sha256 -binary | base64
      script: ["'sha256-META='", "'sha256-/x7W7R75k8Roq0WaVRQX9blP4OufE5xbAdzklGxsgpw='"],
      style: ["'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64='"],
    });
  });
});
