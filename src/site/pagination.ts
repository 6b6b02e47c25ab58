/**
 * Listing pages show a fixed number of articles each, so no page grows with the collection; the
 * page navigation names a fixed number of pages, for the same reason.
 */

/** Articles per listing page: enough to scan, small enough to stay light (about 50 cards). */
export const LISTING_PAGE_SIZE = 50;

/** One page of a listing: its number (from 1), how many pages there are, and its items. */
export interface ListingPage<Item> {
  page: number;
  pageCount: number;
  items: Item[];
}

/** How many pages `itemCount` items take at `size` a page: at least one, so the listing still exists. */
export function pageCountOf(itemCount: number, size = LISTING_PAGE_SIZE): number {
  if (!Number.isInteger(size) || size < 1) throw new Error(`a page holds at least one item, got ${size}`);
  return Math.max(1, Math.ceil(itemCount / size));
}

/** Splits items into pages of `size`; an empty list is one empty page, so the listing still exists. */
export function paginate<Item>(items: readonly Item[], size = LISTING_PAGE_SIZE): ListingPage<Item>[] {
  const pageCount = pageCountOf(items.length, size);
  return Array.from({ length: pageCount }, (_, index) => ({
    page: index + 1,
    pageCount,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/** A page number to link, or a gap (`'gap'`) standing for the pages left out between two numbers. */
export type PageLink = number | 'gap';

/**
 * Up to this many pages, the navigation names every page, so any article is three clicks from the
 * home page (listing, page, article): 25 pages hold 1,250 articles at 50 a page.
 */
export const ALL_PAGES_NAMED_UP_TO = 25;

/**
 * The page numbers a page's navigation names. Every page for a listing of up to
 * ALL_PAGES_NAMED_UP_TO pages; beyond, the first and the last, and `around` on either side of the
 * current one, what lies between being a gap: then at most `2 * around + 5` entries, however many
 * pages there are. A gap never stands for a single page: that page is named instead.
 */
export function pageLinks(current: number, pageCount: number, around = 2): PageLink[] {
  if (current < 1 || current > pageCount) throw new Error(`page ${current} is not between 1 and ${pageCount}`);
  if (pageCount <= ALL_PAGES_NAMED_UP_TO) return Array.from({ length: pageCount }, (_, index) => index + 1);
  const shown = new Set([1, pageCount]);
  for (let page = current - around; page <= current + around; page++) {
    if (page >= 1 && page <= pageCount) shown.add(page);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  sorted.forEach((page, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && page - previous === 2) links.push(previous + 1);
    else if (previous !== undefined && page - previous > 2) links.push('gap');
    links.push(page);
  });
  return links;
}
