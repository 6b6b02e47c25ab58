import type { APIRoute, GetStaticPaths } from 'astro';
import type { ArticleData } from '../../../../content/schema.ts';
import { LOCALES } from '../../../../i18n/locales.ts';
import { ARTICLES_API_VERSION, jsonResponse, toArticleRecord } from '../../../../site/articles-api.ts';
import { getArticleVersions } from '../../../../site/articles.ts';

/** One article in one language, in full: causes, resolutions, anchors and checker findings. */
export const getStaticPaths = (async () => {
  const versions = await getArticleVersions();
  return [...versions.values()].flatMap((version) =>
    LOCALES.map((locale) => ({
      params: { lang: locale, id: version[locale].data.id },
      props: { article: version[locale].data },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: ArticleData }> = ({ props }) =>
  jsonResponse({ version: ARTICLES_API_VERSION, article: toArticleRecord(props.article) });
