import type { ArticleData } from '../../../src/content/schema.ts';
import type { ArticleFile } from '../../../src/content/validate.ts';

/** A small valid article in one language; tests break one thing at a time. */
export function articleData(overrides: Partial<ArticleData> = {}): ArticleData {
  return {
    id: 'sample-article',
    locale: 'en',
    title: 'A sample article about a certificate',
    description:
      'A sample description that is long enough to satisfy the schema rule of one hundred and ten characters, and no more.',
    originalKb: 123456,
    symptomGroup: 'trust',
    appliesTo: [{ product: 'Sample product', versions: ['1.0'] }],
    errorMessages: [{ text: 'Sample error text', lang: 'en', source: 'router', shared: false }],
    causes: [{ id: 'first-cause', title: 'The first cause', findings: ['trust.self-signed'] }],
    resolutions: [{ id: 'first-fix', title: 'The first fix', causes: ['first-cause'] }],
    related: [],
    references: [],
    reviewed: new Date('2026-11-29'),
    ...overrides,
  };
}

/** Both language files of one article. */
export function articlePair(id = 'sample-article', overrides: Partial<ArticleData> = {}): ArticleFile[] {
  return (['cs', 'en'] as const).map((locale) => ({
    filePath: `content/articles/${id}/${locale}.mdx`,
    data: articleData({
      id,
      locale,
      errorMessages: [{ text: `Sample error text of ${id}`, lang: 'en', source: 'router', shared: false }],
      ...overrides,
    }),
  }));
}
