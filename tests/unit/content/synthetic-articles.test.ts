import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLES_DIR, readArticleFiles } from '../../../src/content/files.ts';
import {
  readSourceArticles,
  subjectKeys,
  syntheticArticles,
  writeSyntheticArticles,
  type SourceArticle,
} from '../../../scripts/lib/synthetic-articles.ts';
import { stemForSearch } from '../../../src/search/reduce-query.ts';

/**
 * The scale benchmark builds the site with synthetic clones next to the real articles: the clones
 * must pass the reader the build's own rules go through (schemas and cross-file rules), and
 * leave the real articles owning their error wordings and explaining the checker's findings.
 */
const COUNT = 20;
const sources = readSourceArticles(ARTICLES_DIR);
const copy = mkdtempSync(join(tmpdir(), 'trustkb-synthetic-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('syntheticArticles', () => {
  const files = syntheticArticles(sources, COUNT);
  cpSync(ARTICLES_DIR, copy, { recursive: true });
  writeSyntheticArticles(copy, files);
  const articles = readArticleFiles(pathToFileURL(`${copy}/`));
  const real = new Set(sources.map((source) => source.id));
  const clones = articles.filter((article) => !real.has(article.data.id));

  it('adds the asked number of articles, each in both languages, and they pass validation', () => {
    expect(new Set(clones.map((article) => article.data.id)).size).toBe(COUNT);
    expect(clones.filter((article) => article.data.locale === 'cs')).toHaveLength(COUNT);
    expect(clones.filter((article) => article.data.locale === 'en')).toHaveLength(COUNT);
    expect(articles).toHaveLength((sources.length + COUNT) * 2);
  });

  it('gives unique ids that name the cloned article, round robin', () => {
    const ids = [...new Set(files.map((file) => file.path.split('/')[0]!))];
    expect(ids).toHaveLength(COUNT);
    expect(ids[0]).toBe(`synthetic-0001-${sources[0]!.id}`);
    expect(ids[sources.length]).toBe(`synthetic-${String(sources.length + 1).padStart(4, '0')}-${sources[0]!.id}`);
    expect(
      readdirSync(copy)
        .filter((name) => !real.has(name))
        .sort(),
    ).toEqual([...ids].sort());
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(syntheticArticles(sources, COUNT)).toEqual(files);
    expect(syntheticArticles(sources, COUNT, 2)).not.toEqual(files);
  });

  it('gives every clone different words from its source and from the other clones', () => {
    const bodies = clones.map((article) => article.body);
    expect(new Set(bodies).size).toBe(bodies.length);
    const realBodies = new Set(articles.filter((article) => real.has(article.data.id)).map((article) => article.body));
    expect(bodies.some((body) => realBodies.has(body))).toBe(false);
  });

  it('claims no wording, finding or KB number of the real articles', () => {
    for (const clone of clones) {
      expect(clone.data.errorMessages.every((message) => message.shared)).toBe(true);
      expect(clone.data.causes.flatMap((cause) => cause.findings)).toEqual([]);
      expect(clone.data.originalKb).toBeUndefined();
    }
  });

  // The checker must rank a thousand articles that mention one finding, as a grown collection would.
  it("keeps the findings of the source's causes, shared with the real owner", () => {
    const explained = (article: (typeof articles)[number]) =>
      article.data.causes.map((cause) => [cause.id, [...cause.findings, ...cause.sharedFindings]]);
    for (const clone of clones) {
      const source = articles.find(
        (article) => clone.data.id.endsWith(`-${article.data.id}`) && article.data.locale === clone.data.locale,
      )!;
      expect(explained(clone), clone.data.id).toEqual(explained(source));
    }
    expect(clones.some((clone) => clone.data.causes.some((cause) => cause.sharedFindings.length > 0))).toBe(true);
  });
});

/** Two small articles of one field: one about partial wildcards, one about expiry. */
const FACTS = (wording: string): string =>
  `errorMessages:\n  - text: '${wording}'\n    lang: en\n    source: dotnet\ncauses:\n  - id: main\n`;
const TEXT = (title: string, body: string): string =>
  `---\ntitle: "${title}"\ndescription: "About ${title}."\ncauses:\n  - id: main\n    title: "${title}"\nresolutions: []\n---\n${body}`;
