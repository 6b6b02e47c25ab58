import type { APIRoute } from 'astro';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales.ts';
import { getArticleVersions } from '../site/articles.ts';
import { allListings, getListings } from '../site/listings.ts';
import { pageCountOf } from '../site/pagination.ts';
import { articlePath, checkerPath, homePath, productsPath, publicUrl, sitemapPath } from '../site/routes.ts';
import { buildSitemaps, type SitemapFile, type SitemapPage } from '../site/sitemap.ts';

/**
 * /sitemap.xml, and /sitemap-1.xml, … when the site outgrows one file (src/site/sitemap.ts). A
 * sitemap lists absolute URLs, so they exist only when the public address is known
 * (TRUSTKB_SITE): without it getStaticPaths leaves them all out.
 */
export async function getStaticPaths() {
  const site = import.meta.env.SITE;
  if (!site) return [];
  const files = buildSitemaps(await indexablePages(site), (name) => publicUrl(sitemapPath(name), site));
  return files.map((file) => ({ params: { sitemap: file.name }, props: { file } }));
}

/** Every page search engines should index, each with its URL in every language. */
async function indexablePages(site: string): Promise<SitemapPage[]> {
  const inEveryLanguage = (pathFor: (locale: Locale) => string): Record<string, string> =>
    Object.fromEntries(LOCALES.map((locale) => [locale, publicUrl(pathFor(locale), site)]));
  const pages: SitemapPage[] = [homePath, checkerPath, productsPath].map((pathFor) => ({
    alternates: inEveryLanguage(pathFor),
  }));
  // Both languages have the same articles, so one language's listings name every listing page.
  const listings = await getListings(DEFAULT_LOCALE);
  for (const listing of allListings(listings)) {
    for (let page = 1; page <= pageCountOf(listing.articles.length); page++) {
      pages.push({ alternates: inEveryLanguage((locale) => listing.pathOf(locale, page)) });
    }
  }
  for (const version of (await getArticleVersions()).values()) {
    pages.push({
      alternates: inEveryLanguage((locale) => articlePath(locale, version[locale].data.id)),
      lastModified: version.en.data.reviewed,
    });
  }
  return pages;
}

export const GET: APIRoute<{ file: SitemapFile }> = ({ props }) =>
  new Response(props.file.xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
