import { expect } from '@playwright/test';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { enterCase, fixture, LOCALES, loadChecker, openChecker, test, verdict } from './checker-helpers.ts';

/** The checker with results on screen: accessible in both schemes, readable at 320 px and in print; embedded in articles. */

/** Results that use every part of the output: errors, warnings, notes, a broken chain, several cards. */
const RICH = ['expired', 'chain-root-missing', 'real-google-chain', 'unrelated', 'leaf-with-key'];
/** The findings of path building, each on screen once per language (light mode). */
const PATH_FINDINGS = [
  'cross-signed-root-expired',
  'path-length-exceeded',
  'critical-extension-intermediate',
  'aia-leaf',
];

// Each result in the light and in the dark scheme, on checker pages loaded in that scheme (so the
// theme toggle shows pressed in dark, as a visitor sees it). The results differ only in what is
// entered, so the tests of a worker share these pages, emptied between them (cleanChecker); the
// empty page itself is scanned by a11y.spec.ts.
for (const locale of LOCALES) {
  for (const name of RICH) {
    test(`${locale}: axe finds no violation with the results of ${name} shown, light and dark`, async ({
      cleanChecker,
    }) => {
      const entry = fixture(name);
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await cleanChecker(locale, entry.now, colorScheme);
        await expect(page.locator('[data-theme-toggle]')).toHaveAttribute(
          'aria-pressed',
          String(colorScheme === 'dark'),
        );
        await enterCase(page, entry);
        await expect(verdict(page)).toHaveAttribute('data-verdict', /./);
        await expect(page.locator('.checker-finding').first()).toBeVisible();
        expect(await axeViolations(page), colorScheme).toEqual([]);
      }
    });
  }
}

for (const locale of LOCALES) {
  for (const name of PATH_FINDINGS) {
    test(`${locale}: axe finds no violation with the path-building findings of ${name} shown`, async ({
      cleanChecker,
    }) => {
      const entry = fixture(name);
      const page = await cleanChecker(locale, entry.now);
      await enterCase(page, entry);
      await expect(verdict(page)).toHaveAttribute('data-verdict', /./);
      for (const { id } of entry.expected.findings) await expect(page.locator(`[data-finding="${id}"]`)).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const name of ['xss-subject', 'non-ascii', 'unrelated']) {
    test(`the results of ${name} do not scroll sideways`, async ({ page }) => {
      const entry = fixture(name);
      await openChecker(page, '/cs/checker/', entry.now);
      await enterCase(page, entry);
      await expect(page.locator('.checker-certificate').first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
});

test('printed, the checker page is a report: results and certificates, no form, no navigation', async ({ page }) => {
  const entry = fixture('san-mismatch');
  await openChecker(page, '/en/checker/', entry.now);
  await enterCase(page, entry);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'reject');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('[data-checker-form]')).toBeHidden();
  await expect(page.locator('.checker-copy').first()).toBeHidden();
  await expect(verdict(page)).toBeVisible();
  await expect(page.locator('#checker-cert-3')).toBeVisible();
  // Polled: on a fresh page the results may be rendered a second time (the check when the parser
  // attaches, then the one the typing scheduled), and a link read once may be the one replaced.
  await expect
    .poll(() =>
      page
        .locator('.checker-finding-links a')
        .first()
        .evaluate((link) => getComputedStyle(link, '::after').content),
    )
    .toContain('/en/');
});

test.describe('embedded in articles', () => {
  test('an article with certificate causes checks in place, loading nothing until used', async ({ page }) => {
    const entry = fixture('self-signed');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await openChecker(page, '/en/email-router-ssl-trust/', entry.now);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => /controller|links\.json|results/.test(path))).toEqual([]);

    await loadChecker(page);
    await enterCase(page, entry);
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'reject');
    await expect(page.locator('.checker-results h3').first()).toHaveText('Findings');
    const link = page.locator('[data-finding="trust.self-signed"] .checker-finding-links a').first();
    await expect(link).toHaveAttribute('href', '/en/email-router-ssl-trust/#cause-self-signed');
    await link.click();
    await expect(page).toHaveURL(/#cause-self-signed$/);
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'reject'); // same page: the results stay
  });

  test('an article without certificate causes links to the checker instead', async ({ page }) => {
    await page.goto('/cs/tls12-secure-channel/');
    await expect(page.locator('[data-checker]')).toHaveCount(0);
    await expect(page.locator('.checker-callout a.button')).toHaveAttribute('href', '/cs/checker/');
  });

  test('printed, an article leaves the checker out', async ({ page }) => {
    await page.goto('/cs/missing-intermediate/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-checker]')).toBeHidden();
  });
});
