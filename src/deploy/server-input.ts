import { LOCALES, type Locale } from '../i18n/locales.ts';
import {
  assetHeaders,
  headerContentSecurityPolicy,
  IMMUTABLE_FILE,
  IMMUTABLE_FOLDERS,
  responseHeaders,
} from './policy.ts';
import { SERVER_FILES_IN_SITE, type SiteFiles } from './site-files.ts';

/** Everything a server config is written from: the policy applied to one build. */
export interface ServerConfigInput {
  /** `/` or `/kb/`: the path the site is served under. */
  base: string;
  /** The headers every response carries (CSP, security headers, HSTS when https). */
  headers: ReadonlyArray<readonly [string, string]>;
  /** The subset the immutable files carry where the host sets headers per folder. */
  assetHeaders: ReadonlyArray<readonly [string, string]>;
  /** Immutable folders that exist in this build, site-relative (`_astro/`). */
  immutableFolders: string[];
  /** Immutable files outside those folders, site-relative. */
  immutableFiles: string[];
  /** The bilingual 404 page, site-relative (`404.html`). */
  notFound: string;
  /** Each language's own 404 page, site-relative (`cs/404.html`), where the build wrote one. */
  localeNotFound: Partial<Record<Locale, string>>;
  /** Every extension in the build. */
  extensions: string[];
  /** Files that describe the server and are never served as content. */
  hiddenFiles: string[];
}

export function serverConfigInput(site: SiteFiles, options: { base: string; https: boolean }): ServerConfigInput {
  const has = (file: string): boolean => site.files.includes(file);
  const notFound = '404.html';
  if (!has(notFound)) throw new Error('The build has no 404.html; every server config points at it.');
  const localeNotFound: Partial<Record<Locale, string>> = {};
  for (const locale of LOCALES) {
    // Where src/site/build-hooks.ts puts each language's 404 page.
    const page = `${locale}/404.html`;
    if (has(page)) localeNotFound[locale] = page;
  }
  const immutableFolders = IMMUTABLE_FOLDERS.filter((folder) => site.files.some((file) => file.startsWith(folder)));
  const immutableFiles = site.files.filter((file) => IMMUTABLE_FILE.test(file));
  const headers = responseHeaders(headerContentSecurityPolicy(site.hashes), options.https);
  return {
    base: options.base,
    headers,
    assetHeaders: assetHeaders(headers),
    immutableFolders,
    immutableFiles,
    notFound,
    localeNotFound,
    extensions: site.extensions,
    hiddenFiles: [...SERVER_FILES_IN_SITE],
  };
}

/** A site-relative path as a URL path under the base: `cs/404.html` → `/kb/cs/404.html`. */
export function urlPath(input: Pick<ServerConfigInput, 'base'>, file: string): string {
  return `${input.base}${file}`;
}

export const GENERATED_NOTE =
  'Written by `npm run build` from src/deploy/policy.ts: change the policy there and rebuild, never this file.';
