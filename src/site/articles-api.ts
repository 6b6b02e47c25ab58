import type { ArticleData } from '../content/schema.ts';
import { siteBase } from './base.ts';
import { articleJsonPath, articlePath, causeAnchor, resolutionAnchor } from './routes.ts';

/**
 * The version of the articles API. 2: /api/articles.json became an index of ArticleSummary, and
 * each article's full record moved to its own file (ArticleRecord at `json`).
 */
export const ARTICLES_API_VERSION = 2;

/** One article in one language, as the index /api/articles.json lists it. */
export interface ArticleSummary {
  id: string;
  locale: string;
  title: string;
  /** The article page, with the site's base: `/kb/en/certificate-expired/`. */
  url: string;
  /** The date the article was last reviewed, `YYYY-MM-DD`. */
  reviewed: string;
  /** Its full record: `/kb/api/articles/en/certificate-expired.json`. */
  json: string;
}

/** One article in one language, in full, as `/api/articles/<locale>/<id>.json` publishes it. */
export interface ArticleRecord {
  id: string;
  locale: string;
  url: string;
  title: string;
  description: string;
  originalKb: number | null;
  appliesTo: { product: string; versions: string[] }[];
  errorMessages: { text: string; lang: string; source: string; shared: boolean }[];
  causes: {
    id: string;
    title: string;
    anchor: string;
    url: string;
    findings: string[];
    sharedFindings: string[];
  }[];
  resolutions: { id: string; title: string; anchor: string; url: string; causes: string[] }[];
  related: string[];
  reviewed: string;
}

/** The body of /api/articles.json. */
export interface ArticlesIndex {
  version: typeof ARTICLES_API_VERSION;
  articles: ArticleSummary[];
}

/** The body of one article's file. */
export interface ArticleFile {
  version: typeof ARTICLES_API_VERSION;
  article: ArticleRecord;
}

const reviewedDate = (article: ArticleData): string => article.reviewed.toISOString().slice(0, 10);

/** The index entry of one article in one language; `base` is the build's unless a test names one. */
export function toArticleSummary(article: ArticleData, base = siteBase()): ArticleSummary {
  return {
    id: article.id,
    locale: article.locale,
    title: article.title,
    url: articlePath(article.locale, article.id, base),
    reviewed: reviewedDate(article),
    json: articleJsonPath(article.locale, article.id, base),
  };
}

/** The full record of one article in one language; `base` as for toArticleSummary. */
export function toArticleRecord(article: ArticleData, base = siteBase()): ArticleRecord {
  const url = articlePath(article.locale, article.id, base);
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
    reviewed: reviewedDate(article),
  };
}

/** The JSON response every API file is sent as. */
export function jsonResponse(body: ArticlesIndex | ArticleFile): Response {
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
