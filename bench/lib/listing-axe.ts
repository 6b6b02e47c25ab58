/**
 * The page navigation of a listing appears only past 50 articles, so the browser tests (which run
 * on the real nine) never see it: the scale benchmark scans a second listing page with axe, in
 * light and dark, with the rules the accessibility tests use (tests/e2e/a11y.spec.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from '@playwright/test';
import { rawGet } from '../../scripts/lib/raw-http.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The violations (rule: targets) on the page at `url` in both colour schemes, or null when the site has no such page. */
export async function listingViolations(browser: Browser, url: string): Promise<string[] | null> {
  if ((await rawGet(url)).status !== 200) return null;
  // axe opens a page of its own in the context, which a page from browser.newPage() does not allow.
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(url, { waitUntil: 'networkidle' });
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      for (const violation of results.violations)
        found.push(
          `${colorScheme} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
    }
    return found;
  } finally {
    await context.close();
  }
}
