import { expect, test } from '@playwright/test';
import { readPublicAddress } from '../../src/site/public-address.ts';
import { publicUrl } from '../../src/site/routes.ts';
import { ARTICLES, PAGE_PATHS } from './site-pages.ts';

// The public address the site was built for (astro.config.mjs reads the same settings), not the
// test server's: pages name themselves absolutely on it, or by their path when there is none.
const { siteUrl } = readPublicAddress(process.env);
const published = (path: string) => publicUrl(path, siteUrl);

const localized = PAGE_PATHS.filter((path) => /^\/(cs|en)\//.test(path));

for (const path of localized) {
  test(`${path} has canonical, hreflang and Open Graph tags${siteUrl ? '' : ' only when the build names its address'}`, async ({
    page,
  }) => {
    await page.goto(path);
    const twin = path.replace(/^\/(cs|en)\//, (_match, locale: string) => `/${locale === 'cs' ? 'en' : 'cs'}/`);
    // The twin exists either way: the language switch leads to it.
    expect((await page.request.get(twin)).status()).toBe(200);
    await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length).toBeGreaterThan(50);
    if (!siteUrl) {
      // Search engines need absolute URLs; a build without TRUSTKB_SITE invents none.
      await expect(
        page.locator('link[rel="canonical"], link[rel="alternate"][hreflang], link[rel="sitemap"]'),
      ).toHaveCount(0);
      await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
      return;
    }
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', published(path));
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])),
      );
    const [cs, en] = path.startsWith('/cs/') ? [path, twin] : [twin, path];
    expect(alternates).toEqual({ cs: published(cs), en: published(en), 'x-default': published('/') });
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', published(path));
    await expect(page.locator('link[rel="sitemap"]')).toHaveCount(1);
  });
}

for (const article of ARTICLES) {
  test(`${article.url} has TechArticle and HowTo structured data`, async ({ page }) => {
    await page.goto(article.url);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = blocks.map((text) => JSON.parse(text));
    const techArticle = data.find((item) => item['@type'] === 'TechArticle');
    expect(techArticle).toMatchObject({ headline: article.title, inLanguage: article.locale });
    const howTos = data.filter((item) => item['@type'] === 'HowTo');
    expect(howTos.length).toBeGreaterThan(0);
    for (const howTo of howTos) {
      expect(howTo.step.length).toBeGreaterThan(0);
      for (const step of howTo.step) expect(step.text.length).toBeGreaterThan(5);
    }
  });
}

test('the sitemap lists every indexable page and robots.txt points at it, when a public address is set', async ({
  request,
}) => {
  const sitemapResponse = await request.get('/sitemap.xml');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('User-agent: *');
  if (!siteUrl) {
    // A sitemap needs absolute URLs.
    expect(sitemapResponse.status()).toBe(404);
    expect(robots).not.toContain('Sitemap');
    return;
  }
  const sitemap = await sitemapResponse.text();
  for (const path of localized) {
    const noindex = /<meta name="robots" content="noindex"\/?>/.test(await (await request.get(path)).text());
    if (noindex) expect(sitemap).not.toContain(`${published(path)}</loc>`);
    else expect(sitemap).toContain(`${published(path)}</loc>`);
  }
  expect(sitemap).toContain('hreflang="cs"');
  expect(robots).toContain(`\nSitemap: ${published('/sitemap.xml')}\n`);
});

test('/api/articles.json lists every article in both languages', async ({ request }) => {
  const response = await request.get('/api/articles.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const { articles } = await response.json();
  const ids = new Set(articles.map((article: { id: string }) => article.id));
  expect(articles.length).toBe(ids.size * 2);
  const [first] = articles as { id: string; locale: string; json: string }[];
  const file = await (await request.get(first!.json)).json();
  expect(file).toMatchObject({ version: 2, article: { id: first!.id, locale: first!.locale } });
});
