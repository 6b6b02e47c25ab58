import { describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../../src/content/files.ts';
import { toArticleRecord, toArticleSummary } from '../../../src/site/articles-api.ts';

const files = readArticleFiles();

describe('/api/articles.json index entries', () => {
  const summaries = files.map((file) => toArticleSummary(file.data));

  it('carry the id, language, title, page, review date and the address of the full record', () => {
    for (const summary of summaries) {
      expect(summary).toEqual({
        id: expect.stringMatching(/^[a-z0-9-]+$/),
        locale: expect.stringMatching(/^(cs|en)$/),
        title: expect.any(String),
        url: `/${summary.locale}/${summary.id}/`,
        reviewed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        json: `/api/articles/${summary.locale}/${summary.id}.json`,
      });
    }
  });

  it('carry the base the site is served under', () => {
    const [file] = files;
    const summary = toArticleSummary(file!.data, '/kb/');
    expect(summary.url).toBe(`/kb/${summary.locale}/${summary.id}/`);
    expect(summary.json).toBe(`/kb/api/articles/${summary.locale}/${summary.id}.json`);
    expect(toArticleRecord(file!.data, '/kb/').causes[0]!.url).toMatch(/^\/kb\/(cs|en)\/[a-z0-9-]+\/#cause-/);
  });

  it('agree with the full record they point at', () => {
    for (const file of files) {
      const { id, locale, title, url, reviewed } = toArticleRecord(file.data);
      expect(toArticleSummary(file.data)).toMatchObject({ id, locale, title, url, reviewed });
    }
  });
});

describe('/api/articles/<locale>/<id>.json records', () => {
  const records = files.map((file) => toArticleRecord(file.data));

  it('have every documented field with the right type', () => {
    for (const record of records) {
      expect(record).toEqual({
        id: expect.stringMatching(/^[a-z0-9-]+$/),
        locale: expect.stringMatching(/^(cs|en)$/),
        url: `/${record.locale}/${record.id}/`,
        title: expect.any(String),
        description: expect.any(String),
        originalKb: record.originalKb === null ? null : expect.any(Number),
        appliesTo: expect.arrayContaining([{ product: expect.any(String), versions: expect.any(Array) }]),
        errorMessages: expect.arrayContaining([
          {
            text: expect.any(String),
            lang: expect.any(String),
            source: expect.any(String),
            shared: expect.any(Boolean),
          },
        ]),
        causes: expect.any(Array),
        resolutions: expect.any(Array),
        related: expect.any(Array),
        reviewed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
    }
  });

  it('give each cause and resolution an anchor and a deep link', () => {
    for (const record of records) {
      for (const cause of record.causes) {
        expect(cause.anchor).toBe(`cause-${cause.id}`);
        expect(cause.url).toBe(`${record.url}#cause-${cause.id}`);
        expect(Array.isArray(cause.findings)).toBe(true);
        expect(Array.isArray(cause.sharedFindings)).toBe(true);
      }
      for (const resolution of record.resolutions) {
        expect(resolution.url).toBe(`${record.url}#resolution-${resolution.id}`);
        expect(resolution.causes.length).toBeGreaterThan(0);
      }
    }
  });
});
