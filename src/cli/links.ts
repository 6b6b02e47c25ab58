import { FINDING_IDS, type FindingId } from '../checker/index.ts';
import { mdxHeadings } from '../content/headings.ts';
import { readArticleFiles } from '../content/files.ts';
import { DOTNET_TERMS, findingLinks, type DotnetTerm, type FindingLink } from '../explain/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { readPublicAddress } from '../site/public-address.ts';
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

/** Which trustkb site the report's links lead to. */
export interface LinkSite {
  /** `https://kb.example.org/kb/`: links are absolute on it; null when no address is known. */
  siteUrl: string | null;
  /** The path the site is served under, `/` or `/kb/`: links carry it either way. */
  base: string;
}

/**
 * --site when given (already checked by parseArgs), else TRUSTKB_SITE and TRUSTKB_BASE, the
 * settings the site was built with. Never a made-up address: without one, links stay paths.
 * Throws PublicAddressError when an environment setting cannot be used.
 */
export function linkSite(env: NodeJS.ProcessEnv, site: string | null): LinkSite {
  if (site !== null) return { siteUrl: site, base: new URL(site).pathname };
  const { siteUrl, base } = readPublicAddress(env);
  return { siteUrl, base };
}

/** The links of every finding in one language, as paths under `base`. */
export function cliFindingLinks(lang: Locale, base: string, directory?: URL): CliFindingLinks {
  try {
    const articles = readArticleFiles(directory)
      .filter((article) => article.data.locale === lang)
      .map((article) => ({ data: article.data, headings: mdxHeadings(article.body) }));
    const links = findingLinks(articles, base);
    return {
      links: new Map(FINDING_IDS.map((id) => [id, links[id]])),
      dotnetLinks: new Map(DOTNET_TERMS.map((term) => [term, links.dotnet[term]])),
      problem: null,
    };
  } catch (error) {
    const checker = [{ href: checkerPath(lang, base), title: STRINGS[lang].checkerPage }];
    return {
      links: new Map(FINDING_IDS.map((id) => [id, checker])),
      dotnetLinks: new Map(),
      problem: error instanceof Error ? error.message : String(error),
    };
  }
}
