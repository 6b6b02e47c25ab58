import type { APIRoute } from 'astro';
import { plainText } from '../../../../content/steps.ts';
import { LOCALES, type Locale } from '../../../../i18n/locales.ts';
import { buildVocabulary, buildVocabularyChunks } from '../../../../search/vocabulary.ts';
import { getArticles } from '../../../../site/articles.ts';
import { dataCacheKey } from '../../../../site/page-cache-key.ts';

/**
 * The words of one language's articles, for the search's spelling fallback, in chunks:
 * `terms/index.json` says how many, `terms/<n>.json` holds one (src/search/vocabulary.ts). A
 * correction fetches the index and the chunks its words can be in, never the whole list.
 */
export async function getStaticPaths() {
  const paths = [];
  for (const locale of LOCALES) {
    const { manifest, chunks } = buildVocabularyChunks(await vocabularyOf(locale));
    // Each file is its body and nothing else: an unchanged chunk is copied from the last build.
    paths.push({
      params: { lang: locale, chunk: 'index' },
      props: { body: manifest },
      cacheKey: dataCacheKey(manifest),
    });
    for (const [number, chunk] of chunks.entries())
      paths.push({
        params: { lang: locale, chunk: String(number) },
        props: { body: chunk },
        cacheKey: dataCacheKey(chunk),
      });
  }
  return paths;
}

async function vocabularyOf(locale: Locale): Promise<string[]> {
  const articles = await getArticles(locale);
  return buildVocabulary(
    articles.flatMap((article) => [
      article.data.title,
      article.data.description,
      ...article.data.errorMessages.map((message) => message.text),
      ...article.data.causes.map((cause) => cause.title),
      ...article.data.resolutions.map((resolution) => resolution.title),
      plainText(article.body),
    ]),
  );
}

export const GET: APIRoute<{ body: unknown }> = ({ props }) =>
  new Response(JSON.stringify(props.body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
