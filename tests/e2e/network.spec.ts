import { expect, test } from '@playwright/test';
import { PAGE_SAMPLES } from '../lib/page-kinds.ts';

/**
 * What a page does once its scripts run, on one page of each kind in each language: what every
 * page's markup may load and its <meta> policy are checked on every page without a browser
 * (tests/site/links.test.ts, tests/site/content-security.test.ts).
 */
for (const { kind, path } of PAGE_SAMPLES) {
  test(`${path} (${kind}) makes no request outside 127.0.0.1 and breaks no CSP rule`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(String(error)));
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    // An unknown address answers 404 by design, which the browser logs once; nothing else may be logged.
    const notFound = 'Failed to load resource: the server responded with a status of 404 (Not Found)';
    expect(problems).toEqual(response?.status() === 404 ? [notFound] : []);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/'unsafe-eval'/);
  });
}
