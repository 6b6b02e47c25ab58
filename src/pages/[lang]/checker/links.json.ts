import type { APIRoute } from 'astro';
import type { Locale } from '../../../i18n/locales.ts';
import { checkerLinks } from '../../../site/checker-links.ts';
import { linkTable } from '../../../explain/index.ts';
import { localePaths } from '../../../site/static-paths.ts';

export const getStaticPaths = localePaths;

/**
 * Which article section explains each checker finding, in one language. The checker loads it
 * with the parser on first use, so articles that embed the checker do not carry it.
 */
export const GET: APIRoute<{ locale: Locale }> = async ({ props }) =>
  new Response(JSON.stringify(linkTable(await checkerLinks(props.locale))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
