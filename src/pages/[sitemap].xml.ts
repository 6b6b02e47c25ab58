import type { APIRoute } from 'astro';
import { LOCALES } from '../i18n/locales.ts';
import { getArticleVersions } from '../site/articles.ts';
import { articlePath, checkerPath, homePath, publicUrl } from '../site/routes.ts';
import { buildSitemap, type SitemapPage } from '../site/sitemap.ts';

/**
 * /sitemap.xml. A sitemap lists absolute URLs, so it exists only when the public address is
 * known (TRUSTKB_SITE): the route is a parameter so that getStaticPaths can leave it out.
 */
export function getStaticPaths() {
  return import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : [];
}

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('sitemap.xml needs the public address (TRUSTKB_SITE)');
  const versions = await getArticleVersions();
  const pages: SitemapPage[] = [homePath, checkerPath].map((pathFor) => ({
    alternates: Object.fromEntries(LOCALES.map((locale) => [locale, publicUrl(pathFor(locale), site)])),
  }));
  for (const version of versions.values()) {
    pages.push({
      alternates: Object.fromEntries(
        LOCALES.map((locale) => [locale, publicUrl(articlePath(locale, version[locale].data.id), site)]),
      ),
      lastModified: version.en.data.reviewed,
    });
  }
  return new Response(buildSitemap(pages), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
