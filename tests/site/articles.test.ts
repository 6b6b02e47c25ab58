import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readArticleFiles } from '../../src/content/files.ts';
import { causeAnchor, resolutionAnchor } from '../../src/site/routes.ts';
import { articlePages, type ArticlePage } from '../lib/article-pages.ts';
import { SITE } from '../lib/built-site.ts';

/**
 * The markup of every article page, held against the article files on disk (as the CLI reads
 * them): what a reader without JavaScript gets. The browser tests check on one article per
 * language that the stylesheet shows it and the scripts work (tests/e2e/articles.spec.ts).
 */
const files = readArticleFiles();
const pages = articlePages();
const key = ({ locale, id }: { locale: string; id: string }) => `${locale}:${id}`;
const pageOf = new Map(pages.map((page) => [key(page), page]));

test('every article of content/ has a page in each of its languages, and no other page claims to be one', () => {
  expect(pages.map(key).sort()).toEqual(files.map(({ data }) => key(data)).sort());
});

describe.each(files.map(({ data }) => [`/${data.locale}/${data.id}/`, data] as const))('%s', (_path, article) => {
  const page = (): ArticlePage => pageOf.get(key(article))!;
  const $ = (selector: string) => page().page.document.querySelectorAll(selector);

  test('carries every section of the troubleshooting structure, in its language', () => {
    expect($('html')[0]?.getAttribute('lang')).toBe(article.locale);
    expect($('h1').map((heading) => heading.textContent.trim())).toEqual([article.title]);
    for (const anchor of ['symptom', 'causes', 'resolutions']) expect($(`#${anchor}`), anchor).toHaveLength(1);
    const sections = [
      ...article.causes.map((cause) => ({ anchor: causeAnchor(cause.id), title: cause.title })),
      ...article.resolutions.map((resolution) => ({
        anchor: resolutionAnchor(resolution.id),
        title: resolution.title,
      })),
    ];
    for (const { anchor, title } of sections) {
      const [heading] = $(`h3#${anchor}`);
      expect(heading?.textContent, anchor).toContain(title);
      // The visible link-to-section control points at the section itself.
      expect(heading?.querySelector('a.anchor-link')?.getAttribute('href'), anchor).toBe(`#${anchor}`);
    }
    // Every resolution names what it fixes, linked to the cause.
    for (const resolution of article.resolutions) {
      const anchor = resolutionAnchor(resolution.id);
      expect($(`section:has(> #${anchor}) .fixes a`)[0]?.getAttribute('href'), anchor).toMatch(/#cause-/);
    }
    expect($('.error-messages li').length).toBeGreaterThan(0);
    expect($('.steps li').length).toBeGreaterThan(0);
    expect($('.checker-callout a').map((link) => link.getAttribute('href'))).toEqual([`/${article.locale}/checker/`]);
  });

  test('its language switch leads to the same article in the other language', () => {
    const other = article.locale === 'cs' ? 'en' : 'cs';
    expect($('[data-language-switch]').map((link) => link.getAttribute('href'))).toEqual([`/${other}/${article.id}/`]);
    const twin = files.find(({ data }) => data.id === article.id && data.locale === other)!.data;
    expect(pageOf.get(key(twin))?.title).toBe(twin.title);
  });

  test('controls that need scripts are marked so, to stay out of the way without them', () => {
    const controls = $('[data-theme-toggle], [data-copy], [data-checker-form]');
    expect(controls.length).toBeGreaterThan(0);
    for (const control of controls)
      expect(control.hasAttribute('data-needs-js'), control.outerHTML.slice(0, 80)).toBe(true);
  });
});

// The main article's message has many causes: its triage must reach every other article of the
// family with plain links, since an admin on a locked-down server may have scripts off.
describe.each(['cs', 'en'] as const)('the main article (%s)', (locale) => {
  const main = pageOf.get(`${locale}:email-router-ssl-trust`)!;
  const $ = (selector: string) => main.page.document.querySelectorAll(selector);

  test('opens with a triage that links every other article and its own causes', () => {
    // First in the body and first in the table of contents.
    expect($('.article-body h2')[0]?.id).toBe('triage');
    expect($('nav.toc a')[0]?.getAttribute('href')).toBe('#triage');
    const hrefs = $('section:has(> h2#triage) a').map((link) => link.getAttribute('href') ?? '');
    for (const other of pages.filter((article) => article.locale === locale && article.id !== main.id)) {
      expect(
        hrefs.some((href) => href.startsWith(other.path)),
        `${other.path} linked from the triage`,
      ).toBe(true);
    }
    for (const cause of main.causes) expect(hrefs).toContain(`#${cause.anchor}`);
    expect(main.causes.length).toBeGreaterThan(0);
    expect(hrefs).toContain('#resolution-trust-self-signed');
  });

  test('offers the .NET report script to download and the same script to copy', () => {
    expect($('a[href="/tools/trustkb-tls-report.ps1"]').length).toBeGreaterThan(0);
    const script = readFileSync(join(SITE.root, 'tools/trustkb-tls-report.ps1'), 'utf8').replace(/\r\n/g, '\n').trim();
    expect(script.startsWith('<#')).toBe(true);
    const shown = $('.command pre code').filter((code) => code.textContent.includes('trustkb .NET TLS report 1'));
    expect(shown).toHaveLength(1);
    expect(shown[0]!.textContent.replace(/\r\n/g, '\n').trim()).toBe(script);
  });
});
