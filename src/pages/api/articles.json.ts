import type { APIRoute } from 'astro';
import { LOCALES } from '../../i18n/locales.ts';
import { toArticleRecord } from '../../site/articles-api.ts';
import { getArticleVersions } from '../../site/articles.ts';

/** Every article in both languages, for integrations and for the checker's links. */
export const GET: APIRoute = async () => {
  const versions = await getArticleVersions();
  const articles = [...versions.values()].flatMap((version) =>
    LOCALES.map((locale) => toArticleRecord(version[locale].data)),
  );
  return new Response(JSON.stringify({ version: 1, articles }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
