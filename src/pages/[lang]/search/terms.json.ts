import type { APIRoute } from 'astro';
import { plainText } from '../../../content/steps.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { buildVocabulary } from '../../../search/vocabulary.ts';
import { getArticles } from '../../../site/articles.ts';
import { localePaths } from '../../../site/static-paths.ts';

export const getStaticPaths = localePaths;

/** The words of one language's articles, for the search's spelling fallback. */
export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const articles = await getArticles(props.locale);
  const texts = articles.flatMap((article) => [
    article.data.title,
    article.data.description,
    ...article.data.errorMessages.map((message) => message.text),
    ...article.data.causes.map((cause) => cause.title),
    ...article.data.resolutions.map((resolution) => resolution.title),
    plainText(article.body ?? ''),
  ]);
  return new Response(JSON.stringify(buildVocabulary(texts)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
