import type { APIRoute } from 'astro';
import { catalogGroups, loadIdentifierCatalog } from '../../../content/identifier-catalog.ts';
import { useTranslations, type Locale } from '../../../i18n/index.ts';
import { splitTarget, type SearchCatalog, type TargetPage } from '../../../search/identifiers.ts';
import { getArticles } from '../../../site/articles.ts';
import { articlePath, causeAnchor } from '../../../site/routes.ts';
import { localePaths } from '../../../site/static-paths.ts';

export const getStaticPaths = localePaths;

/**
 * The identifier catalog for one language's search: the groups to match, and for each target the
 * URL and titles of the section it leads to. A target that names no cause or triage of its article
 * fails the build.
 */
export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const t = useTranslations(props.locale);
  const articles = await getArticles(props.locale);
  const groups = catalogGroups(loadIdentifierCatalog());
  const targets: Record<string, TargetPage> = {};
  for (const { target } of groups) {
    const { article: articleId, section } = splitTarget(target);
    const article = articles.find((candidate) => candidate.data.id === articleId);
    const cause = article?.data.causes.find((candidate) => candidate.id === section);
    const triage = section === 'triage' && /<Triage\b/.test(article?.body ?? '');
    if (!article || (!cause && !triage))
      throw new Error(`content/identifiers/catalog.yaml: no such section: ${target}`);
    targets[target] = {
      url: `${articlePath(props.locale, articleId)}#${cause ? causeAnchor(cause.id) : 'triage'}`,
      title: article.data.title,
      section: cause ? cause.title : t('article.triage'),
    };
  }
  const catalog: SearchCatalog = { groups, targets };
  return new Response(JSON.stringify(catalog), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
