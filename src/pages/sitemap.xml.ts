import type { APIRoute } from 'astro';
import { LOCALES } from '../i18n/locales.ts';
import { getArticleVersions } from '../site/articles.ts';
import { absoluteUrl, articlePath, checkerPath, homePath } from '../site/routes.ts';
import { buildSitemap, type SitemapPage } from '../site/sitemap.ts';

export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? 'http://127.0.0.1:4321';
  const versions = await getArticleVersions();
  const pages: SitemapPage[] = [homePath, checkerPath].map((pathFor) => ({
    alternates: Object.fromEntries(LOCALES.map((locale) => [locale, absoluteUrl(pathFor(locale), origin)])),
  }));
  for (const version of versions.values()) {
    pages.push({
      alternates: Object.fromEntries(
        LOCALES.map((locale) => [locale, absoluteUrl(articlePath(locale, version[locale].data.id), origin)]),
      ),
      lastModified: version.en.data.reviewed,
    });
  }
  return new Response(buildSitemap(pages), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
