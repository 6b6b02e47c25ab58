import type { TFunction } from 'i18next';
import { useTranslations } from '../i18n/index.ts';
import type { ListingPageProps } from './listings.ts';
import { createRouteContext, type RouteContext } from './route-context.ts';
import { alternatesFor } from './static-paths.ts';

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
  const t = useTranslations(locale);
  const { title, description } = describe(t);
  return createRouteContext(
    {
      kind: 'listing',
      locale,
      title: page.page === 1 ? title : t('listing.pageTitle', { title, page: page.page, pageCount: page.pageCount }),
      description,
      path: listing.pathOf(locale, page.page),
      alternates: alternatesFor((other) => listing.pathOf(other, page.page)),
    },
    site,
  );
}
