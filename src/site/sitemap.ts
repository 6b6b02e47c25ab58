/** A page in every language: each URL is listed with all its language alternates. */
export interface SitemapPage {
  alternates: Record<string, string>;
  lastModified?: Date;
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function buildSitemap(pages: readonly SitemapPage[]): string {
  const urls = pages.flatMap((page) =>
    Object.values(page.alternates).map((loc) => {
      const links = Object.entries(page.alternates)
        .map(([lang, href]) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(href)}"/>`)
        .join('\n');
      const lastmod = page.lastModified
        ? `\n    <lastmod>${page.lastModified.toISOString().slice(0, 10)}</lastmod>`
        : '';
      return `  <url>\n    <loc>${escapeXml(loc)}</loc>${lastmod}\n${links}\n  </url>`;
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
