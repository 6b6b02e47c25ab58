/**
 * The page navigation of a listing appears only past 50 articles, so the browser tests (which run
 * on the real nine) never see it: the scale benchmark scans a second listing page with axe, in
 * light and dark, with the rules the accessibility tests use (tests/e2e/a11y.spec.ts).
 */
import type { Browser } from '@playwright/test';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { rawGet } from '../../scripts/lib/raw-http.ts';

/** The violations (rule: targets) on the page at `url` in both colour schemes, or null when the site has no such page. */
export async function listingViolations(browser: Browser, url: string): Promise<string[] | null> {
  if ((await rawGet(url)).status !== 200) return null;
  const page = await browser.newPage();
  try {
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(url, { waitUntil: 'networkidle' });
      found.push(...(await axeViolations(page)).map((violation) => `${colorScheme} ${violation}`));
    }
    return found;
  } finally {
    await page.close();
  }
}
