import { assembleArticles } from '../../../src/content/assemble.ts';
import type { ArticleFacts } from '../../../src/content/facts-schema.ts';
import type { ArticleData } from '../../../src/content/schema.ts';
import type { ArticleText } from '../../../src/content/text-schema.ts';
import type { FactsFile, TextFile } from '../../../src/content/validate.ts';

/** A small valid facts file; tests break one thing at a time. */
export function factsData(overrides: Partial<ArticleFacts> = {}): ArticleFacts {
  return {
    originalKb: 123456,
    symptomGroup: 'trust',
    appliesTo: [{ product: 'Sample product', versions: ['1.0'] }],
    errorMessages: [{ text: 'Sample error text', lang: 'en', source: 'router', shared: false }],
    // No finding by default: two sample articles owning one would break the one-owner rule.
    causes: [{ id: 'first-cause', findings: [], sharedFindings: [] }],
    resolutions: [{ id: 'first-fix', causes: ['first-cause'] }],
    related: [],
    reviewed: new Date('2026-11-29'),
    ...overrides,
  };
}

/** A small valid language file matching factsData(). */
export function textData(overrides: Partial<ArticleText> = {}): ArticleText {
  return {
    title: 'A sample article about a certificate',
    description:
      'A sample description that is long enough to satisfy the schema rule of one hundred and ten characters, and no more.',
    causes: [{ id: 'first-cause', title: 'The first cause' }],
    resolutions: [{ id: 'first-fix', title: 'The first fix' }],
    references: [],
    ...overrides,
  };
}

/** The files of one article: its facts file and both language files, as the readers give them. */
export function articleFiles(
  id = 'sample-article',
  facts: Partial<ArticleFacts> = {},
  text: Partial<ArticleText> = {},
): { facts: FactsFile; texts: TextFile[] } {
  return {
    facts: {
      filePath: `content/articles/${id}/article.yaml`,
      data: factsData({
        errorMessages: [{ text: `Sample error text of ${id}`, lang: 'en', source: 'router', shared: false }],
        ...facts,
      }),
    },
    texts: (['cs', 'en'] as const).map((locale) => ({
      filePath: `content/articles/${id}/${locale}.mdx`,
      data: textData({ title: `A sample article in ${locale}`, ...text }),
    })),
  };
}

/** Several articles' files flattened into the two lists assembleArticles takes. */
export function fileSets(...articles: ReturnType<typeof articleFiles>[]): [FactsFile[], TextFile[]] {
  return [articles.map((article) => article.facts), articles.flatMap((article) => article.texts)];
}

/** The merged English data of the sample article, for code that reads ArticleData. */
export function articleData(overrides: Partial<ArticleData> = {}): ArticleData {
  const { articles, problems } = assembleArticles(...fileSets(articleFiles()));
  const english = articles.find(({ data }) => data.locale === 'en');
  if (!english) throw new Error(`the sample article does not assemble: ${problems.join('; ')}`);
  return { ...english.data, ...overrides };
}
