/**
 * A worker thread that searches the findability table's rows of one site in Node
 * (node-search-page.ts), on the site a server at an origin serves, and posts back the first
 * result's link of each row in table order (null when search found nothing or failed). A thread of
 * its own per site: pagefind.js and the search loaders keep one language per module graph, as one
 * browser page does. Started by findabilityInNode() (node-findability.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SEARCH_ROWS } from './search-table.ts';
import { pageQuery } from './findability-rows.ts';
import { openSearchPage } from './node-search-page.ts';
import { servedAt } from './site-source.ts';

// The page's console is the page's: a browser keeps it to itself, and so does this thread
// (Pagefind warns there about an option it does not know).
console.warn = () => {};

const { origin, locale } = workerData as { origin: string; locale: 'cs' | 'en' };
const page = await openSearchPage(servedAt(origin), locale);
const firstLinks: (string | null)[] = [];
for (const row of SEARCH_ROWS.filter((candidate) => candidate.site === locale)) {
  // A search that throws leaves the page with its failure notice and no result, as here.
  const outcome = await page.search(pageQuery(row)).catch(() => null);
  firstLinks.push(outcome?.results[0]?.url ?? null);
}
page.close();
parentPort?.postMessage(firstLinks);
