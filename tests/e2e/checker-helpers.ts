import { readFileSync } from 'node:fs';
import { expect, test as base, type Page } from '@playwright/test';
import { FIXTURES_DIR, fixtureCase, MANIFEST, type FixtureCase } from '../../scripts/lib/fixture-manifest.ts';
import { FINDING_IDS, type FindingId } from '../../src/checker/index.ts';
import { mdxHeadings } from '../../src/content/headings.ts';
import { readArticleFiles } from '../../src/content/files.ts';
import { findingLinks, verdictAttribute, verdictKind } from '../../src/explain/index.ts';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';

export { MANIFEST };
export { LOCALES, type Locale };
export const fixture = fixtureCase;
export const fixturePath = (file: string): string => new URL(file, FIXTURES_DIR).pathname;
export const fixtureText = (file: string): string => readFileSync(new URL(file, FIXTURES_DIR), 'utf8');

/** `data-verdict` as the page must write it for a fixture's expected diagnosis. */
export const expectedVerdictAttribute = ({ expected }: FixtureCase): string | null =>
  verdictAttribute(verdictKind(expected.verdict, expected.certificates));

/**
 * Every finding's article links in one language, built by the same function as the page's, but
 * from the articles on disk (as the CLI reads them): the page, built from Astro's rendered
 * headings, must show exactly these.
 */
export function findingHrefs(locale: Locale): Map<FindingId, string[]> {
  const articles = readArticleFiles()
    .filter((file) => file.data.locale === locale)
    .map((file) => ({ data: file.data, headings: mdxHeadings(file.body) }));
  const links = findingLinks(articles);
  return new Map(FINDING_IDS.map((id) => [id, links[id].map((link) => link.href)]));
}

/** Opens a checker page with the browser clock at `now` (fixture dates are fixed; the page reads the browser's clock). */
export async function openChecker(page: Page, path: string, now?: string): Promise<void> {
  if (now) await page.clock.setFixedTime(new Date(now));
  await page.goto(path);
}

/** Focuses the certificate box, which loads the checker, and waits until it is ready. */
export async function loadChecker(page: Page): Promise<void> {
  await page.locator('#checker-input').focus();
  await expect(page.locator('[data-checker]')).toHaveAttribute('data-ready', 'true');
}

/** Enters the fixture's URL and its certificate (text into the box, binary files through the file picker). */
export async function enterCase(page: Page, entry: FixtureCase): Promise<void> {
  await page.locator('#checker-url').fill(entry.url);
  if (entry.format === 'binary') await page.locator('#checker-file').setInputFiles(fixturePath(entry.file));
  else await page.locator('#checker-input').fill(fixtureText(entry.file));
}

/** Drops a file on the checker as a browser would, with its bytes in a DataTransfer. */
export async function dropFile(page: Page, target: string, file: string): Promise<void> {
  const bytes = [...readFileSync(new URL(file, FIXTURES_DIR))];
  const dataTransfer = await page.evaluateHandle(
    ({ bytes, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name));
      return transfer;
    },
    { bytes, name: file },
  );
  await page.dispatchEvent(target, 'dragover', { dataTransfer });
  await page.dispatchEvent(target, 'drop', { dataTransfer });
}

export const verdict = (page: Page) => page.locator('[data-checker-verdict]');

/** The rendered findings' ids, in order. */
export const findingIds = (page: Page): Promise<string[]> =>
  page
    .locator('[data-finding]')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.finding ?? ''));

/**
 * A checker page that has been used before, emptied and ready for the next input, with the
 * browser clock at `now`, loaded in the system colour scheme given (light unless said).
 */
export type CleanChecker = (locale: Locale, now: string, colorScheme?: 'light' | 'dark') => Promise<Page>;

/**
 * Tests whose checker page differs only in what is entered share one page per language (and
 * colour scheme) in each worker: a new context, the page load and the parser's load cost more
 * than the check. Between tests the page is emptied with its own Clear button, as a visitor
 * would, and each test waits for the emptied state (no verdict, no finding, empty fields), so a
 * result it then waits for is its own. A failed test ends its worker, so the next one starts on
 * a fresh page. A dark page is loaded in the dark scheme, so it is what a visitor whose system is
 * dark sees (the theme toggle shows pressed), not a light page recoloured.
 */
export const test = base.extend<object, { cleanChecker: CleanChecker }>({
  cleanChecker: [
    async ({ browser }, use, workerInfo) => {
      // A context of its own for each page: pages of one context are tabs of one window, and
      // the one behind is not rendered (a click waits for its next frame).
      const pages = new Map<string, Page>();
      await use(async (locale, now, colorScheme = 'light') => {
        let page = pages.get(`${locale} ${colorScheme}`);
        if (page) {
          await page.locator('[data-checker-clear]').click();
        } else {
          const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL, colorScheme });
          page = await context.newPage();
          await openChecker(page, `/${locale}/checker/`, now);
          await loadChecker(page);
          pages.set(`${locale} ${colorScheme}`, page);
        }
        await expect(verdict(page)).toBeEmpty();
        await expect(verdict(page)).not.toHaveAttribute('data-verdict');
        await expect(page.locator('[data-checker-details]')).toBeEmpty();
        await expect(page.locator('#checker-input')).toHaveValue('');
        await expect(page.locator('#checker-url')).toHaveValue('');
        // Screen media in the page's own scheme, whatever the last test emulated.
        await page.emulateMedia({ media: null, colorScheme });
        await page.clock.setFixedTime(new Date(now));
        return page;
      });
      for (const page of pages.values()) await page.context().close();
    },
    { scope: 'worker' },
  ],
});
