import { describe, expect, it } from 'vitest';
import { ALL_PAGES_NAMED_UP_TO, LISTING_PAGE_SIZE, pageLinks, paginate } from '../../../src/site/pagination.ts';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('paginate', () => {
  it.each([
    { name: 'an empty list is one empty page', count: 0, size: 50, want: [0] },
    { name: 'fewer items than a page fill one page', count: 9, size: 50, want: [9] },
    { name: 'a full page is one page', count: 50, size: 50, want: [50] },
    { name: 'one more item opens a page', count: 51, size: 50, want: [50, 1] },
    { name: 'a thousand items are twenty pages', count: 1000, size: 50, want: Array(20).fill(50) },
  ])('$name', ({ count, size, want }) => {
    const pages = paginate(numbers(count), size);
    expect(pages.map((page) => page.items.length)).toEqual(want);
    expect(pages.map((page) => page.page)).toEqual(numbers(want.length));
    expect(pages.every((page) => page.pageCount === want.length)).toBe(true);
  });

  it('keeps every item once, in order', () => {
    const items = numbers(1234);
    expect(paginate(items, 50).flatMap((page) => page.items)).toEqual(items);
  });

  it('uses the listing page size by default', () => {
    expect(paginate(numbers(LISTING_PAGE_SIZE + 1))).toHaveLength(2);
  });

  it('refuses a page size that holds nothing', () => {
    expect(() => paginate([1], 0)).toThrow(/at least one item/);
    expect(() => paginate([1], 1.5)).toThrow(/at least one item/);
  });
});

describe('pageLinks', () => {
  it.each([
    { name: 'a single page', current: 1, count: 1, want: [1] },
    { name: 'few pages are all named', current: 3, count: 5, want: [1, 2, 3, 4, 5] },
    { name: 'a thousand articles (20 pages) are all named', current: 7, count: 20, want: numbers(20) },
    { name: 'the first of many', current: 1, count: 60, want: [1, 2, 3, 'gap', 60] },
    { name: 'the middle of many', current: 30, count: 60, want: [1, 'gap', 28, 29, 30, 31, 32, 'gap', 60] },
    { name: 'the last of many', current: 60, count: 60, want: [1, 'gap', 58, 59, 60] },
    { name: 'a gap of one page names the page', current: 5, count: 60, want: [1, 2, 3, 4, 5, 6, 7, 'gap', 60] },
  ])('$name', ({ current, count, want }) => {
    expect(pageLinks(current, count)).toEqual(want);
  });

  it('names every page up to the limit, then at most nine entries, the current page among them, in order', () => {
    for (const count of [1, 2, 7, ALL_PAGES_NAMED_UP_TO, ALL_PAGES_NAMED_UP_TO + 1, 200]) {
      for (let current = 1; current <= count; current++) {
        const links = pageLinks(current, count);
        expect(links.length).toBeLessThanOrEqual(count <= ALL_PAGES_NAMED_UP_TO ? count : 9);
        expect(links).toContain(current);
        expect(links[0]).toBe(1);
        expect(links.at(-1)).toBe(count);
        const named = links.filter((link) => link !== 'gap');
        expect(named).toEqual([...named].sort((a, b) => a - b));
        // A gap always stands for two pages or more: neighbours across a gap differ by at least 3.
        links.forEach((link, index) => {
          if (link === 'gap') expect((links[index + 1] as number) - (links[index - 1] as number)).toBeGreaterThan(2);
        });
      }
    }
  });

  it('refuses a page outside the listing', () => {
    expect(() => pageLinks(0, 3)).toThrow(/not between 1 and 3/);
    expect(() => pageLinks(4, 3)).toThrow(/not between 1 and 3/);
  });
});
