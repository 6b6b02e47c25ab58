import { reduceQuery, type QueryPlan } from './reduce-query.ts';
import { reportSearchText } from './report-signals.ts';

/**
 * The whole query plan of a paste, reports included, in one synchronous call: for tests, tools and
 * the benchmark. The browser does the same in two steps (run-search.ts), loading the report reader
 * only for a paste that may be a report (report-detect.ts).
 */
export function planPaste(paste: string, siteLocale: 'cs' | 'en'): QueryPlan {
  return reduceQuery(paste, siteLocale, reportSearchText(paste));
}
