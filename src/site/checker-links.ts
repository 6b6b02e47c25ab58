import { render } from 'astro:content';
import type { FindingId } from '../checker/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { getArticleVersions } from './articles.ts';
import { findingLinks, type FindingLink } from '../explain/index.ts';

const cache = new Map<Locale, Promise<Record<FindingId, FindingLink[]>>>();

/** Every finding's article links in one language, from the built articles (once per build). */
export function checkerLinks(locale: Locale): Promise<Record<FindingId, FindingLink[]>> {
  let links = cache.get(locale);
  if (!links) {
    links = load(locale);
    cache.set(locale, links);
  }
  return links;
}

async function load(locale: Locale): Promise<Record<FindingId, FindingLink[]>> {
  const versions = await getArticleVersions();
  const articles = await Promise.all(
    [...versions.values()].map(async (version) => ({
      data: version[locale].data,
      headings: (await render(version[locale])).headings,
    })),
  );
  return findingLinks(articles);
}
