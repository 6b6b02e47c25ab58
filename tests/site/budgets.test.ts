import { expect, test } from 'vitest';
import { articlePages } from '../lib/article-pages.ts';
import { BUDGET, totalBudgetOf } from '../lib/budgets.ts';
import { SITE } from '../lib/built-site.ts';
import { firstLoad, gzipBytes } from '../lib/first-load.ts';

test.each(articlePages().map((article) => [article.path, article] as const))(
  '%s first load fits the budget (HTML+CSS+JS, and JS ≤ 6 KB gzip)',
  (_path, article) => {
    const files = firstLoad(SITE, article.page);
    const sizes = { html: gzipBytes(SITE, files.html), css: gzipBytes(SITE, files.css), js: gzipBytes(SITE, files.js) };
    expect(sizes.html).toBeGreaterThan(0);
    expect(sizes.js).toBeLessThanOrEqual(BUDGET.js);
    expect(sizes.html + sizes.css + sizes.js).toBeLessThanOrEqual(totalBudgetOf(article.id));
  },
);
