import { expect, test } from '@playwright/test';
import { PAGE_SAMPLES, sampleOf } from '../lib/page-kinds.ts';

const article = { url: sampleOf('article', 'en'), locale: 'en' };

// Layout comes from a kind's template and the stylesheet: one page of each kind in each language.
test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const { kind, path } of PAGE_SAMPLES) {
    test(`${path} (${kind}) does not scroll sideways, light or dark`, async ({ page }) => {
      await page.goto(path);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, colorScheme).toBeLessThanOrEqual(320);
      }
    });
  }
});

test.describe('dark mode', () => {
  test('follows the system setting', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(article.url);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(18, 20, 23)');
    await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', 'true');
  });

  test('the toggle switches, is remembered, and applies before first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(article.url);
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // On the next page, the stored choice is applied by the time the first element is parsed.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') {
          (window as unknown as { themeAtParse: string | undefined }).themeAtParse =
            document.documentElement.dataset.theme;
        }
      });
    });
    await page.goto(`/${article.locale}/`);
    expect(await page.evaluate(() => (window as unknown as { themeAtParse: string | undefined }).themeAtParse)).toBe(
      'dark',
    );
  });
});

test('printing an article hides the navigation and shows link addresses', async ({ page }) => {
  await page.goto(article.url);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.toc')).toBeHidden();
  await expect(page.locator('#resolutions')).toBeVisible();
  const after = await page
    .locator('.references li a')
    .first()
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain('http');
});

test.describe('copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('copy the exact command and say so', async ({ page }) => {
    await page.goto(article.url);
    const block = page.locator('[data-command]').first();
    const command = await block.locator('code').textContent();
    await block.locator('[data-copy]').click();
    await expect(block.locator('[data-copy-status]')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(command);
  });
});
