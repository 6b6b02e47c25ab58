/**
 * The sitemaps of the site, as the sitemaps.org protocol has them: a sitemap holds at most 50,000
 * URLs and 50 MB (52,428,800 bytes) uncompressed. A site that fits is one `sitemap.xml`; a larger
 * one is split into `sitemap-1.xml`, `sitemap-2.xml`, … and `sitemap.xml` becomes the sitemap
 * index naming them, so robots.txt and the pages' `<link rel="sitemap">` name one file either way.
 */

/** A page in every language: each URL is listed with all its language alternates. */
export interface SitemapPage {
  alternates: Record<string, string>;
  lastModified?: Date;
}

/** The protocol's limits for one sitemap file. */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 52_428_800 } as const;

export interface SitemapLimits {
  urls: number;
  bytes: number;
}

/** One file to publish: its name without `.xml` (`sitemap`, `sitemap-1`, …) and its text. */
export interface SitemapFile {
  name: string;
  xml: string;
}

/** The name of the file that robots.txt and the pages point at (routes.ts sitemapPath's default). */
const SITEMAP_ENTRY_NAME = 'sitemap';

const URLSET_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';
const URLSET_CLOSE = '</urlset>\n';

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (text: string): string => text.replace(/[&<>"]/g, (character) => XML_ENTITIES[character]!);

/** Every `<url>` element of the pages: one per language of each page, each naming all alternates. */
function urlElements(pages: readonly SitemapPage[]): string[] {
  return pages.flatMap((page) =>
    Object.values(page.alternates).map((loc) => {
      const links = Object.entries(page.alternates)
        .map(([lang, href]) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(href)}"/>`)
        .join('\n');
      const lastmod = page.lastModified
        ? `\n    <lastmod>${page.lastModified.toISOString().slice(0, 10)}</lastmod>`
        : '';
      return `  <url>\n    <loc>${escapeXml(loc)}</loc>${lastmod}\n${links}\n  </url>\n`;
    }),
  );
}

/**
 * The `<urlset>` documents for the pages, each within the limits: a new file starts when the next
 * URL would pass either the count or the byte limit. At least one, even for no pages.
 */
export function splitSitemap(pages: readonly SitemapPage[], limits: SitemapLimits = SITEMAP_LIMITS): string[] {
  const frame = Buffer.byteLength(URLSET_OPEN) + Buffer.byteLength(URLSET_CLOSE);
  const files: string[][] = [[]];
  let bytes = frame;
  for (const element of urlElements(pages)) {
    const size = Buffer.byteLength(element);
    if (frame + size > limits.bytes) throw new Error(`one sitemap entry alone is over ${limits.bytes} bytes`);
    const current = files.at(-1)!;
    if (current.length >= limits.urls || bytes + size > limits.bytes) {
      files.push([element]);
      bytes = frame + size;
    } else {
      current.push(element);
      bytes += size;
    }
  }
  return files.map((elements) => `${URLSET_OPEN}${elements.join('')}${URLSET_CLOSE}`);
}

/** A sitemap index naming the given sitemap URLs. */
export function buildSitemapIndex(sitemapUrls: readonly string[]): string {
  const entries = sitemapUrls.map((url) => `  <sitemap>\n    <loc>${escapeXml(url)}</loc>\n  </sitemap>\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</sitemapindex>\n`;
}

/**
 * Every sitemap file to publish. One `sitemap` when the pages fit in one file; else `sitemap` is
 * the index of `sitemap-1`, `sitemap-2`, … `urlOf` gives a file's absolute URL from its name.
 */
export function buildSitemaps(
  pages: readonly SitemapPage[],
  urlOf: (name: string) => string,
  limits: SitemapLimits = SITEMAP_LIMITS,
): SitemapFile[] {
  const parts = splitSitemap(pages, limits);
  if (parts.length === 1) return [{ name: SITEMAP_ENTRY_NAME, xml: parts[0]! }];
  const named = parts.map((xml, index) => ({ name: `${SITEMAP_ENTRY_NAME}-${index + 1}`, xml }));
  return [{ name: SITEMAP_ENTRY_NAME, xml: buildSitemapIndex(named.map((part) => urlOf(part.name))) }, ...named];
}
