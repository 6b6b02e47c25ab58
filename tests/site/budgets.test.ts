import { expect, test } from 'vitest';
import { articlePages } from '../lib/article-pages.ts';
import { BUDGET, totalBudgetOf } from '../lib/budgets.ts';
import { SITE } from '../lib/built-site.ts';
import { firstLoad, gzipBytes } from '../lib/first-load.ts';

/** Every article's first load, from the build: tests/e2e/budgets.spec.ts checks a browser loads the same files. */
const rows = articlePages().map((article) => ({ ...article, total: totalBudgetOf(article.id) / 1024 }));

test.each(rows)(
  `$path first load fits the budget (HTML+CSS+JS ≤ $total KB, JS ≤ ${BUDGET.js / 1024} KB gzip)`,
  (article) => {
    const files = firstLoad(SITE, article.page);
    const sizes = { html: gzipBytes(SITE, files.html), css: gzipBytes(SITE, files.css), js: gzipBytes(SITE, files.js) };
    expect(sizes.html).toBeGreaterThan(0);
    expect(sizes.js).toBeLessThanOrEqual(BUDGET.js);
    expect(sizes.html + sizes.css + sizes.js).toBeLessThanOrEqual(article.total * 1024);
  },
);
