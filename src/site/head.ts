import { LOCALES, type Locale } from '../i18n/locales.ts';
import { siteBase } from './base.ts';
import { publicUrl, rootPath, sitemapPath } from './routes.ts';

/** One element of <head>, as data: built and ordered here, rendered by Head.astro, tested alone. */
export interface HeadTag {
  tag: 'meta' | 'link' | 'script';
  attrs: Record<string, string>;
  /** Text content, for JSON-LD scripts. */
  content?: string;
}

export interface PageHeadInput {
  locale: Locale;
  /** The page's own title; the site name is appended unless it is the home page. */
  title: string;
  description: string;
  /** Site-relative path of this page with the base (src/site/routes.ts), e.g. `/cs/email-router-ssl-trust/`. */
  path: string;
  /** Paths of this page in every language, when it exists in each. */
  alternates?: Partial<Record<Locale, string>>;
  /** Open Graph type. */
  type?: 'website' | 'article';
  /** Structured data objects, one JSON-LD script each. */
  structuredData?: object[];
  /** Keep the page out of search engines (404). */
  noindex?: boolean;
}

const SITE_NAME = 'trustkb';
const OG_LOCALE: Record<Locale, string> = { cs: 'cs_CZ', en: 'en_GB' };

export function pageTitle(input: Pick<PageHeadInput, 'title'>): string {
  return input.title === SITE_NAME ? SITE_NAME : `${input.title} | ${SITE_NAME}`;
}

/**
 * Every head tag of a page except <title>, charset and viewport, in a stable order. `site` is the
 * public address. Without one there is no canonical, hreflang, og:url or sitemap link: they exist
 * for search engines and link previews, which need absolute URLs (Google ignores a relative
 * hreflang), and a build that does not know its address must not invent one.
 */
export function buildHeadTags(input: PageHeadInput, site: URL | string | null, base = siteBase()): HeadTag[] {
  const canonical = site === null ? null : publicUrl(input.path, site);
  const tags: HeadTag[] = [{ tag: 'meta', attrs: { name: 'description', content: input.description } }];
  if (canonical) tags.push({ tag: 'link', attrs: { rel: 'canonical', href: canonical } });
  if (input.noindex) tags.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });

  const alternates = site === null ? {} : (input.alternates ?? {});
  for (const locale of LOCALES) {
    const path = alternates[locale];
    if (path) tags.push({ tag: 'link', attrs: { rel: 'alternate', hreflang: locale, href: publicUrl(path, site) } });
  }
  if (LOCALES.every((locale) => alternates[locale])) {
    // The root page picks the visitor's language, so it is the right answer for everyone else.
    tags.push({
      tag: 'link',
      attrs: { rel: 'alternate', hreflang: 'x-default', href: publicUrl(rootPath(base), site) },
    });
  }

  tags.push(
    { tag: 'meta', attrs: { property: 'og:type', content: input.type ?? 'website' } },
    { tag: 'meta', attrs: { property: 'og:site_name', content: SITE_NAME } },
    { tag: 'meta', attrs: { property: 'og:title', content: input.title } },
    { tag: 'meta', attrs: { property: 'og:description', content: input.description } },
    ...(canonical ? [{ tag: 'meta' as const, attrs: { property: 'og:url', content: canonical } }] : []),
    { tag: 'meta', attrs: { property: 'og:locale', content: OG_LOCALE[input.locale] } },
  );
  for (const locale of LOCALES) {
    if (locale !== input.locale && input.alternates?.[locale]) {
      tags.push({ tag: 'meta', attrs: { property: 'og:locale:alternate', content: OG_LOCALE[locale] } });
    }
  }
  if (site !== null)
    tags.push({ tag: 'link', attrs: { rel: 'sitemap', href: publicUrl(sitemapPath(undefined, base), site) } });

  for (const data of input.structuredData ?? []) {
    tags.push({ tag: 'script', attrs: { type: 'application/ld+json' }, content: serializeJsonLd(data) });
  }
  return tags;
}

/** JSON for a <script> element: `<` escaped so no text in the data can close the element. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
