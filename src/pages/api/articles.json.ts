import type { APIRoute } from 'astro';
import { LOCALES } from '../../i18n/locales.ts';
import { ARTICLES_API_VERSION, jsonResponse, toArticleSummary } from '../../site/articles-api.ts';
import { getArticleVersions } from '../../site/articles.ts';

/**
 * The index of every article in both languages: a few fields each and the address of its full
 * record, so the file grows by a line per article instead of by whole articles.
 */
export const GET: APIRoute = async () => {
  const versions = await getArticleVersions();
  const articles = [...versions.values()].flatMap((version) =>
    LOCALES.map((locale) => toArticleSummary(version[locale].data)),
  );
  return jsonResponse({ version: ARTICLES_API_VERSION, articles });
};
