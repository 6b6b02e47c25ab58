import type { Diagnosis } from '../checker/index.ts';
import { buildReport, type CheckerWords, type ReportContext } from '../explain/index.ts';
import { cs } from '../explain/words/cs.ts';
import { en } from '../explain/words/en.ts';
import type { Locale } from '../i18n/locales.ts';
import type { LinkSite } from './links.ts';
import { STRINGS } from './strings/index.ts';

const WORDS: Record<Locale, CheckerWords> = { cs, en };

/** What the report says besides the diagnosis: the URL as given, when, and who presented the chain. */
export interface ReportInput {
  diagnosis: Diagnosis;
  url: string;
  now: Date;
  /** `host:port` when --connect fetched the chain. */
  presentedBy: string | null;
}

/**
 * The terminal report: the checker page's own report as plain text (verdict, findings with the
 * article sections that explain them, certificates), after the server it came from. Certificate
 * text is shown with control and bidirectional characters escaped, as on the page. Links are
 * absolute on the known site, else paths with one line saying where they open.
 */
export function renderReport(
  { diagnosis, url, now, presentedBy }: ReportInput,
  lang: Locale,
  links: Pick<ReportContext, 'links' | 'dotnetLinks'>,
  site: LinkSite,
): string {
  const context: ReportContext = {
    words: WORDS[lang],
    ...links,
    origin: site.siteUrl,
    ...(site.siteUrl === null ? { pathsNote: STRINGS[lang].linksArePaths } : {}),
  };
  const report = buildReport({ diagnosis, url, now }, context, 'text');
  return presentedBy ? `${STRINGS[lang].presentedBy(presentedBy)}\n\n${report}` : report;
}
