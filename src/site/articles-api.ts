import type { ArticleData } from '../content/schema.ts';
import { articlePath, causeAnchor, resolutionAnchor } from './routes.ts';

/** One article in one language, as /api/articles.json publishes it. */
export interface ArticleRecord {
  id: string;
  locale: string;
  url: string;
  title: string;
  description: string;
  originalKb: number | null;
  appliesTo: { product: string; versions: string[] }[];
  errorMessages: { text: string; lang: string; source: string; shared: boolean }[];
  causes: { id: string; title: string; anchor: string; url: string; findings: string[]; sharedFindings: string[] }[];
  resolutions: { id: string; title: string; anchor: string; url: string; causes: string[] }[];
  related: string[];
  reviewed: string;
}

export function toArticleRecord(article: ArticleData): ArticleRecord {
  const url = articlePath(article.locale, article.id);
  return {
    id: article.id,
    locale: article.locale,
    url,
    title: article.title,
    description: article.description,
    originalKb: article.originalKb ?? null,
    appliesTo: article.appliesTo,
    errorMessages: article.errorMessages,
    causes: article.causes.map((cause) => ({
      id: cause.id,
      title: cause.title,
      anchor: causeAnchor(cause.id),
      url: `${url}#${causeAnchor(cause.id)}`,
      findings: cause.findings,
      sharedFindings: cause.sharedFindings,
    })),
    resolutions: article.resolutions.map((resolution) => ({
      id: resolution.id,
      title: resolution.title,
      anchor: resolutionAnchor(resolution.id),
      url: `${url}#${resolutionAnchor(resolution.id)}`,
      causes: resolution.causes,
    })),
    related: article.related,
    reviewed: article.reviewed.toISOString().slice(0, 10),
  };
}
