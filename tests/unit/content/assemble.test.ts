import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleArticles } from '../../../src/content/assemble.ts';
import { RESERVED_ARTICLE_IDS } from '../../../src/content/paths.ts';
import { articleFiles, fileSets } from './fixtures.ts';

const assemble = (...articles: ReturnType<typeof articleFiles>[]) => assembleArticles(...fileSets(...articles));

describe('assembleArticles', () => {
  it('merges the facts into each language, in the order of the facts file', () => {
    const { articles, problems } = assemble(
      articleFiles(
        'sample-article',
        {
          causes: [
            { id: 'first-cause', findings: ['trust.self-signed'], sharedFindings: [] },
            { id: 'second-cause', findings: [], sharedFindings: [] },
          ],
          resolutions: [{ id: 'first-fix', causes: ['first-cause', 'second-cause'] }],
        },
        {
          causes: [
            { id: 'second-cause', title: 'The second cause' },
            { id: 'first-cause', title: 'The first cause' },
          ],
        },
      ),
    );
    expect(problems).toEqual([]);
    expect(articles.map(({ data }) => [data.id, data.locale, data.title])).toEqual([
      ['sample-article', 'cs', 'A sample article in cs'],
      ['sample-article', 'en', 'A sample article in en'],
    ]);
    expect(articles[0]!.data.causes).toEqual([
      { id: 'first-cause', title: 'The first cause', findings: ['trust.self-signed'], sharedFindings: [] },
      { id: 'second-cause', title: 'The second cause', findings: [], sharedFindings: [] },
    ]);
    expect(articles[0]!.data.resolutions).toEqual([
      { id: 'first-fix', title: 'The first fix', causes: ['first-cause', 'second-cause'] },
    ]);
    expect(articles[1]!.data.errorMessages).toEqual([
      { text: 'Sample error text of sample-article', lang: 'en', source: 'router', shared: false },
    ]);
  });

  it('hands back the language file it was given, for render()', () => {
    const files = articleFiles();
    const texts = files.texts.map((text) => ({ ...text, entry: `entry of ${text.filePath}` }));
    const { articles } = assembleArticles([files.facts], texts);
    expect(articles.map(({ text }) => text.entry)).toEqual([
      'entry of content/articles/sample-article/cs.mdx',
      'entry of content/articles/sample-article/en.mdx',
    ]);
  });

  it('reports a missing language with the path of the missing file, and leaves the article out', () => {
    const files = articleFiles();
    files.texts = files.texts.filter((text) => text.filePath.endsWith('cs.mdx'));
    const { articles, problems } = assemble(files);
    expect(problems).toEqual([
      'content/articles/sample-article/en.mdx: missing: article "sample-article" has no "en" version',
    ]);
    expect(articles).toEqual([]);
  });

  it('reports language files without a facts file', () => {
    const { problems } = assembleArticles([], articleFiles().texts);
    expect(problems).toEqual([
      'content/articles/sample-article/article.yaml: missing: article "sample-article" has no facts file',
    ]);
  });

  it('reports a language file whose name is not a language of the site', () => {
    const files = articleFiles();
    files.texts.push({ ...files.texts[0]!, filePath: 'content/articles/sample-article/de.mdx' });
    expect(assemble(files).problems).toEqual([
      'content/articles/sample-article/de.mdx: the file name must be a language of the site: cs.mdx, en.mdx',
    ]);
  });

  it('reports a folder name that cannot be an article id', () => {
    const files = articleFiles('Not A Slug');
    expect(assemble(files).problems).toContainEqual(
      expect.stringContaining(
        'content/articles/Not A Slug/article.yaml: the folder name "Not A Slug" is the article id',
      ),
    );
  });

  it('reports a language file that lacks a title for a cause or resolution of the facts file', () => {
    const files = articleFiles('sample-article', {
      causes: [
        { id: 'first-cause', findings: [], sharedFindings: [] },
        { id: 'second-cause', findings: [], sharedFindings: [] },
      ],
      resolutions: [
        { id: 'first-fix', causes: ['first-cause'] },
        { id: 'second-fix', causes: ['second-cause'] },
      ],
    });
    files.texts[0]!.data.causes.push({ id: 'second-cause', title: 'The second cause' });
    const { articles, problems } = assemble(files);
    expect(problems).toEqual([
      'content/articles/sample-article/cs.mdx: field "resolutions": no title for resolution "second-fix" of article.yaml: add { id: second-fix, title: … }',
      'content/articles/sample-article/en.mdx: field "causes": no title for cause "second-cause" of article.yaml: add { id: second-cause, title: … }',
      'content/articles/sample-article/en.mdx: field "resolutions": no title for resolution "second-fix" of article.yaml: add { id: second-fix, title: … }',
    ]);
    expect(articles).toEqual([]);
  });

  it('reports a language file that names a cause or resolution the facts file lacks', () => {
    const files = articleFiles();
    files.texts[1]!.data = {
      ...files.texts[1]!.data,
      causes: [
        { id: 'first-cause', title: 'The first cause' },
        { id: 'ghost-cause', title: 'A cause of nothing' },
      ],
      resolutions: [{ id: 'renamed-fix', title: 'The first fix' }],
    };
    expect(assemble(files).problems).toEqual([
      'content/articles/sample-article/en.mdx: field "causes[1].id": article.yaml has no cause "ghost-cause" (its causes: first-cause)',
      'content/articles/sample-article/en.mdx: field "resolutions[0].id": article.yaml has no resolution "renamed-fix" (its resolutions: first-fix)',
      'content/articles/sample-article/en.mdx: field "resolutions": no title for resolution "first-fix" of article.yaml: add { id: first-fix, title: … }',
    ]);
  });

  it('reports a related id that no article has, and an article related to itself', () => {
    expect(assemble(articleFiles('sample-article', { related: ['nowhere', 'sample-article'] })).problems).toEqual([
      'content/articles/sample-article/article.yaml: field "related[0]": no article has the id "nowhere"',
      'content/articles/sample-article/article.yaml: field "related[1]": an article cannot be related to itself',
    ]);
  });

  it('refuses an article whose id is a folder of the site’s own pages', () => {
    expect(assemble(articleFiles('products')).problems).toContain(
      `content/articles/products/article.yaml: "products" is the address of one of the site's own pages; rename the folder`,
    );
  });

  it('reserves every folder the pages of a language use', () => {
    const folders = readdirSync(new URL('../../../src/pages/[lang]/', import.meta.url), { withFileTypes: true })
      .map((entry) => entry.name.replace(/\.astro$/, ''))
      .filter((name) => !name.startsWith('[') && name !== 'index');
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) expect(RESERVED_ARTICLE_IDS, folder).toContain(folder);
  });

  it('accepts a related id that exists', () => {
    const { articles, problems } = assemble(
      articleFiles('first', { related: ['second'] }),
      articleFiles('second', { related: ['first'] }),
    );
    expect(problems).toEqual([]);
    expect(articles.map(({ data }) => data.related)).toEqual([['second'], ['second'], ['first'], ['first']]);
  });

  it('reports a wording owned by two articles, and a shared wording nobody owns', () => {
    const message = (text: string, shared: boolean) => ({
      text,
      lang: 'en' as const,
      source: 'router' as const,
      shared,
    });
    const twoOwners = assemble(
      articleFiles('first', { errorMessages: [message('Same text', false)] }),
      articleFiles('second', { errorMessages: [message('Same text', false)] }),
    );
    expect(twoOwners.problems).toEqual([
      'content/articles/first/article.yaml, content/articles/second/article.yaml: field "errorMessages": "Same text" is owned by first and second: mark it "shared: true" in all but one',
    ]);
    const shared = assemble(
      articleFiles('first', { errorMessages: [message('Same text', false)] }),
      articleFiles('second', { errorMessages: [message('Same text', true)] }),
    );
    expect(shared.problems).toEqual([]);
    const orphan = assemble(articleFiles('first', { errorMessages: [message('Nobody owns this', true)] }));
    expect(orphan.problems).toEqual([
      'content/articles/first/article.yaml: field "errorMessages[0]": "Nobody owns this" is shared but no article owns it',
    ]);
  });

  it('reports a finding owned by two causes, and a shared finding no cause owns', () => {
    const causes = (findings: string[], sharedFindings: string[]) => ({
      causes: [{ id: 'first-cause', findings, sharedFindings }],
    });
    const twoOwners = assemble(
      articleFiles('first', causes(['name.mismatch'], [])),
      articleFiles('second', causes(['name.mismatch'], [])),
    );
    expect(twoOwners.problems).toEqual([
      'content/articles/first/article.yaml: field "causes[0]" (first-cause), content/articles/second/article.yaml: field "causes[0]" (first-cause): checker finding "name.mismatch" is owned by 2 causes: move it to "sharedFindings" in all but one',
    ]);
    const shared = assemble(
      articleFiles('first', causes(['name.mismatch'], [])),
      articleFiles('second', causes([], ['name.mismatch'])),
    );
    expect(shared.problems).toEqual([]);
    expect(shared.articles.find(({ data }) => data.id === 'second')!.data.causes[0]!.sharedFindings).toEqual([
      'name.mismatch',
    ]);
    const orphan = assemble(articleFiles('first', causes([], ['chain.incomplete'])));
    expect(orphan.problems).toEqual([
      'content/articles/first/article.yaml: field "causes[0]": checker finding "chain.incomplete" is in "sharedFindings" but no cause owns it under "findings"',
    ]);
  });
});
