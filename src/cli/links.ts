import { FINDING_IDS, type FindingId } from '../checker/index.ts';
import { mdxHeadings } from '../content/headings.ts';
import { readArticleFiles } from '../content/files.ts';
import { DOTNET_TERMS, findingLinks, type DotnetTerm, type FindingLink } from '../explain/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { checkerPath } from '../site/routes.ts';
import { STRINGS } from './strings/index.ts';

/**
 * The article sections that explain each finding, for the CLI: the same links as the checker
 * page (src/explain/links.ts builds both), from the articles on disk instead of the built site.
 */
export interface CliFindingLinks {
  links: ReadonlyMap<FindingId, readonly FindingLink[]>;
  /** Where the terms of a .NET report are explained (none when the articles cannot be read). */
  dotnetLinks: ReadonlyMap<DotnetTerm, readonly FindingLink[]>;
  /** Why the articles could not be read, if they could not: every finding then points at the checker page. */
  problem: string | null;
}

/** The site's public origin, as astro.config.mjs takes it. */
export function siteBase(env: NodeJS.ProcessEnv): string {
  return (env.TRUSTKB_SITE || 'http://127.0.0.1:4321').replace(/\/+$/, '');
}

export function cliFindingLinks(lang: Locale, directory?: URL): CliFindingLinks {
  try {
    const articles = readArticleFiles(directory)
      .filter((article) => article.data.locale === lang)
      .map((article) => ({ data: article.data, headings: mdxHeadings(article.body) }));
    const links = findingLinks(articles);
    return {
      links: new Map(FINDING_IDS.map((id) => [id, links[id]])),
      dotnetLinks: new Map(DOTNET_TERMS.map((term) => [term, links.dotnet[term]])),
      problem: null,
    };
  } catch (error) {
    const checker = [{ href: checkerPath(lang), title: STRINGS[lang].checkerPage }];
    return {
      links: new Map(FINDING_IDS.map((id) => [id, checker])),
      dotnetLinks: new Map(),
      problem: error instanceof Error ? error.message : String(error),
    };
  }
}
