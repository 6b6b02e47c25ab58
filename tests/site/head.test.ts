import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readArticleFiles } from '../../src/content/files.ts';
import { publicUrl } from '../../src/site/routes.ts';
import { articlePages, structuredData } from '../lib/article-pages.ts';
import { BUILT_SITES, builtPages, fileOf, isNotFoundPage, type BuiltSite } from '../lib/built-site.ts';

/**
 * The head of every page of both builds: `dist` (no public address unless TRUSTKB_SITE was set,
 * as astro.config.mjs reads it) and `dist-kb` (built for https://kb.example.test/kb/), so both
 * the absolute tags and their absence are checked on every page.
 */
const localizedPages = (site: BuiltSite) =>
  builtPages(site).filter(
    (page) => /^\/(cs|en)\//.test(page.path.slice(site.base.length - 1)) && !isNotFoundPage(page.path),
  );

/** The `<loc>`s of the sitemap, following a sitemap index to the sitemaps it names. */
function sitemapLocations(site: BuiltSite, file = join(site.root, 'sitemap.xml')): string[] {
  const xml = readFileSync(file, 'utf8');
  const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
  if (!xml.includes('<sitemapindex')) return locations;
  return locations.flatMap((location) => sitemapLocations(site, fileOf(site, new URL(location).pathname)!));
}

describe.each(BUILT_SITES)('$outDir', (site) => {
  const published = (path: string) => publicUrl(path, site.siteUrl);
  const root = site.base;

  test.each(localizedPages(site).map((page) => [page.path, page] as const))(
    `%s has a description, Open Graph tags, a twin in the other language${site.siteUrl ? ', canonical and hreflang' : ' and no absolute URL'}`,
    (path, page) => {
      const twin = path.replace(
        new RegExp(`^${root}(cs|en)/`),
        (_match, locale: string) => `${root}${locale === 'cs' ? 'en' : 'cs'}/`,
      );
      // The twin exists either way: the language switch leads to it.
      expect(fileOf(site, twin), twin).toBeDefined();
      const head = page.document;
      expect(head.querySelectorAll('meta[property="og:title"]')).toHaveLength(1);
      expect(head.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(50);
      if (!site.siteUrl) {
        // Search engines need absolute URLs; a build without an address invents none.
        expect(
          head.querySelectorAll('link[rel="canonical"], link[rel="alternate"][hreflang], link[rel="sitemap"]'),
        ).toHaveLength(0);
        expect(head.querySelectorAll('meta[property="og:url"]')).toHaveLength(0);
        return;
      }
      expect(head.querySelectorAll('link[rel="canonical"]').map((link) => link.getAttribute('href'))).toEqual([
        published(path),
      ]);
      const alternates = Object.fromEntries(
        head
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
      );
      const [cs, en] = path.startsWith(`${root}cs/`) ? [path, twin] : [twin, path];
      expect(alternates).toEqual({ cs: published(cs), en: published(en), 'x-default': published(root) });
      expect(head.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(published(path));
      expect(head.querySelectorAll('link[rel="sitemap"]')).toHaveLength(1);
    },
  );

  test(`the sitemap lists every indexable page and robots.txt points at it${site.siteUrl ? '' : ': none without a public address'}`, () => {
    const robots = readFileSync(join(site.root, 'robots.txt'), 'utf8');
    expect(robots).toContain('User-agent: *');
    if (!site.siteUrl) {
      // A sitemap needs absolute URLs.
      expect(existsSync(join(site.root, 'sitemap.xml'))).toBe(false);
      expect(robots).not.toContain('Sitemap');
      return;
    }
    const locations = sitemapLocations(site);
    for (const page of localizedPages(site)) {
      const noindex = page.document.querySelector('meta[name="robots"]')?.getAttribute('content') === 'noindex';
      expect(locations.includes(published(page.path)), page.path).toBe(!noindex);
    }
    expect(locations.filter((location) => !location.startsWith(site.siteUrl!))).toEqual([]);
    expect(readFileSync(join(site.root, 'sitemap.xml'), 'utf8')).toContain('hreflang="cs"');
    expect(robots).toContain(`\nSitemap: ${published(`${root}sitemap.xml`)}\n`);
  });
});

describe('structured data', () => {
  const titles = new Map(readArticleFiles().map(({ data }) => [`${data.locale}:${data.id}`, data.title]));

  test.each(articlePages().map((article) => [article.path, article] as const))(
    '%s has TechArticle and HowTo structured data',
    (_path, article) => {
      const data = structuredData(article.page);
      const techArticle = data.find((item) => item['@type'] === 'TechArticle');
      expect(techArticle).toMatchObject({
        headline: titles.get(`${article.locale}:${article.id}`),
        inLanguage: article.locale,
      });
      const howTos = data.filter((item) => item['@type'] === 'HowTo') as Array<{ step: Array<{ text: string }> }>;
      expect(howTos.length).toBeGreaterThan(0);
      for (const howTo of howTos) {
        expect(howTo.step.length).toBeGreaterThan(0);
        for (const step of howTo.step) expect(step.text.length).toBeGreaterThan(5);
      }
    },
  );
});
