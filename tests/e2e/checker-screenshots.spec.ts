import { copyFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { enterCase, fixture, LOCALES, openChecker, verdict } from './checker-helpers.ts';

/**
 * Screenshots of the checker with a rejected and an accepted certificate, in both languages:
 * attached to the test report on every run, and copied to docs/screenshots/ (used by the README)
 * when TRUSTKB_UPDATE_SCREENSHOTS=1.
 */
const SHOTS = [
  { name: 'rejected', fixture: 'san-mismatch', example: undefined },
  { name: 'accepted', fixture: 'real-google-chain', example: undefined },
] as const;

test.use({ viewport: { width: 1000, height: 900 }, colorScheme: 'light' });

/**
 * The element's box, waited for: on a busy machine the findings can still be drawn (or drawn
 * again) just after the verdict shows, and a box read at that moment is null.
 */
async function settledBox(
  page: Page,
  selector: string,
): Promise<{ x: number; y: number; width: number; height: number }> {
  let box: Awaited<ReturnType<Locator['boundingBox']>> = null;
  await expect.poll(async () => (box = await page.locator(selector).boundingBox())).not.toBeNull();
  return box!;
}

for (const locale of LOCALES) {
  for (const shot of SHOTS) {
    test(`${locale}: screenshot of a ${shot.name} certificate`, async ({ page }, testInfo) => {
      const entry = fixture(shot.fixture);
      await openChecker(page, `/${locale}/checker/`, entry.now);
      if (shot.example) await page.locator(`[data-example="${shot.example}"]`).click();
      else await enterCase(page, entry);
      await expect(verdict(page)).toHaveAttribute('data-verdict', shot.name === 'accepted' ? 'accept' : 'reject');
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const top = (await settledBox(page, 'h1')).y - 16;
      const findings = await settledBox(page, '.checker-findings');
      const file = testInfo.outputPath(`checker-${shot.name}-${locale}.png`);
      await page.screenshot({
        path: file,
        fullPage: true,
        clip: { x: 0, y: top, width: 1000, height: findings.y + findings.height + 24 - top },
      });
      await testInfo.attach(`checker-${shot.name}-${locale}`, { path: file, contentType: 'image/png' });
      if (process.env.TRUSTKB_UPDATE_SCREENSHOTS === '1')
        copyFileSync(file, new URL(`../../docs/screenshots/checker-${shot.name}-${locale}.png`, import.meta.url));
    });
  }
}
