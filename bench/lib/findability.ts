/**
 * The findability table (tests/data/search-queries/) against a served site, as the e2e spec runs
 * it (tests/e2e/search-findability.spec.ts) but without a test per row: the scale benchmark asks
 * whether every row still puts its article first when hundreds of synthetic articles compete.
 * A few pages work through the rows side by side; each row is a fresh load of the search page.
 */
import type { Browser, Page } from '@playwright/test';
import { SEARCH_ROWS, type SearchRow } from '../../scripts/lib/search-table.ts';

const PAGES = 3;

export interface Findability {
  rows: number;
  first: number;
  /** The rows that missed, as `/<site>/ <kind> → <expected>: <query start> (got <first result>)`. */
  misses: string[];
}

async function firstResult(page: Page, origin: string, row: SearchRow): Promise<string> {
  await page.goto(`${origin}/${row.site}/search/?q=${encodeURIComponent(row.query)}`);
  await page
    .locator('[data-search-page] [data-search-status]')
    .filter({ hasNotText: /^$|…/ })
    .waitFor({ timeout: 30_000 });
  const href = await page
    .locator('[data-search-results] .search-result h3 a')
    .first()
    .getAttribute('href', { timeout: 1000 })
    .catch(() => null);
  return href ?? 'nothing';
}

export async function measureFindability(browser: Browser, origin: string): Promise<Findability> {
  const queue = [...SEARCH_ROWS];
  const misses: string[] = [];
  const context = await browser.newContext();
  try {
    await Promise.all(
      Array.from({ length: PAGES }, async () => {
        const page = await context.newPage();
        for (let row = queue.shift(); row; row = queue.shift()) {
          const got = await firstResult(page, origin, row);
          const [path, hash] = got.split('#');
          const wanted = path === `/${row.site}/${row.expect}/` && (!row.cause || hash === `cause-${row.cause}`);
          if (!wanted) {
            const query = row.query.replace(/\s+/g, ' ').slice(0, 60);
            misses.push(
              `/${row.site}/ ${row.kind} → ${row.expect}${row.cause ? `#cause-${row.cause}` : ''}: ${query} (got ${got})`,
            );
          }
        }
      }),
    );
  } finally {
    await context.close();
  }
  return { rows: SEARCH_ROWS.length, first: SEARCH_ROWS.length - misses.length, misses: misses.sort() };
}
