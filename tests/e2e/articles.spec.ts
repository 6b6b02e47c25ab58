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

  // The main article's message has many causes: its triage must reach every other article of the
  // family with plain links, since an admin on a locked-down server may have scripts off.
  for (const locale of ['cs', 'en'] as const) {
    test(`the main article's triage (${locale}) links every other article and its own causes`, async ({ page }) => {
      const main = ARTICLES.find((article) => article.id === 'email-router-ssl-trust' && article.locale === locale)!;
      await page.goto(main.url);
      const triage = page.locator('section:has(> h2#triage)');
      await expect(triage).toBeVisible();
      // First in the body and first in the table of contents.
      await expect(page.locator('.article-body h2').first()).toHaveAttribute('id', 'triage');
      await expect(page.locator('nav.toc a').first()).toHaveAttribute('href', '#triage');
      const hrefs = await triage.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      for (const other of ARTICLES.filter((article) => article.locale === locale && article.id !== main.id)) {
        expect(
          hrefs.some((href) => href?.startsWith(other.url)),
          `${other.url} linked from the triage`,
        ).toBe(true);
      }
      for (const cause of main.causes) expect(hrefs).toContain(`#${cause.anchor}`);
      expect(hrefs).toContain('#resolution-trust-self-signed');
    });

    test(`the main article (${locale}) offers the .NET report script to download and the same script to copy`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/email-router-ssl-trust/`);
      const download = page.locator('a[href="/tools/trustkb-tls-report.ps1"]').first();
      await expect(download).toBeVisible();
      const response = await page.request.get('/tools/trustkb-tls-report.ps1');
      expect(response.status()).toBe(200);
      const script = (await response.text()).replace(/\r\n/g, '\n').trim();
      expect(script.startsWith('<#')).toBe(true);
      const shown = page.locator('.command pre code', { hasText: 'trustkb .NET TLS report 1' });
      await expect(shown).toHaveCount(1);
      expect((await shown.textContent())!.replace(/\r\n/g, '\n').trim()).toBe(script);
    });
  }
});
