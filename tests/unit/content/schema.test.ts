import { describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../../src/content/files.ts';
import { articleSchema } from '../../../src/content/schema.ts';
import { validateArticleSet } from '../../../src/content/validate.ts';
import { articleData, articlePair } from './fixtures.ts';

/** The frontmatter as YAML would give it: dates as strings. */
const raw = (overrides: Record<string, unknown> = {}) => ({ ...articleData(), reviewed: '2026-11-29', ...overrides });

function issuesOf(input: unknown): string[] {
  const result = articleSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the real articles', () => {
  const files = readArticleFiles();

  it('parse with the schema and pass every cross-file rule', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(validateArticleSet(files)).toEqual([]);
  });

  it('carry the same error messages in both languages', () => {
    const byId = Map.groupBy(files, (file) => file.data.id);
    for (const [id, versions] of byId) {
      const [first, ...others] = versions.map((file) => file.data.errorMessages.map((message) => message.text).sort());
      for (const other of others) expect(other, id).toEqual(first);
    }
  });
});

describe('articleSchema', () => {
  it('accepts a valid article', () => {
    expect(issuesOf(raw())).toEqual([]);
  });

  it.each([
    ['a description shorter than 110 characters', { description: 'Too short.' }, 'description'],
    ['a description longer than 160 characters', { description: 'x'.repeat(161) }, 'description'],
    ['a locale the site does not have', { locale: 'de' }, 'locale'],
    ['an id that is not a slug', { id: 'Not A Slug' }, 'id'],
    [
      'an unknown finding id',
      { causes: [{ id: 'first-cause', title: 'The first cause', findings: ['trust.nonsense'] }] },
      'causes.0.findings.0',
    ],
    ['no error message', { errorMessages: [] }, 'errorMessages'],
    ['a date that is not one', { reviewed: 'yesterday' }, 'reviewed'],
  ])('rejects %s', (_name, overrides, field) => {
    expect(issuesOf(raw(overrides)).join('\n')).toContain(`${field}:`);
  });

  it('rejects a resolution that names an unknown cause, naming the field', () => {
    const issues = issuesOf(
      raw({ resolutions: [{ id: 'first-fix', title: 'The first fix', causes: ['first-cause', 'ghost'] }] }),
    );
    expect(issues).toContainEqual(expect.stringMatching(/^resolutions\.0\.causes\.1: .*unknown cause "ghost"/));
  });

  it('rejects a cause that no resolution fixes', () => {
    const issues = issuesOf(
      raw({
        causes: [
          { id: 'first-cause', title: 'The first cause', findings: [] },
          { id: 'orphan', title: 'An orphan cause', findings: [] },
        ],
      }),
    );
    expect(issues).toContainEqual(expect.stringMatching(/^causes\.1\.id: cause "orphan" has no resolution/));
  });

  it('rejects duplicate cause ids', () => {
    const cause = { id: 'first-cause', title: 'The first cause', findings: [] };
    expect(issuesOf(raw({ causes: [cause, cause] }))).toContainEqual(
      expect.stringMatching(/^causes\.1\.id: duplicate id/),
    );
  });
});

describe('validateArticleSet', () => {
  it('accepts a complete pair', () => {
    expect(validateArticleSet(articlePair())).toEqual([]);
  });

  it('reports a missing language with the path of the missing file', () => {
    const [czech] = articlePair();
    expect(validateArticleSet([czech!])).toEqual([
      'content/articles/sample-article/en.mdx: missing: article "sample-article" has no "en" version',
    ]);
  });

  it('reports languages that disagree on cause ids', () => {
    const [czech, english] = articlePair();
    english!.data = articleData({
      causes: [{ id: 'other-cause', title: 'Another cause', findings: [] }],
      resolutions: [{ id: 'first-fix', title: 'The first fix', causes: ['other-cause'] }],
    });
    const problems = validateArticleSet([czech!, english!]);
    expect(problems).toContainEqual(
      expect.stringMatching(/en\.mdx: field "causes\[\]\.id" .*both languages must agree/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/en\.mdx: field "resolutions\[\]\.causes"/));
  });

  it('reports languages that disagree on resolution ids', () => {
    const [czech, english] = articlePair();
    english!.data = articleData({
      resolutions: [{ id: 'renamed-fix', title: 'The first fix', causes: ['first-cause'] }],
    });
    expect(validateArticleSet([czech!, english!])).toContainEqual(expect.stringMatching(/field "resolutions\[\]\.id"/));
  });

  it('reports a related id that no article has', () => {
    const problems = validateArticleSet(articlePair('sample-article', { related: ['nowhere'] }));
    expect(problems).toContain(
      'content/articles/sample-article/cs.mdx: field "related[0]": no article has the id "nowhere"',
    );
  });

  it('accepts a related id that exists', () => {
    const files = [...articlePair('first', { related: ['second'] }), ...articlePair('second', { related: ['first'] })];
    expect(validateArticleSet(files)).toEqual([]);
  });

  it('reports a wording owned by two articles, and a shared wording nobody owns', () => {
    const message = (text: string, shared: boolean) => ({
      text,
      lang: 'en' as const,
      source: 'router' as const,
      shared,
    });
    const twoOwners = [
      ...articlePair('first', { errorMessages: [message('Same text', false)] }),
      ...articlePair('second', { errorMessages: [message('Same text', false)] }),
    ];
    expect(validateArticleSet(twoOwners)).toContain(
      'field "errorMessages": "Same text" is owned by first and second: mark it "shared: true" in all but one',
    );
    const shared = [
      ...articlePair('first', { errorMessages: [message('Same text', false)] }),
      ...articlePair('second', { errorMessages: [message('Same text', true)] }),
    ];
    expect(validateArticleSet(shared)).toEqual([]);
    const orphan = articlePair('first', { errorMessages: [message('Nobody owns this', true)] });
    expect(validateArticleSet(orphan)).toContainEqual(
      expect.stringContaining('"Nobody owns this" is shared but no article owns it'),
    );
  });

  it('reports an id that differs from its folder and a locale that differs from its file name', () => {
    const [czech, english] = articlePair();
    czech!.filePath = 'content/articles/elsewhere/en.mdx';
    const problems = validateArticleSet([czech!, english!]);
    expect(problems).toContainEqual(
      expect.stringContaining('field "id" is "sample-article" but the folder is "elsewhere"'),
    );
    expect(problems).toContainEqual(expect.stringContaining('field "locale" is "cs" but the file name says "en"'));
  });
});
