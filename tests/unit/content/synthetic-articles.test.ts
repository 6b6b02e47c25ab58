import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLES_DIR, readArticleFiles } from '../../../src/content/files.ts';
import {
  readSourceArticles,
  syntheticArticles,
  writeSyntheticArticles,
} from '../../../scripts/lib/synthetic-articles.ts';

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
