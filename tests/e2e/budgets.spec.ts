import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { LOCALES } from '../../src/i18n/locales.ts';
import { BUDGET, totalBudgetOf } from '../lib/budgets.ts';
import { builtPage, SITE } from '../lib/built-site.ts';
import { firstLoad } from '../lib/first-load.ts';
import { SAMPLE_ARTICLE_ID, sampleOf } from '../lib/page-kinds.ts';

/**
 * Every article's first load is held to its budget from the build (tests/site/budgets.test.ts),
 * by the files its HTML names and their static imports. Here a browser loads the article sample
 * of each language: it must fetch exactly those files (or the build-side count is wrong), and
 * its own count must fit the budget.
 */
for (const locale of LOCALES) {
  const path = sampleOf('article', locale);
  const total = totalBudgetOf(SAMPLE_ARTICLE_ID);
  test(`${path} first load is the files the build test counts, within budget (HTML+CSS+JS ≤ ${total / 1024} KB, JS ≤ 6 KB gzip)`, async ({
    page,
  }) => {
    const loaded = { html: [] as string[], css: [] as string[], js: [] as string[] };
    const sizes = { html: 0, css: 0, js: 0 };
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : undefined;
      if (!kind) return;
      loaded[kind].push(new URL(response.url()).pathname);
      pending.push(response.body().then((body) => void (sizes[kind] += gzipSync(body, { level: 9 }).length)));
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    test.info().annotations.push({ type: 'gzip bytes', description: JSON.stringify(sizes) });
    const sorted = (paths: string[]) => [...new Set(paths)].sort();
    expect({ html: sorted(loaded.html), css: sorted(loaded.css), js: sorted(loaded.js) }).toEqual(
      firstLoad(SITE, builtPage(SITE, path)),
    );
    expect(sizes.html).toBeGreaterThan(0);
    expect(sizes.js).toBeLessThanOrEqual(BUDGET.js);
    expect(sizes.html + sizes.css + sizes.js).toBeLessThanOrEqual(total);
  });
}
