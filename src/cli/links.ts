import type { FindingId } from '../checker/index.ts';
import { readArticleFiles } from '../content/files.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * Where each finding is explained: the article section (`/{lang}/{article}/#cause-{cause}`)
 * whose facts file lists the finding under `causes[].findings`, else the checker page.
 * The article facts file is the one source of truth; nothing here repeats it.
 */
export interface FindingLinks {
  linkFor: (id: FindingId) => string;
  /** Why the articles could not be read, if they could not. */
  problem: string | null;
}

/** The site's public origin, as astro.config.mjs takes it. */
export function siteBase(env: NodeJS.ProcessEnv): string {
  return (env.TRUSTKB_SITE || 'http://127.0.0.1:4321').replace(/\/+$/, '');
}

export function findingLinks(lang: Locale, env: NodeJS.ProcessEnv, directory?: URL): FindingLinks {
  const base = siteBase(env);
  const fallback = `${base}/${lang}/checker/`;
  const links = new Map<string, string>();
  let problem: string | null = null;
  try {
    const articles = readArticleFiles(directory)
      .filter((article) => article.data.locale === lang)
      .sort((a, b) => a.data.id.localeCompare(b.data.id));
    for (const article of articles) {
      for (const cause of article.data.causes) {
        for (const finding of cause.findings) {
          if (!links.has(finding)) links.set(finding, `${base}/${lang}/${article.data.id}/#cause-${cause.id}`);
        }
      }
    }
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  return { linkFor: (id) => links.get(id) ?? fallback, problem };
}
