import { render } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import { getArticleVersions } from './articles.ts';
import { findingLinks, type CheckerLinks } from '../explain/index.ts';

const cache = new Map<Locale, Promise<CheckerLinks>>();

/**
 * Every finding's article links in one language, and every .NET term's under `dotnet`, from the
 * built articles (once per build).
 */
export function checkerLinks(locale: Locale): Promise<CheckerLinks> {
  let links = cache.get(locale);
  if (!links) {
    links = load(locale);
    cache.set(locale, links);
  }
  return links;
}

async function load(locale: Locale): Promise<CheckerLinks> {
  const versions = await getArticleVersions();
  const articles = await Promise.all(
    [...versions.values()].map(async (version) => ({
      data: version[locale].data,
      headings: (await render(version[locale])).headings,
    })),
  );
  return findingLinks(articles);
}
