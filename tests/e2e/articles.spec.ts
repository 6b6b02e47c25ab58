import { expect, test } from '@playwright/test';
import { ARTICLES } from './site-pages.ts';

for (const article of ARTICLES) {
  test.describe(`${article.url}`, () => {
    test('renders every section of the troubleshooting structure', async ({ page }) => {
      await page.goto(article.url);
      await expect(page.locator('html')).toHaveAttribute('lang', article.locale);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText(article.title);
      for (const anchor of ['symptom', 'causes', 'resolutions']) {
        await expect(page.locator(`#${anchor}`)).toBeVisible();
      }
      for (const section of [...article.causes, ...article.resolutions]) {
        const heading = page.locator(`h3#${section.anchor}`);
        await expect(heading).toContainText(section.title);
        // The visible link-to-section control points at the section itself.
        await expect(heading.locator('a.anchor-link')).toHaveAttribute('href', `#${section.anchor}`);
      }
      // Every resolution names what it fixes, linked to the cause.
      for (const resolution of article.resolutions) {
        await expect(page.locator(`section:has(> #${resolution.anchor}) .fixes a`).first()).toHaveAttribute(
          'href',
          /#cause-/,
        );
      }
      await expect(page.locator('.error-messages li').first()).toBeVisible();
      await expect(page.locator('.checker-callout a')).toHaveAttribute('href', `/${article.locale}/checker/`);
    });

    test('language switcher leads to the same article in the other language', async ({ page }) => {
      const other = article.locale === 'cs' ? 'en' : 'cs';
      await page.goto(article.url);
      await page.locator('[data-language-switch]').click();
      await expect(page).toHaveURL(`/${other}/${article.id}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      const twin = ARTICLES.find((candidate) => candidate.id === article.id && candidate.locale === other)!;
      await expect(page.locator('h1')).toHaveText(twin.title);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const article of ARTICLES) {
    test(`${article.url} can be read in full`, async ({ page }) => {
      await page.goto(article.url);
      await expect(page.locator('h1')).toHaveText(article.title);
      for (const section of [...article.causes, ...article.resolutions]) {
        await expect(page.locator(`#${section.anchor}`)).toBeVisible();
      }
      await expect(page.locator('.steps li').first()).toBeVisible();
      // Controls that need scripts stay out of the way instead of doing nothing.
      await expect(page.locator('[data-theme-toggle]')).toBeHidden();
      await expect(page.locator('[data-copy]').first()).toBeHidden();
    });
  }
});
