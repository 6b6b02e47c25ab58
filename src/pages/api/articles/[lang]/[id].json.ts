import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES } from '../../../../i18n/locales.ts';
import {
  ARTICLES_API_VERSION,
  jsonResponse,
  toArticleRecord,
  type ArticleRecord,
} from '../../../../site/articles-api.ts';
import { getArticleVersions } from '../../../../site/articles.ts';
import { dataCacheKey } from '../../../../site/page-cache-key.ts';

/** One article in one language, in full: causes, resolutions, anchors and checker findings. */
export const getStaticPaths = (async () => {
  const versions = await getArticleVersions();
  return [...versions.values()].flatMap((version) =>
    LOCALES.map((locale) => {
      const article = toArticleRecord(version[locale].data);
      // The file is the record and nothing else: an unchanged record is copied from the last build.
      return { params: { lang: locale, id: article.id }, props: { article }, cacheKey: dataCacheKey(article) };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: ArticleRecord }> = ({ props }) =>
  jsonResponse({ version: ARTICLES_API_VERSION, article: props.article });
