import type { ArticleData } from '../content/schema.ts';
import type { Locale } from '../i18n/locales.ts';

/** What MDX components need to know about the article they render in (MDX passes no frontmatter). */
export interface ArticleContext {
  data: ArticleData;
  locale: Locale;
}

/** Reads the article context set by the page, failing loudly when a component is used elsewhere. */
export function requireArticle(locals: App.Locals, component: string): ArticleContext {
  if (!locals.article) throw new Error(`<${component}> can only be used inside an article`);
  return locals.article;
}
