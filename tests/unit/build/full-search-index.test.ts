import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeBundles, writeFullSearchIndex } from '../../../scripts/lib/full-search-index.ts';
import { tempFolders } from './temp-folders.ts';

/**
 * The full search index a language at a time, with a stand-in for Pagefind that writes what a
 * real run writes for one language: its own files, the shared ones, and an entry file naming it.
 * tests/site/search-bundle.test.ts compares the real merged bundle with one real run.
 */
const folder = tempFolders('full-index');

function write(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
}

const ARTICLE = '<html><body><article data-pagefind-body>text</article></body></html>';

function site(): string {
  const out = folder();
  write(out, {
    'index.html': '<html><body>choose a language</body></html>',
    'en/a/index.html': ARTICLE,
    'en/articles/index.html': '<html><body>list</body></html>',
    'cs/a/index.html': ARTICLE,
  });
  return out;
}

/** A Pagefind stand-in: records which language it ran for and writes that language's bundle. */
function fakePagefind(runs: string[]) {
  return async (args: string[], locale: string): Promise<void> => {
    runs.push(locale);
    const output = args[args.indexOf('--output-path') + 1]!;
    write(output, {
      'pagefind.js': 'shared script',
      [`fragment/${locale}_1.pf_fragment`]: `${locale} fragment`,
      'pagefind-entry.json': JSON.stringify({
        version: '1.6.0',
        languages: { [locale]: { hash: `${locale}_1`, page_count: 1 } },
        include_characters: ['_'],
      }),
    });
  };
}

async function index(out: string, cacheDir: string, runs: string[], locales = ['cs', 'en']) {
  return writeFullSearchIndex({
    outDir: out,
    locales,
    cacheDir,
    pagefindVersion: '1.6.0',
    runPagefind: fakePagefind(runs),
  });
}

describe('the full search index, a language at a time', () => {
  it('merges the languages into one bundle whose entry file lists them all, in Pagefind order', async () => {
    const out = site();
    const runs: string[] = [];
    const result = await index(out, folder(), runs);
    expect(runs).toEqual(['cs', 'en']);
    expect(result).toEqual([
      { locale: 'cs', pages: 1, reused: false },
      { locale: 'en', pages: 1, reused: false },
    ]);
    expect(readdirSync(join(out, 'pagefind'), { recursive: true }).sort()).toEqual(
      [
        'fragment',
        'fragment/cs_1.pf_fragment',
        'fragment/en_1.pf_fragment',
        'pagefind-entry.json',
        'pagefind.js',
      ].sort(),
    );
    expect(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8')).toBe(
      JSON.stringify({
        version: '1.6.0',
        languages: { cs: { hash: 'cs_1', page_count: 1 }, en: { hash: 'en_1', page_count: 1 } },
        include_characters: ['_'],
      }),
    );
  });

  it('indexes again only the language whose pages changed, or everything for a new Pagefind', async () => {
    const out = site();
    const cache = folder();
    await index(out, cache, []);

    const unchanged: string[] = [];
    const again = await index(out, cache, unchanged);
    expect(unchanged).toEqual([]);
    expect(again.map(({ reused }) => reused)).toEqual([true, true]);
    expect(readdirSync(join(out, 'pagefind/fragment')).sort()).toEqual(['cs_1.pf_fragment', 'en_1.pf_fragment']);

    // Every page of the language is in the key, marked or not: whether Pagefind indexes a page is
    // itself decided by the page's text.
    writeFileSync(join(out, 'en/articles/index.html'), '<html><body>list, longer</body></html>');
    const edited: string[] = [];
    await index(out, cache, edited);
    expect(edited).toEqual(['en']);

    const upgraded: string[] = [];
    await writeFullSearchIndex({
      outDir: out,
      locales: ['cs', 'en'],
      cacheDir: cache,
      pagefindVersion: '1.7.0',
      runPagefind: fakePagefind(upgraded),
    });
    expect(upgraded).toEqual(['cs', 'en']);
  });

  it('leaves out a language with no page marked for indexing, as one run over the site would', async () => {
    const out = site();
    writeFileSync(join(out, 'cs/a/index.html'), '<html><body>not marked</body></html>');
    const runs: string[] = [];
    expect(await index(out, folder(), runs)).toEqual([{ locale: 'en', pages: 1, reused: false }]);
    expect(runs).toEqual(['en']);
    expect(Object.keys(JSON.parse(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8')).languages)).toEqual([
      'en',
    ]);
  });

  it('stops when a marked page lies outside the language folders, where no run would see it', async () => {
    const out = site();
    write(out, { 'checker/index.html': ARTICLE });
    await expect(index(out, folder(), [])).rejects.toThrow(/outside the language folders.*checker\/index\.html/);
  });

  it('stops when two bundles disagree on a shared file or on more than their languages', () => {
    const a = folder();
    const b = folder();
    const entry = (locale: string, version = '1.6.0') =>
      JSON.stringify({ version, languages: { [locale]: {} }, include_characters: [] });
    write(a, { 'pagefind.js': 'one', 'pagefind-entry.json': entry('cs') });
    write(b, { 'pagefind.js': 'two', 'pagefind-entry.json': entry('en') });
    expect(() => mergeBundles([a, b], join(folder(), 'pagefind'))).toThrow(/disagree on pagefind\.js/);
    write(b, { 'pagefind.js': 'one', 'pagefind-entry.json': entry('en', '1.7.0') });
    expect(() => mergeBundles([a, b], join(folder(), 'pagefind'))).toThrow(/disagree beyond their languages/);
  });
});
