import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildSitemaps, SITEMAP_LIMITS, splitSitemap, type SitemapPage } from '../../../src/site/sitemap.ts';

const site = 'https://kb.example.test/kb/';
const urlOf = (name: string) => `${site}${name}.xml`;
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'sitemap' });

/** `count` pages in two languages: 2 × count URLs. */
function pages(count: number): SitemapPage[] {
  return Array.from({ length: count }, (_, index) => ({
    alternates: { cs: `${site}cs/article-${index}/`, en: `${site}en/article-${index}/` },
    ...(index % 2 === 0 ? { lastModified: new Date(Date.UTC(2026, 11, 1)) } : {}),
  }));
}

const locsOf = (xml: string): string[] => (parser.parse(xml).urlset.url as { loc: string }[]).map((url) => url.loc);
/** The same for the large files: a full XML parse of 50,000 entries takes a minute. */
const locsCounted = (xml: string): string[] => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!);

describe('splitSitemap', () => {
  it('keeps a site under the limits in one file, with every URL and its alternates', () => {
    const [only, ...rest] = splitSitemap(pages(3));
    expect(rest).toEqual([]);
    const urls = parser.parse(only!).urlset.url as { loc: string; 'xhtml:link': { '@_hreflang': string }[] }[];
    expect(urls.map((url) => url.loc)).toEqual([
      `${site}cs/article-0/`,
      `${site}en/article-0/`,
      `${site}cs/article-1/`,
      `${site}en/article-1/`,
      `${site}cs/article-2/`,
      `${site}en/article-2/`,
    ]);
    expect(urls[0]!['xhtml:link'].map((link) => link['@_hreflang'])).toEqual(['cs', 'en']);
  });

  it('splits 120,002 URLs into files of at most 50,000, losing and repeating none', () => {
    const files = splitSitemap(pages(60_001));
    expect(files.map((xml) => locsCounted(xml).length)).toEqual([50_000, 50_000, 20_002]);
    for (const xml of files) expect(xml).toMatch(/<\/urlset>\n$/);
    const all = files.flatMap(locsCounted);
    expect(new Set(all).size).toBe(120_002);
    expect(all.at(-1)).toBe(`${site}en/article-60000/`);
  });

  it('starts a new file before one would pass the byte limit', () => {
    const bytes = 4_000;
    const files = splitSitemap(pages(40), { urls: SITEMAP_LIMITS.urls, bytes });
    expect(files.length).toBeGreaterThan(1);
    for (const xml of files) expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(bytes);
    expect(files.flatMap(locsOf)).toHaveLength(80);
  });

  it('counts bytes, not characters: a Czech address is longer in UTF-8', () => {
    const czech: SitemapPage[] = Array.from({ length: 30 }, (_, index) => ({
      alternates: { cs: `${site}cs/příliš-žluťoučký-kůň-${index}/` },
    }));
    for (const xml of splitSitemap(czech, { urls: 100, bytes: 1_000 })) {
      expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(1_000);
    }
  });

  it('escapes what XML would read as markup', () => {
    const [xml] = splitSitemap([{ alternates: { en: `${site}en/?a=1&b="2"` } }]);
    expect(xml).toContain('<loc>https://kb.example.test/kb/en/?a=1&amp;b=&quot;2&quot;</loc>');
  });

  it('refuses an entry that no file could hold', () => {
    expect(() => splitSitemap(pages(1), { urls: 10, bytes: 200 })).toThrow(/over 200 bytes/);
  });
});

describe('buildSitemaps', () => {
  it('publishes one sitemap.xml for a site that fits', () => {
    const files = buildSitemaps(pages(10), urlOf);
    expect(files.map((file) => file.name)).toEqual(['sitemap']);
    expect(locsOf(files[0]!.xml)).toHaveLength(20);
  });

  it('makes sitemap.xml the index of the parts for a site that does not', () => {
    // The split at the protocol's own limits is the test above; 20 URLs a file give the same shape.
    const files = buildSitemaps(pages(30), urlOf, { urls: 20, bytes: SITEMAP_LIMITS.bytes });
    expect(files.map((file) => file.name)).toEqual(['sitemap', 'sitemap-1', 'sitemap-2', 'sitemap-3']);
    const index = parser.parse(files[0]!.xml).sitemapindex;
    expect(index['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect((index.sitemap as { loc: string }[]).map((entry) => entry.loc)).toEqual([
      `${site}sitemap-1.xml`,
      `${site}sitemap-2.xml`,
      `${site}sitemap-3.xml`,
    ]);
    expect(files.slice(1).flatMap((file) => locsCounted(file.xml))).toHaveLength(60);
  });
});
