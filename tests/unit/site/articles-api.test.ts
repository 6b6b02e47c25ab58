import { describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../../src/content/files.ts';
import { toArticleRecord } from '../../../src/site/articles-api.ts';

describe('/api/articles.json records', () => {
  const records = readArticleFiles().map((file) => toArticleRecord(file.data));

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
      }
      for (const resolution of record.resolutions) {
        expect(resolution.url).toBe(`${record.url}#resolution-${resolution.id}`);
        expect(resolution.causes.length).toBeGreaterThan(0);
      }
    }
  });
});
