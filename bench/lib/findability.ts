/**
 * The findability table (tests/data/search-queries/) against a served site, without a test per
 * row: the scale benchmark asks whether every row still puts its article first when hundreds of
 * synthetic articles compete. The rows are searched as the site project's findability tests search
 * them (tests/site/findability-*.test.ts): in Node, by the search page's own code on the site's own
 * indexes, here fetched from the server; each site in a worker thread of its own
 * (scripts/lib/node-findability.ts). The browser is not needed for that.
 */
import { SEARCH_ROWS } from '../../scripts/lib/search-table.ts';
import { rowFound, splitLink } from '../../scripts/lib/findability-rows.ts';
import { findabilityInNode } from '../../scripts/lib/node-findability.ts';

export interface Findability {
  rows: number;
  first: number;
  /** The rows that missed, as `/<site>/ <kind> → <expected>: <query start> (got <first result>)`. */
  misses: string[];
}

export async function measureFindability(origin: string): Promise<Findability> {
  const misses: string[] = [];
  for (const { row, first } of await findabilityInNode(origin)) {
    const got = first ?? 'nothing';
    if (rowFound(row, splitLink(got))) continue;
    const query = row.query.replace(/\s+/g, ' ').slice(0, 60);
    misses.push(
      `/${row.site}/ ${row.kind} → ${row.expect}${row.cause ? `#cause-${row.cause}` : ''}: ${query} (got ${got})`,
    );
  }
  return { rows: SEARCH_ROWS.length, first: SEARCH_ROWS.length - misses.length, misses: misses.sort() };
}
