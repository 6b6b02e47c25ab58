import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINDING_IDS, type FindingId } from '../../../src/checker/index.ts';
import { readArticleFiles } from '../../../src/content/files.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';
import { mdxHeadings } from '../../../src/content/headings.ts';
import {
  DOTNET_TERMS,
  findingLinks,
  LINKS_PER_FINDING,
  linksFromTable,
  linkTable,
  type ArticleSections,
  type LinkTable,
} from '../../../src/explain/index.ts';

/** The articles of one language with their headings, as the CLI reads them from disk. */
function articles(locale: string): ArticleSections[] {
  return readArticleFiles()
    .filter((file) => file.data.locale === locale)
    .map((file) => ({ data: file.data, headings: mdxHeadings(file.body) }));
}

describe('links from findings to articles', () => {
  for (const locale of LOCALES) {
    const links = findingLinks(articles(locale));

    it(`${locale}: every finding id links to at least one article section of its language`, () => {
      for (const id of FINDING_IDS) {
        expect(links[id].length, id).toBeGreaterThan(0);
        for (const link of links[id]) {
          expect(link.href, id).toMatch(new RegExp(`^/${locale}/[a-z0-9-]+/#.+`));
          expect(link.title.trim(), id).toBeTruthy();
        }
      }
    });

    it(`${locale}: a finding links its owning cause first, then the causes that share it, at most ${LINKS_PER_FINDING}`, () => {
      const href = (id: string, cause: string) => `/${locale}/${id}/#cause-${cause}`;
      for (const { data } of articles(locale)) {
        for (const cause of data.causes) {
          for (const finding of cause.findings)
            expect(links[finding as FindingId][0]!.href).toBe(href(data.id, cause.id));
          for (const finding of cause.sharedFindings)
            expect(links[finding as FindingId].map((link) => link.href)).toContain(href(data.id, cause.id));
        }
      }
      for (const id of FINDING_IDS) expect(links[id].length, id).toBeLessThanOrEqual(LINKS_PER_FINDING);
      expect(links['trust.self-signed'].map((link) => link.href)).toEqual([
        href('email-router-ssl-trust', 'self-signed'),
      ]);
      expect(links['name.mismatch'].map((link) => link.href)).toEqual([
        href('email-router-ssl-trust', 'name-mismatch'),
        href('internal-server-name', 'internal-name-in-profile'),
        href('internal-server-name', 'internal-ews-url'),
      ]);
      expect(links['chain.incomplete'].map((link) => link.href)).toEqual([
        href('missing-intermediate', 'server-omits-intermediate'),
        href('missing-intermediate', 'aia-unreachable'),
      ]);
    });

    it(`${locale}: the links file gives back the same links in the same order`, () => {
      const table = linkTable(links);
      const back = linksFromTable(JSON.parse(JSON.stringify(table)) as LinkTable);
      for (const id of FINDING_IDS) expect(back.links.get(id), id).toEqual(links[id]);
      for (const term of DOTNET_TERMS) expect(back.dotnetLinks.get(term) ?? [], term).toEqual(links.dotnet[term]);
      expect(new Set(table.sections.map((section) => section.href)).size).toBe(table.sections.length);
    });

    it(`${locale}: input and URL findings point at "check the certificate yourself" in the main article`, () => {
      const check = links['input.private-key'][0]!;
      expect(check.href).toMatch(new RegExp(`^/${locale}/email-router-ssl-trust/#`));
      expect(check.title).toBe(locale === 'en' ? 'Check the certificate yourself' : 'Jak certifikát zkontrolovat sami');
      for (const id of FINDING_IDS.filter((candidate) => /^(input|url)\./.test(candidate)))
        expect(links[id]).toEqual([check]);
    });
  }

  it('refuses to build when a section named for a finding is gone', () => {
    const broken = articles('en').map((article) => ({
      ...article,
      headings: article.headings.filter((heading) => heading.text !== 'Check the certificate yourself'),
    }));
    expect(() => findingLinks(broken)).toThrow(/input\.empty.*email-router-ssl-trust\/en\.mdx does not have/);
  });

  // The page reads the links the build wrote (from Astro's rendered headings); the CLI builds them
  // from the MDX on disk. One function makes both, and this pins that their inputs agree too.
  for (const locale of LOCALES) {
    it(`${locale}: the CLI links the same sections as the built checker page`, () => {
      const built = new URL(`../../../dist/${locale}/checker/links.json`, import.meta.url);
      if (!existsSync(built)) throw new Error(`${built.pathname} is missing: run npm run build first`);
      expect(linkTable(findingLinks(articles(locale)))).toEqual(JSON.parse(readFileSync(built, 'utf8')));
    });
  }
});
