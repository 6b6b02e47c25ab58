import type { ArticleData } from '../content/schema.ts';
import { absoluteUrl, articlePath, resolutionAnchor } from './routes.ts';

/** schema.org TechArticle for an article page. */
export function techArticle(article: ArticleData, site: URL | string): object {
  const url = absoluteUrl(articlePath(article.locale, article.id), site);
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

/** schema.org HowTo for each resolution that has numbered steps. */
export function resolutionHowTos(article: ArticleData, stepsByResolution: Map<string, string[]>, site: URL | string): object[] {
  const pageUrl = absoluteUrl(articlePath(article.locale, article.id), site);
  return article.resolutions.flatMap((resolution) => {
    const steps = stepsByResolution.get(resolution.id) ?? [];
    if (steps.length === 0) return [];
    const url = `${pageUrl}#${resolutionAnchor(resolution.id)}`;
    return [
      {
        '@context': 'https://schema.org',
        '@type': 'HowTo',
        name: resolution.title,
        inLanguage: article.locale,
        url,
        step: steps.map((text, index) => ({
          '@type': 'HowToStep',
          position: index + 1,
          text,
          url: `${url}`,
        })),
      },
    ];
  });
}
