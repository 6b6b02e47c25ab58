import { findCertificatePaste } from '../../src/search/certificate-paste.ts';
import { SEARCH_ROWS, type SearchRow } from './search-table.ts';

/**
 * What the findability table's rows (search-table.ts) ask of search, shared by the three that run
 * them: every row in Node (tests/site/findability-*.test.ts), a sample through the real search
 * page (tests/e2e/search-findability.spec.ts) and the scale benchmark (bench/lib/findability.ts).
 */

/** The row's title in a report: its number, site, kind and the start of the query on one line. */
export function rowTitle(row: SearchRow, index: number): string {
  const query = row.query.replace(/\s+/g, ' ').slice(0, 70);
  return `${index + 1}. /${row.site}/ ${row.kind} → ${row.expect}: ${query}`;
}

/** True for a paste holding a certificate: the search form sends it to the checker, not to search. */
export const holdsCertificate = (row: SearchRow): boolean => findCertificatePaste(row.query) !== null;

/**
 * The text the search page searches for a row. Submitted with the form, a paste is read from its
 * textarea (line breaks as \n) and trimmed; a certificate paste is opened at the address the form
 * would submit to, and the page trims what it reads from ?q=.
 */
export function pageQuery(row: SearchRow): string {
  return holdsCertificate(row) ? row.query.trim() : row.query.replace(/\r\n?/g, '\n').trim();
}

/**
 * The first result as the results list links it: its path (`/en/<article>/`, or `nothing`) and
 * its fragment (`cause-<id>` when it leads to a cause).
 */
export interface FirstLink {
  path: string;
  hash: string | undefined;
}

export function splitLink(href: string | null | undefined): FirstLink {
  const [path = 'nothing', hash] = (href ?? 'nothing').split('#');
  return { path, hash };
}

/** What the row asks of its first result: its article (under the site's `base`), and the row's cause if any. */
export function expectedFirst(row: SearchRow, base = '/'): { path: string; hash?: string } {
  return { path: `${base}${row.site}/${row.expect}/`, ...(row.cause ? { hash: `cause-${row.cause}` } : {}) };
}

/** True when the first result is what the row asks for. */
export function rowFound(row: SearchRow, first: FirstLink): boolean {
  const wanted = expectedFirst(row);
  return first.path === wanted.path && (wanted.hash === undefined || first.hash === wanted.hash);
}

/**
 * The rows the browser runs through the real search page: for each kind of paste the first row,
 * Czech and English taking turns from kind to kind (the other site when a kind has rows on one
 * only), plus the first certificate paste of each site, which the page takes from ?q=, and the
 * first other paste with Windows line breaks, which the form's field turns into \n. Every row
 * runs in Node anyway; these prove that the page submits, searches and renders the same answer.
 */
export function browserSample(): SearchRow[] {
  const rows = SEARCH_ROWS;
  const kinds = [...new Set(rows.map((row) => row.kind))];
  const sample = new Set<SearchRow>();
  kinds.forEach((kind, index) => {
    const ofKind = rows.filter((row) => row.kind === kind);
    const site = index % 2 === 0 ? 'en' : 'cs';
    const pick = ofKind.find((row) => row.site === site) ?? ofKind[0];
    if (pick) sample.add(pick);
  });
  for (const site of ['en', 'cs'] as const) {
    const certificate = rows.find((row) => row.site === site && holdsCertificate(row));
    if (certificate) sample.add(certificate);
  }
  const windowsLines = rows.find((row) => row.query.includes('\r') && !holdsCertificate(row));
  if (windowsLines) sample.add(windowsLines);
  return rows.filter((row) => sample.has(row));
}
