import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * The rules every page is held to, by the browser tests and the scale benchmark: WCAG 2.2 AA and
 * axe's best practices.
 */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe's violations on the page as it is now, one `rule: targets` line each (none when it passes).
 *
 * axe runs in the page itself (legacy mode) and reports violations only: the default runs every
 * frame apart, then opens a blank page to merge their results, shipping the result of every check
 * on every element across; with no frame to merge, the same rules on the same document give the
 * same violations. Only violations are asserted, so passes and incomplete results are not built.
 */
export async function axeViolations(page: Page, tags: readonly string[] = WCAG_TAGS): Promise<string[]> {
  // Legacy mode would skip a frame from another origin; the site has none, and this says so if it ever does.
  if (page.frames().length !== 1) throw new Error(`${page.frames().length - 1} frames that axe would not scan`);
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags([...tags])
    .setLegacyMode()
    .analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
