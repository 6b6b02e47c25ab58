import { expect, test } from '@playwright/test';

test.describe('the root page', () => {
  for (const [browserLocale, expected] of [
    ['cs-CZ', 'cs'],
    ['sk-SK', 'cs'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
  ] as const) {
    test.describe(`for a ${browserLocale} browser`, () => {
      test.use({ locale: browserLocale });
      test(`goes to /${expected}/`, async ({ page }) => {
        await page.goto('/');
        await expect(page).toHaveURL(`/${expected}/`);
        await expect(page.locator('html')).toHaveAttribute('lang', expected);
      });
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('offers both languages as plain links', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('a[href="/cs/"]')).toHaveText('Čeština');
      await expect(page.locator('a[href="/en/"]')).toHaveText('English');
    });
  });
});

test('an unknown address outside the languages answers 404 with a page in both languages', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('[lang="cs"] a[href="/cs/"]')).toBeVisible();
  await expect(page.locator('[lang="en"] a[href="/en/"]')).toBeVisible();
});

for (const locale of ['cs', 'en'] as const) {
  test(`an unknown address under /${locale}/ answers 404 with the ${locale} page, search and all`, async ({ page }) => {
    const response = await page.goto(`/${locale}/no-such-article/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('#site-search-input')).toBeVisible();
  });
}

for (const [locale, other] of [
  ['cs', 'en'],
  ['en', 'cs'],
] as const) {
  test(`/${locale}/404.html is a 404 page in ${locale} only, with the site's header`, async ({ page }) => {
    const response = await page.goto(`/${locale}/404.html`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('main a[href="/' + locale + '/"]')).toBeVisible();
    await expect(page.locator('.site-header [data-language-switch]')).toHaveAttribute('href', `/${other}/`);
    await expect(page.locator(`main [lang="${other}"]`)).toHaveCount(0);
    // Styled like every page: the layout's stylesheet loaded.
    expect(await page.locator('.site-header').evaluate((header) => getComputedStyle(header).display)).not.toBe(
      'inline',
    );
  });
}
