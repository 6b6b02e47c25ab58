import type { TFunction } from 'i18next';
import type { ListingPageProps } from './listings.ts';
import { localePageRoute, type RouteContext } from './route-context.ts';

/**
 * The route context of one page of a listing. Each page is its own canonical URL, and its
 * alternate is the same page number in the other language: both languages have the same
 * articles, so their listings have the same pages. Pages after the first say their number in the
 * title, so no two pages share one.
 */
export function listingPageRoute(
  { locale, listing, page }: ListingPageProps,
  describe: (t: TFunction) => { title: string; description: string },
  site: URL | string | null,
): RouteContext {
  return localePageRoute(
    'listing',
    locale,
    (language) => listing.pathOf(language, page.page),
    (t) => {
      const { title, description } = describe(t);
      if (page.page === 1) return { title, description };
      return { title: t('listing.pageTitle', { title, page: page.page, pageCount: page.pageCount }), description };
    },
    site,
  );
}
