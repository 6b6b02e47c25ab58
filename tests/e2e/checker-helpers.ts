import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { DIST } from './site-pages.ts';

/** The checker fixtures (tests/fixtures/certs/manifest.json), as the browser tests drive them. */
export interface FixtureCase {
  name: string;
  file: string;
  format: 'text' | 'binary';
  url: string;
  now: string;
  expected: {
    findings: { id: string; certificate?: number }[];
    verdict: { routerAccepts: boolean | 'depends'; sslPolicyErrors: string[] };
  };
}

export const FIXTURES = new URL('../fixtures/certs/', import.meta.url);
export const MANIFEST = JSON.parse(readFileSync(new URL('manifest.json', FIXTURES), 'utf8')) as {
  xss: string;
  cases: FixtureCase[];
};
export const LOCALES = ['en', 'cs'] as const;
export type Locale = (typeof LOCALES)[number];

export function fixture(name: string): FixtureCase {
  const found = MANIFEST.cases.find((entry) => entry.name === name);
  if (!found) throw new Error(`no fixture case "${name}"`);
  return found;
}

export const fixturePath = (file: string): string => new URL(file, FIXTURES).pathname;
export const fixtureText = (file: string): string => readFileSync(new URL(file, FIXTURES), 'utf8');

/** `data-verdict` as the page writes it for a manifest verdict. */
export const verdictAttribute = (accepts: boolean | 'depends'): string =>
  accepts === true ? 'accept' : accepts === 'depends' ? 'depends' : 'reject';

/** Which article causes list each finding, per language: the links the checker must show first. */
export function causeLinks(locale: Locale): Map<string, string[]> {
  const articles = JSON.parse(readFileSync(join(DIST, 'api/articles.json'), 'utf8')).articles as {
    id: string;
    locale: string;
    causes: { url: string; findings: string[] }[];
  }[];
  const links = new Map<string, string[]>();
  for (const article of articles.filter((entry) => entry.locale === locale).sort((a, b) => a.id.localeCompare(b.id))) {
    for (const cause of article.causes)
      for (const finding of cause.findings) links.set(finding, [...(links.get(finding) ?? []), cause.url]);
  }
  return links;
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
  const bytes = [...readFileSync(new URL(file, FIXTURES))];
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
