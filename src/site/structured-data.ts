import type { ArticleData } from '../content/schema.ts';
import type { Procedure } from '../content/steps.ts';
import { articlePath, publicUrl, resolutionAnchor } from './routes.ts';

/**
 * schema.org TechArticle for an article page. `site` is the public address; without one the
 * `url` is the page's site-relative path, as in its canonical link.
 */
export function techArticle(article: ArticleData, site: URL | string | null): object {
  const url = publicUrl(articlePath(article.locale, article.id), site);
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: article.title,
    description: article.description,
    inLanguage: article.locale,
    url,
    dateModified: article.reviewed.toISOString().slice(0, 10),
    about: article.appliesTo.map((item) => ({
      '@type': 'SoftwareApplication',
      name: item.product,
      ...(item.versions.length > 0 ? { softwareVersion: item.versions.join(', ') } : {}),
    })),
    publisher: { '@type': 'Organization', name: 'trustkb' },
  };
}

/** schema.org HowTo for each numbered procedure of each resolution. */
export function resolutionHowTos(
  article: ArticleData,
  proceduresByResolution: Map<string, Procedure[]>,
  site: URL | string | null,
): object[] {
  const pageUrl = publicUrl(articlePath(article.locale, article.id), site);
  return article.resolutions.flatMap((resolution) =>
    (proceduresByResolution.get(resolution.id) ?? []).map((procedure) => {
      const url = `${pageUrl}#${resolutionAnchor(resolution.id)}`;
      return {
        '@context': 'https://schema.org',
        '@type': 'HowTo',
        name: procedure.heading ? `${resolution.title}: ${procedure.heading}` : resolution.title,
        inLanguage: article.locale,
        url,
        step: procedure.steps.map((text, index) => ({ '@type': 'HowToStep', position: index + 1, text, url })),
      };
    }),
  );
}
