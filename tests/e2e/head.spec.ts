import { expect, test } from '@playwright/test';
import { ARTICLES, PAGE_PATHS } from './site-pages.ts';

const localized = PAGE_PATHS.filter((path) => /^\/(cs|en)\//.test(path));

for (const path of localized) {
  test(`${path} has canonical, hreflang and Open Graph tags`, async ({ page }) => {
    await page.goto(path);
    // The public address the site was built for (astro.config.mjs), not the test server's.
    const origin = new URL(process.env.TRUSTKB_SITE ?? 'http://127.0.0.1:4321').origin;
    const twin = path.replace(/^\/(cs|en)\//, (_match, locale: string) => `/${locale === 'cs' ? 'en' : 'cs'}/`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${origin}${path}`);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])),
      );
    const [cs, en] = path.startsWith('/cs/') ? [path, twin] : [twin, path];
    expect(alternates).toEqual({ cs: `${origin}${cs}`, en: `${origin}${en}`, 'x-default': `${origin}/` });
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${origin}${path}`);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length).toBeGreaterThan(50);
    // The twin named by hreflang exists.
    expect((await page.request.get(twin)).status()).toBe(200);
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

test('the sitemap lists every indexable localized page with its alternates, and robots.txt points at it', async ({
  request,
}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const path of localized) {
    const noindex = /<meta name="robots" content="noindex"\/?>/.test(await (await request.get(path)).text());
    if (noindex) expect(sitemap).not.toContain(`${path}</loc>`);
    else expect(sitemap).toContain(`${path}</loc>`);
  }
  expect(sitemap).toContain('hreflang="cs"');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: http.*\/sitemap\.xml$/m);
});

test('/api/articles.json lists every article in both languages', async ({ request }) => {
  const response = await request.get('/api/articles.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const { articles } = await response.json();
  const ids = new Set(articles.map((article: { id: string }) => article.id));
  expect(articles.length).toBe(ids.size * 2);
});
