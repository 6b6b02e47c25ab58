import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST, htmlFiles, urlPathOf } from './site-pages.ts';

/** Reads the built files directly: every internal link and anchor must land somewhere real. */
const pages = new Map(htmlFiles().map((file) => [urlPathOf(file), readFileSync(file, 'utf8')]));

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

function targetExists(path: string): boolean {
  if (pages.has(path)) return true;
  const file = join(DIST, decodeURIComponent(path));
  return existsSync(file) && !file.endsWith('/');
}

test('no internal link, script, stylesheet or anchor in dist/ is broken', () => {
  const broken: string[] = [];
  for (const [pagePath, html] of pages) {
    const references = [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((match) => match[1]!);
    for (const reference of references) {
      if (/^(https?:|mailto:|data:)/.test(reference)) continue;
      const url = new URL(reference, `http://site${pagePath}`);
      if (!targetExists(url.pathname)) {
        broken.push(`${pagePath}: ${reference} (no such file)`);
        continue;
      }
      if (url.hash) {
        const targetHtml = pages.get(url.pathname);
        const id = decodeURIComponent(url.hash.slice(1));
        if (!targetHtml || !idsOf(targetHtml).has(id))
          broken.push(`${pagePath}: ${reference} (no element with id "${id}")`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('no page has duplicate ids', () => {
  const duplicates: string[] = [];
  for (const [pagePath, html] of pages) {
    const seen = new Set<string>();
    for (const [, id] of html.matchAll(/\sid="([^"]+)"/g)) {
      if (seen.has(id!)) duplicates.push(`${pagePath}: ${id}`);
      seen.add(id!);
    }
  }
  expect(duplicates).toEqual([]);
});

test('no page loads anything from another host', () => {
  const external: string[] = [];
  for (const [pagePath, html] of pages) {
    for (const [, tag, url] of html.matchAll(
      /<(script|link|img|iframe|source)\b[^>]*\s(?:src|href)="(https?:[^"]*)"/g,
    )) {
      // Canonical, alternate and sitemap links name the site's own public address; they load nothing.
      if (
        tag === 'link' &&
        /rel="(canonical|alternate|sitemap)"/.test(html.slice(html.indexOf(url!) - 200, html.indexOf(url!)))
      )
        continue;
      external.push(`${pagePath}: <${tag}> ${url}`);
    }
  }
  expect(external).toEqual([]);
});
