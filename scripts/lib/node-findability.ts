import { Worker } from 'node:worker_threads';
import { SEARCH_ROWS, type SearchRow } from './search-table.ts';

/** A row of the findability table with the link its site's search page would show first (null: none). */
export interface RowAnswer {
  row: SearchRow;
  first: string | null;
}

/** Runs one site's rows in a worker thread of its own (node-findability-worker.ts). */
function answersOf(origin: string, locale: 'cs' | 'en'): Promise<RowAnswer[]> {
  const rows = SEARCH_ROWS.filter((row) => row.site === locale);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./node-findability-worker.ts', import.meta.url), {
      workerData: { origin, locale },
    });
    worker.once('message', (firstLinks: (string | null)[]) =>
      resolve(rows.map((row, index) => ({ row, first: firstLinks[index] ?? null }))),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`findability worker for /${locale}/ exited with ${code}`)));
  });
}

/**
 * Every row of the findability table searched in Node against the site a server at `origin`
 * serves, both sites side by side, each by its own search page's code and indexes: for a caller
 * outside the test runner (the scale benchmark), which has no test file per site to keep the
 * languages apart.
 */
export async function findabilityInNode(origin: string): Promise<RowAnswer[]> {
  return (await Promise.all([answersOf(origin, 'en'), answersOf(origin, 'cs')])).flat();
}
