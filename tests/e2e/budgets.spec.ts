import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { ARTICLES } from './site-pages.ts';

/** Bytes are budgets (timings are not: they live in the benchmarks). Measured as gzip -9. */
const BUDGET = { total: 20 * 1024, js: 6 * 1024 };
/**
 * The main article is the family's hub: it opens with the triage and carries the whole .NET report
 * script (about 3.6 KB gzip) as a block to copy, which must work without scripts; measured
 * 28.2 KB for the Czech page when this was set. Its own total
 * is larger; its JavaScript budget is the same.
 */
const TOTAL_BY_ARTICLE: Record<string, number> = { 'email-router-ssl-trust': 30 * 1024 };

for (const article of ARTICLES) {
  const total = TOTAL_BY_ARTICLE[article.id] ?? BUDGET.total;
  test(`${article.url} first load fits the budget (HTML+CSS+JS ≤ ${total / 1024} KB, JS ≤ 6 KB gzip)`, async ({
    page,
  }) => {
    const sizes = { html: 0, css: 0, js: 0 };
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : undefined;
      if (!kind) return;
      pending.push(response.body().then((body) => void (sizes[kind] += gzipSync(body, { level: 9 }).length)));
    });
    await page.goto(article.url, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    test.info().annotations.push({ type: 'gzip bytes', description: JSON.stringify(sizes) });
    expect(sizes.html).toBeGreaterThan(0);
    expect(sizes.js).toBeLessThanOrEqual(BUDGET.js);
    expect(sizes.html + sizes.css + sizes.js).toBeLessThanOrEqual(total);
  });
}