const WILDCARD: SourceArticle = {
  id: 'wildcard',
  files: {
    'article.yaml': FACTS('The server certificate was rejected'),
    'en.mdx': TEXT(
      'Partial wildcard in the server certificate',
      [
        '## Wildcard names',
        '',
        'A wildcard stands for one label: a partial wildcard in a certificate is rejected, rejected, rejected.',
        '',
        '<ErrorMessage lang="en">The server certificate was rejected</ErrorMessage>',
        '',
        '| Name | Note |',
        '|---|---|',
        '| `*.contoso.com` | a wildcard for the server |',
        '',
        '```text',
        'san=partial wildcard',
        '```',
        '',
      ].join('\n'),
    ),
  },
};
const EXPIRY: SourceArticle = {
  id: 'expiry',
  files: {
    'article.yaml': FACTS('The certificate has expired'),
    'en.mdx': TEXT(
      'Expired server certificate',
      'The server certificate has expired: renew the certificate on the server, and renew it before it expires.\n',
    ),
  },
};

describe('subject words', () => {
  const subjects = subjectKeys([WILDCARD, EXPIRY], 'en.mdx');

  it("are the words an article uses far more than the others, except its error wordings' words", () => {
    expect([...subjects.get('wildcard')!]).toEqual(expect.arrayContaining(['wildcard', 'partial']));
    // In both articles: the field's words, which every clone keeps.
    for (const common of ['server', 'certificate']) expect(subjects.get('wildcard')!.has(common), common).toBe(false);
    // Used again and again, but a word of the article's wording: the clones share the wording.
    expect(subjects.get('wildcard')!.has('rejected')).toBe(false);
    expect([...subjects.get('expiry')!]).toEqual(expect.arrayContaining(['renew']));
  });

  it('get a made-up word of their own in each clone, the same wherever they stand, except in headings and components', () => {
    const clones = syntheticArticles([WILDCARD, EXPIRY], 4)
      .filter((file) => file.path.endsWith('-wildcard/en.mdx'))
      .map((file) => file.content);
    expect(clones).toHaveLength(2);
    const madeUp: string[] = [];
    for (const clone of clones) {
      const lines = clone.split('\n');
      const body = lines.filter((line) => !/^\s*(#|<)/.test(line)).join('\n');
      expect(body).not.toMatch(/wildcard|partial/i);
      // The heading (an anchor) and the wording stay word for word.
      expect(lines).toContain('## Wildcard names');
      expect(lines).toContain('<ErrorMessage lang="en">The server certificate was rejected</ErrorMessage>');
      expect(body).toMatch(/server certificate/);
      // "wildcard" stands five times outside the heading: each time the same made-up word.
      const source = WILDCARD.files['en.mdx']!.split('\n')
        .filter((line) => !/^\s*(#|<)/.test(line))
        .join('\n');
      const sourceWords = source.match(/\p{L}+/gu)!;
      const cloneWords = body.match(/\p{L}+/gu)!;
      expect(cloneWords).toHaveLength(sourceWords.length);
      const renamed = new Set(
        sourceWords.flatMap((word, index) =>
          word.toLowerCase() === 'wildcard' ? [cloneWords[index]!.toLowerCase()] : [],
        ),
      );
      expect(renamed.size).toBe(1);
      madeUp.push(...renamed);
    }
    expect(new Set(madeUp).size).toBe(2);
  });

  // Else each clone is a copy of its source, as much about its subject, and a search for that subject
  // picks among a dozen near-copies by chance: the findability table's rows would measure the chance.
  it('leave no clone of a real article half as much about its subject as the article itself', () => {
    for (const name of ['cs.mdx', 'en.mdx']) {
      const locale = name === 'cs.mdx' ? 'cs' : 'en';
      const keys = subjectKeys(sources, name);
      const about = (text: string, source: string): number =>
        (text.match(/\p{L}{4,}/gu) ?? []).filter((word) => keys.get(source)!.has(stemForSearch(word, locale))).length;
      const clones = syntheticArticles(sources, sources.length * 2);
      for (const file of clones.filter((candidate) => candidate.path.endsWith(`/${name}`))) {
        const source = sources.find((candidate) => file.path.split('/')[0]!.endsWith(`-${candidate.id}`))!;
        expect(keys.get(source.id)!.size, source.id).toBeGreaterThan(0);
        expect(about(file.content, source.id), file.path).toBeLessThan(about(source.files[name]!, source.id) / 2);
      }
    }
  });
});
