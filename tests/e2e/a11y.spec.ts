import { expect, test } from '@playwright/test';
import { PAGE_SAMPLES } from '../lib/page-kinds.ts';
import { axeViolations } from '../../scripts/lib/axe.ts';

// One page of each kind in each language (tests/lib/page-kinds.ts): a kind's pages share their
// template and stylesheet; their markup is checked on every page without a browser (tests/site/).
// One page load each, scanned in light and then in dark mode (contrast differs between them).
for (const { kind, path } of PAGE_SAMPLES) {
  test(`axe finds no violation on ${path} (${kind}), light and dark`, async ({ page }) => {
    // Two scans of the largest page (the main article with its triage and script) take a few
    // seconds when quiet and many times that on an overloaded 2-core machine: the time must not
    // decide the result, and with one page per kind a generous limit costs nothing.
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    expect(await axeViolations(page), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'dark').toEqual([]);
  });
}

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/cs/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#content')).toBeFocused();
});
