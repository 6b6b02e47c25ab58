import { expect, test } from '@playwright/test';
import { LOCALES } from '../../src/i18n/locales.ts';
import { articlePages } from '../lib/article-pages.ts';
import { sampleOf } from '../lib/page-kinds.ts';

/**
 * The article page in a browser, on the article sample of each language: that the stylesheet
 * shows what the markup holds, and that the language switch and the no-script fallbacks work.
 * The markup of every article is checked without a browser (tests/site/articles.test.ts).
 */
const ARTICLES = articlePages();
const pageAt = (path: string) => ARTICLES.find((article) => article.path === path)!;

for (const locale of LOCALES) {
  const article = pageAt(sampleOf('article', locale));

  test.describe(`${article.path}`, () => {
    test('shows every section of the troubleshooting structure', async ({ page }) => {
      await page.goto(article.path);
      await expect(page.locator('html')).toHaveAttribute('lang', article.locale);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText(article.title);
      for (const anchor of ['symptom', 'causes', 'resolutions']) {
        await expect(page.locator(`#${anchor}`)).toBeVisible();
      }
      expect(article.causes.length).toBeGreaterThan(0);
      expect(article.resolutions.length).toBeGreaterThan(0);
      for (const section of [...article.causes, ...article.resolutions]) {
        const heading = page.locator(`h3#${section.anchor}`);
        await expect(heading).toBeVisible();
        await expect(heading).toContainText(section.title);
        await expect(heading.locator('a.anchor-link')).toHaveAttribute('href', `#${section.anchor}`);
      }
      for (const resolution of article.resolutions) {
        await expect(page.locator(`section:has(> #${resolution.anchor}) .fixes a`).first()).toBeVisible();
      }
      await expect(page.locator('.error-messages li').first()).toBeVisible();
      await expect(page.locator('.checker-callout a')).toBeVisible();
    });

    test('language switcher leads to the same article in the other language', async ({ page }) => {
      const other = article.locale === 'cs' ? 'en' : 'cs';
      await page.goto(article.path);
      await page.locator('[data-language-switch]').click();
      await expect(page).toHaveURL(`/${other}/${article.id}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      const twin = ARTICLES.find((candidate) => candidate.id === article.id && candidate.locale === other)!;
      await expect(page.locator('h1')).toHaveText(twin.title);
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test(`${article.path} can be read in full`, async ({ page }) => {
      await page.goto(article.path);
      await expect(page.locator('h1')).toHaveText(article.title);
      for (const section of [...article.causes, ...article.resolutions]) {
        await expect(page.locator(`#${section.anchor}`)).toBeVisible();
      }
      await expect(page.locator('.steps li').first()).toBeVisible();
      // The sample is the main article: its triage and the .NET script to download work without scripts.
      await expect(page.locator('section:has(> h2#triage)')).toBeVisible();
      await expect(page.locator('a[href="/tools/trustkb-tls-report.ps1"]').first()).toBeVisible();
      // Controls that need scripts stay out of the way instead of doing nothing.
      await expect(page.locator('[data-theme-toggle]')).toBeHidden();
      await expect(page.locator('[data-copy]').first()).toBeHidden();
      await expect(page.locator('[data-copy]')).not.toHaveCount(0);
    });
  });
}
