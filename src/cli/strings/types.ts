import type { UsageError } from '../args.ts';

/**
 * One language of the CLI's own words: its usage and its errors. What it says about a
 * certificate comes from src/explain/, the same words as the checker page.
 */
export interface CliStrings {
  usage: string;
  usageError: (error: UsageError) => string;
  cannotRead: (file: string, reason: string) => string;
  connectFailed: (target: string, reason: string) => string;
  linksUnavailable: (reason: string) => string;
  /** TRUSTKB_SITE or TRUSTKB_BASE in the environment cannot be used as the site's address. */
  badSiteSetting: (variable: 'TRUSTKB_SITE' | 'TRUSTKB_BASE', value: string) => string;
  /** Once per report whose links are paths (no site address known): where they open, and how to get full ones. */
  linksArePaths: string;
  /** The link title of the checker page, where findings point when the articles cannot be read. */
  checkerPage: string;
  /** The first line when --connect fetched the chain: which server presented it. */
  presentedBy: (target: string) => string;
}
