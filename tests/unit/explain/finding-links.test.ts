import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINDING_IDS, type FindingId } from '../../../src/checker/index.ts';
import { readArticleFiles } from '../../../src/content/files.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';
import { mdxHeadings } from '../../../src/content/headings.ts';
import { findingLinks, linkTable, type ArticleSections } from '../../../src/explain/index.ts';

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

    it(`${locale}: a finding listed under an article's causes links to those causes, first by article id`, () => {
      const listed = articles(locale)
        .sort((a, b) => a.data.id.localeCompare(b.data.id))
        .flatMap(({ data }) =>
          data.causes.flatMap((cause) =>
            cause.findings.map((finding) => ({ finding, href: `/${locale}/${data.id}/#cause-${cause.id}` })),
          ),
        );
      for (const { finding, href } of listed)
        expect(links[finding as FindingId].map((link) => link.href)).toContain(href);
      expect(links['trust.self-signed'][0]!.href).toBe(`/${locale}/email-router-ssl-trust/#cause-self-signed`);
      expect(links['name.mismatch'][0]!.href).toBe(`/${locale}/email-router-ssl-trust/#cause-name-mismatch`);
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
