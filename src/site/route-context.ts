import type { TFunction } from 'i18next';
import { otherLocale, useTranslations, type Locale } from '../i18n/index.ts';
import type { PageHeadInput } from './head.ts';
import { homePath } from './routes.ts';
import { alternatesFor } from './static-paths.ts';

/** What a page is: it decides how search engines and Open Graph see it. */
export type PageKind = 'root' | 'home' | 'article' | 'listing' | 'checker' | 'search' | 'not-found';

/** What a page says about itself; everything else in the route context follows from it. */
export interface RouteInput {
  kind: PageKind;
  locale: Locale;
  /** The page's own title (the head appends the site name). */
  title: string;
  description: string;
  /** Site-relative path of this page with the base (src/site/routes.ts), e.g. `/cs/email-router-ssl-trust/`. */
  path: string;
  /** Paths of this page in every language, when it exists in each. */
  alternates?: Partial<Record<Locale, string>>;
  /** Structured data objects, one JSON-LD script each. */
  structuredData?: object[];
}

/** Where the header's language link leads. */
export interface LanguageSwitch {
  locale: Locale;
  path: string;
}

/**
 * The route's data, computed once per page render and read by every component that needs the
 * page's language, words or URLs, instead of each taking them as props and rebuilding them.
 */
export interface RouteContext {
  locale: Locale;
  /** The translator of the page's language. */
  t: TFunction;
  languageSwitch: LanguageSwitch;
  /**
   * The public address absolute URLs (canonical, hreflang, JSON-LD) are built on: `Astro.site`.
   * Null when none is configured: no canonical or hreflang is written, and JSON-LD names pages by path.
   */
  site: URL | string | null;
  /** What Head.astro turns into tags: the page's path (its canonical), alternates, kind-driven type and noindex. */
  head: PageHeadInput;
}

// Search results and the 404 have nothing of their own to index.
const UNINDEXED: readonly PageKind[] = ['search', 'not-found'];

/** The route context of one page; `site` is `Astro.site ?? null`. */
export function createRouteContext(input: RouteInput, site: URL | string | null): RouteContext {
  const alternates = input.alternates ?? {};
  const other = otherLocale(input.locale);
  return {
    locale: input.locale,
    t: useTranslations(input.locale),
    // A page that exists in one language only links the other language's home page.
    languageSwitch: { locale: other, path: alternates[other] ?? homePath(other) },
    site,
    head: {
      locale: input.locale,
      title: input.title,
      description: input.description,
      path: input.path,
      alternates,
      type: input.kind === 'article' ? 'article' : 'website',
      structuredData: input.structuredData ?? [],
      noindex: UNINDEXED.includes(input.kind),
    },
  };
}

/** Reads the route context set by the page, failing loudly when a page forgot to set it. */
export function requireRoute(locals: App.Locals, component: string): RouteContext {
  if (!locals.route) throw new Error(`<${component}> needs the route context: set Astro.locals.route in the page`);
  return locals.route;
}

/**
 * The route context of a page that exists once per language at `pathOf(locale)` (home, checker,
 * search): its alternates follow from the path, and its title and description are words of the
 * page's language, read through the context's own translator.
 */
export function localePageRoute(
  kind: PageKind,
  locale: Locale,
  pathOf: (locale: Locale) => string,
  describe: (t: TFunction) => { title: string; description: string },
  site: URL | string | null,
): RouteContext {
  const { title, description } = describe(useTranslations(locale));
  return createRouteContext(
    { kind, locale, title, description, path: pathOf(locale), alternates: alternatesFor(pathOf) },
    site,
  );
}
