import { expect, test, type Page } from '@playwright/test';
import { CACHE_IMMUTABLE } from '../../src/deploy/policy.ts';
import { enterCase, fixture, loadChecker, openChecker, verdict } from './checker-helpers.ts';
import { expectSecurityHeaders, firstFile, rawGet } from './http-helpers.ts';

/**
 * One pass through the site built for https://kb.example.test/kb/ (`npm run build:subpath`),
 * served by nginx under /kb/: an article, search and a checker verdict. Paths here are relative
 * to the base URL http://127.0.0.1:<port>/kb/; nothing may leave /kb/.
 */
const PUBLIC = 'https://kb.example.test/kb/';

/** Records every same-origin request path of a page, to prove none escapes the base. */
function pathsRequested(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

/** Every site-relative link and resource address on the page. */
const addresses = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('[href], [src]')]
      .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
      .filter((value) => value.startsWith('/')),
  );

test('an article under /kb/: styled, linked, switched to Czech, with its public address', async ({ page, baseURL }) => {
  const requested = pathsRequested(page);
  const errors: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  const response = await page.goto('en/email-router-ssl-trust/');
  expect(response!.status()).toBe(200);
  await expect(page.locator('h1')).toBeVisible();
  // The stylesheet applied: the body does not have the browser's default 8 px margin.
  expect(await page.evaluate(() => getComputedStyle(document.body).margin)).not.toBe('8px');
  const links = await addresses(page);
  expect(links.length).toBeGreaterThan(10);
  expect(links.filter((link) => !link.startsWith('/kb/'))).toEqual([]);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${PUBLIC}en/email-router-ssl-trust/`);
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])),
    );
  expect(alternates).toEqual({
    cs: `${PUBLIC}cs/email-router-ssl-trust/`,
    en: `${PUBLIC}en/email-router-ssl-trust/`,
    'x-default': PUBLIC,
  });
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
    'content',
    `${PUBLIC}en/email-router-ssl-trust/`,
  );
  await expect(page.locator('link[rel="sitemap"]')).toHaveAttribute('href', `${PUBLIC}sitemap.xml`);
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(`${baseURL}cs/email-router-ssl-trust/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'cs');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => !path.startsWith('/kb/'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('search under /kb/ loads its index from /kb/ and lands on the article', async ({ page, baseURL }) => {
  const requested = pathsRequested(page);
  await page.goto('en/');
  await page
    .locator('#site-search-input')
    .fill('Could not establish trust relationship for the SSL/TLS secure channel');
  const first = page.locator('.search-option-page').first();
  await expect(first).toHaveAttribute('data-url', '/kb/en/email-router-ssl-trust/');
  await first.click();
  await expect(page).toHaveURL(new RegExp(`^${baseURL}en/email-router-ssl-trust/`));
  expect(requested.some((path) => path.startsWith('/kb/pagefind'))).toBe(true);
  expect(requested.filter((path) => !path.startsWith('/kb/'))).toEqual([]);
});

test('the search page under /kb/ finds a Czech paste without diacritics', async ({ page }) => {
  await page.goto('cs/search/?q=nelze+navazat+vztah+duveryhodnosti');
  const result = page.locator('main a[href^="/kb/cs/"]').first();
  await expect(result).toBeVisible();
  await expect(page.locator('main a[href^="/cs/"], main a[href^="/en/"]')).toHaveCount(0);
});

test('a checker verdict under /kb/: the root key loads from /kb/ and findings link into /kb/', async ({ page }) => {
  const requested = pathsRequested(page);
  const entry = fixture('real-google-chain');
  await openChecker(page, 'en/checker/', entry.now);
  await loadChecker(page);
  await enterCase(page, entry);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'accept');
  expect(requested.some((path) => /^\/kb\/checker\/roots\/[0-9a-f]{16}\.der$/.test(path))).toBe(true);

  const selfSigned = fixture('self-signed');
  await openChecker(page, 'en/checker/', selfSigned.now);
  await loadChecker(page);
  await enterCase(page, selfSigned);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'reject');
  // Links to articles; the in-page anchors (#checker-cert-1) stay on the page.
  const findingLinks = await page
    .locator('[data-finding] a[href]:not([href^="#"])')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(findingLinks.length).toBeGreaterThan(0);
  expect(findingLinks.filter((href) => !href.startsWith('/kb/'))).toEqual([]);
  expect(requested.filter((path) => !path.startsWith('/kb/'))).toEqual([]);
});

test.describe('HTTP under /kb/', () => {
  test('pages and files carry every header, HSTS included, since the public address is https', async ({ baseURL }) => {
    for (const file of ['', 'en/', 'en/search/strings.json', 'pagefind/pagefind.js']) {
      const response = await rawGet(`${baseURL}${file}`);
      expect(response.status, file).toBe(200);
      expectSecurityHeaders(response.headers, { https: true });
    }
    const asset = await rawGet(`${baseURL}${firstFile('dist-kb', '_astro/', (name) => name.endsWith('.js'))}`);
    expect(asset.headers['cache-control']).toBe(CACHE_IMMUTABLE);
    expectSecurityHeaders(asset.headers, { https: true, asset: true });
  });

  test('the sitemap and robots.txt name the public address under /kb/', async ({ baseURL }) => {
    const sitemap = (await rawGet(`${baseURL}sitemap.xml`)).body.toString('utf8');
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(locations.length).toBeGreaterThan(4);
    expect(locations.filter((location) => !location.startsWith(PUBLIC))).toEqual([]);
    expect((await rawGet(`${baseURL}robots.txt`)).body.toString('utf8')).toContain(`Sitemap: ${PUBLIC}sitemap.xml`);
  });

  for (const [path, lang] of [
    ['no-such-page/', 'en'],
    ['cs/neexistujici-clanek/', 'cs'],
    ['en/no-such-article/', 'en'],
  ] as const) {
    test(`/kb/${path} answers 404 with its language's page, linking into /kb/`, async ({ baseURL }) => {
      const response = await rawGet(`${baseURL}${path}`);
      expect(response.status).toBe(404);
      expectSecurityHeaders(response.headers, { https: true });
      const html = response.body.toString('utf8');
      expect(html).toContain(`<html lang="${lang}"`);
      expect(html).toMatch(/href="\/kb\/(cs|en)\/"/);
      expect(html).not.toMatch(/(href|src)="\/(?!kb\/)/);
    });
  }
});
