import type { APIRoute } from 'astro';
import type { Locale } from '../../../i18n/locales.ts';
import { searchStrings } from '../../../site/search-strings.ts';
import { localePaths } from '../../../site/static-paths.ts';

export const getStaticPaths = localePaths;

/** The search UI's words in one language, for the header box (loaded with the search code). */
export const GET: APIRoute<{ locale: Locale }> = ({ props }) =>
  new Response(JSON.stringify(searchStrings(props.locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
