import featuredSource from '../../content/featured.yaml?raw';
import { parseFeatured } from '../content/featured.ts';
import type { SymptomGroup } from '../content/schema.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { groupByProduct, groupBySymptom } from './article-groups.ts';
import { getArticles, getArticleVersions, type ArticleEntry } from './articles.ts';
import { paginate, type ListingPage } from './pagination.ts';
import { oncePerLocale } from '../i18n/per-locale-cache.ts';
import { articlesPath, errorGroupPath, productPath } from './routes.ts';

/**
 * What the home page, the listing pages and the sitemap show of the collection, computed once
 * per language and build: every article, the articles of each error seen and of each product,
 * and the featured few. The pages read it instead of each grouping the articles again.
 */
export type AllArticles = { kind: 'all' };
export type ErrorSeen = { kind: 'error'; group: SymptomGroup };
export type Product = { kind: 'product'; product: string; slug: string };

export interface Listing<Of extends AllArticles | ErrorSeen | Product = AllArticles | ErrorSeen | Product> {
  /** Which listing: all articles, one symptom group, or one product. */
  of: Of;
  /** The path of its page `page` (from 1) in a language. */
  pathOf: (locale: Locale, page: number) => string;
  /** Its articles in the language's title order. */
  articles: readonly ArticleEntry[];
}

export interface Listings {
  all: Listing<AllArticles>;
  byError: Listing<ErrorSeen>[];
  /** Products with the most articles first. */
  byProduct: Listing<Product>[];
  /** The featured articles (content/featured.yaml), in the file's order. */
  featured: ArticleEntry[];
}

/** Every listing, the list of all articles first: what the listing routes and the sitemap walk. */
export function allListings(listings: Listings): Listing[] {
  return [listings.all, ...listings.byError, ...listings.byProduct];
}

/** The listings of one language, computed once per build. */
export const getListings: (locale: Locale) => Promise<Listings> = oncePerLocale(computeListings);

async function computeListings(locale: Locale): Promise<Listings> {
  const articles = await getArticles(locale);
  const versions = await getArticleVersions();
  const featuredIds = parseFeatured(featuredSource, new Set(versions.keys()));
  return {
    all: { of: { kind: 'all' as const }, pathOf: (lang, page) => articlesPath(lang, page), articles },
    byError: groupBySymptom(articles).map(({ group, articles: members }) => ({
      of: { kind: 'error' as const, group },
      pathOf: (lang, page) => errorGroupPath(lang, group, page),
      articles: members,
    })),
    byProduct: groupByProduct(articles, locale).map(({ product, slug, articles: members }) => ({
      of: { kind: 'product' as const, product, slug },
      pathOf: (lang, page) => productPath(lang, slug, page),
      articles: members,
    })),
    featured: featuredIds.map((id) => versions.get(id)![locale]),
  };
}

/** Props of one listing page: the listing, and the page's number, page count and articles. */
export interface ListingPageProps<Of extends Listing = Listing> {
  locale: Locale;
  listing: Of;
  page: ListingPage<ArticleEntry>;
}

/**
 * getStaticPaths of a listing route in every language: one path per page of each listing that
 * `pick` returns, page 1 at the listing's folder (`page` undefined), page n at `n/`.
 * `params` names the route's other parameters for a listing (the group, the product slug).
 */
export async function listingStaticPaths<Of extends Listing>(
  pick: (listings: Listings) => Of[],
  params: (listing: Of) => Record<string, string>,
): Promise<{ params: Record<string, string | undefined>; props: ListingPageProps<Of> }[]> {
  const paths = await Promise.all(
    LOCALES.map(async (locale) =>
      pick(await getListings(locale)).flatMap((listing) =>
        paginate(listing.articles).map((page) => ({
          params: { lang: locale, ...params(listing), page: page.page === 1 ? undefined : String(page.page) },
          props: { locale, listing, page },
        })),
      ),
    ),
  );
  return paths.flat();
}
