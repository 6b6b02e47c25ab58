import { describe, expect, test } from 'vitest';
import { BUILT_SITES, builtPages, fileOf, type BuiltPage } from '../lib/built-site.ts';

/** Every internal link and anchor of every page must land somewhere real, in both builds. */
const idsOf = (page: BuiltPage): string[] => page.document.querySelectorAll('[id]').map((element) => element.id);

describe.each(BUILT_SITES)('$outDir', (site) => {
  const pages = builtPages(site);
  const byPath = new Map(pages.map((page) => [page.path, page]));

  test('no internal link, script, stylesheet, form or anchor is broken', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const references = page.document
        .querySelectorAll('[href], [src], [action]')
        .flatMap((element) => ['href', 'src', 'action'].flatMap((name) => element.getAttribute(name) ?? []));
      for (const reference of references) {
        if (/^(https?:|mailto:|data:)/.test(reference)) continue;
        const url = new URL(reference, `http://site${page.path}`);
        if (!fileOf(site, url.pathname)) {
          broken.push(`${page.path}: ${reference} (no such file)`);
          continue;
        }
        if (url.hash) {
          const target = byPath.get(url.pathname);
          const id = decodeURIComponent(url.hash.slice(1));
          if (!target || !idsOf(target).includes(id))
            broken.push(`${page.path}: ${reference} (no element with id "${id}")`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test('no page has duplicate ids', () => {
    const duplicates = pages.flatMap((page) =>
      idsOf(page)
        .filter((id, index, ids) => ids.indexOf(id) !== index)
        .map((id) => `${page.path}: ${id}`),
    );
    expect(duplicates).toEqual([]);
  });

  test('no page loads anything from another host', () => {
    const external: string[] = [];
    for (const page of pages) {
      for (const element of page.document.querySelectorAll('script, link, img, iframe, source')) {
        // Canonical, alternate and sitemap links name the site's own public address; they load nothing.
        if (element.tagName === 'LINK' && /^(canonical|alternate|sitemap)$/.test(element.getAttribute('rel') ?? ''))
          continue;
        for (const name of ['src', 'href', 'srcset']) {
          const url = element.getAttribute(name);
          if (url && /(^|\s|,)(https?:)?\/\//.test(url)) external.push(`${page.path}: <${element.rawTagName}> ${url}`);
        }
      }
    }
    expect(external).toEqual([]);
  });
});
