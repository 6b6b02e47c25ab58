import { describe, expect, it } from 'vitest';
import { articleFactsSchema } from '../../../src/content/facts-schema.ts';
import { readArticleFiles } from '../../../src/content/files.ts';
import { articleTextSchema } from '../../../src/content/text-schema.ts';
import { factsData, textData } from './fixtures.ts';

/** The files as YAML would give them: dates as strings. */
const rawFacts = (overrides: Record<string, unknown> = {}) => ({
  ...factsData(),
  reviewed: '2026-11-29',
  ...overrides,
});
const rawText = (overrides: Record<string, unknown> = {}) => ({ ...textData(), ...overrides });

function issuesOf(schema: typeof articleFactsSchema | typeof articleTextSchema, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the real articles', () => {
  const files = readArticleFiles();
  const byId = Map.groupBy(files, (file) => file.data.id);

  it('parse with both schemas and pass every cross-file rule, in both languages', () => {
    expect(byId.size).toBeGreaterThanOrEqual(2);
    for (const [id, versions] of byId)
      expect(versions.map((file) => file.data.locale).sort(), id).toEqual(['cs', 'en']);
  });

  it('give both languages the facts of their facts file and the titles of their own language', () => {
    for (const [id, [first, second]] of byId) {
      const facts = (file: typeof first) => ({
        errorMessages: file!.data.errorMessages,
        causes: file!.data.causes.map(({ id: causeId, findings }) => ({ causeId, findings })),
        resolutions: file!.data.resolutions.map(({ id: resolutionId, causes }) => ({ resolutionId, causes })),
        related: file!.data.related,
        symptomGroup: file!.data.symptomGroup,
        originalKb: file!.data.originalKb,
      });
      expect(facts(second), id).toEqual(facts(first));
      expect(second!.data.title, id).not.toBe(first!.data.title);
    }
  });
});

describe('articleFactsSchema', () => {
  it('accepts a valid facts file', () => {
    expect(issuesOf(articleFactsSchema, rawFacts())).toEqual([]);
  });

  it.each([
    [
      'an unknown finding id',
      { causes: [{ id: 'first-cause', findings: ['trust.nonsense'] }] },
      'causes.0.findings.0:',
    ],
    ['a cause id that is not a slug', { causes: [{ id: 'Not A Slug', findings: [] }] }, 'causes.0.id:'],
    [
      'an unknown shared finding id',
      { causes: [{ id: 'first-cause', sharedFindings: ['trust.nonsense'] }] },
      'causes.0.sharedFindings.0:',
    ],
    [
      'a finding both owned and shared by one cause',
      { causes: [{ id: 'first-cause', findings: ['name.mismatch'], sharedFindings: ['name.mismatch'] }] },
      'causes.0.sharedFindings: cause "first-cause" lists "name.mismatch" under both findings and sharedFindings: keep one',
    ],
    ['no error message', { errorMessages: [] }, 'errorMessages:'],
    ['a date that is not one', { reviewed: 'yesterday' }, 'reviewed:'],
    [
      'a title, which belongs in the MDX',
      { causes: [{ id: 'first-cause', title: 'The first cause' }] },
      'causes.0: unknown field "title": titles, descriptions and references are said in words',
    ],
    ['a description, which belongs in the MDX', { description: 'Said in words.' }, ': unknown field "description"'],
  ])('rejects %s', (_name, overrides, expected) => {
    expect(issuesOf(articleFactsSchema, rawFacts(overrides)).join('\n')).toContain(expected);
  });

  it('requires a translated wording to name the page it was seen on, and only an https one', () => {
    const withMessage = (message: Record<string, unknown>) =>
      rawFacts({ errorMessages: [{ text: 'Vzdálený certifikát je neplatný.', lang: 'cs', ...message }] });
    expect(issuesOf(articleFactsSchema, withMessage({ source: 'microsoft-docs-translation' }))).toEqual([
      'errorMessages.0.seenIn: a "microsoft-docs-translation" wording must name the page it was seen on (seenIn: https://…)',
    ]);
    expect(
      issuesOf(articleFactsSchema, withMessage({ source: 'microsoft-kb-translation', seenIn: 'http://example.com/' })),
    ).toHaveLength(1);
    expect(
      issuesOf(
        articleFactsSchema,
        withMessage({ source: 'microsoft-kb-translation', seenIn: 'https://support.microsoft.com/cs-cz/kb/954584' }),
      ),
    ).toEqual([]);
    // Product output needs no page: it is what the program prints.
    expect(issuesOf(articleFactsSchema, withMessage({ source: 'dotnet-framework' }))).toEqual([]);
  });

  it('rejects a resolution that names an unknown cause, naming the field', () => {
    const issues = issuesOf(
      articleFactsSchema,
      rawFacts({ resolutions: [{ id: 'first-fix', causes: ['first-cause', 'ghost'] }] }),
    );
    expect(issues).toContainEqual(expect.stringMatching(/^resolutions\.0\.causes\.1: .*unknown cause "ghost"/));
  });

  it('rejects a cause that no resolution fixes', () => {
    const causes = [
      { id: 'first-cause', findings: [] },
      { id: 'orphan', findings: [] },
    ];
    expect(issuesOf(articleFactsSchema, rawFacts({ causes }))).toContainEqual(
      expect.stringMatching(/^causes\.1\.id: cause "orphan" has no resolution/),
    );
  });

  it('rejects duplicate cause and resolution ids', () => {
    const cause = { id: 'first-cause', findings: [] };
    const resolution = { id: 'first-fix', causes: ['first-cause'] };
    const issues = issuesOf(
      articleFactsSchema,
      rawFacts({ causes: [cause, cause], resolutions: [resolution, resolution] }),
    );
    expect(issues).toContainEqual(expect.stringMatching(/^causes\.1\.id: duplicate id "first-cause"/));
    expect(issues).toContainEqual(expect.stringMatching(/^resolutions\.1\.id: duplicate id "first-fix"/));
  });
});

describe('articleTextSchema', () => {
  it('accepts a valid language file', () => {
    expect(issuesOf(articleTextSchema, rawText())).toEqual([]);
  });

  it.each([
    ['a description shorter than 110 characters', { description: 'Too short.' }, 'description:'],
    ['a description longer than 160 characters', { description: 'x'.repeat(161) }, 'description:'],
    ['a cause without a title', { causes: [{ id: 'first-cause' }] }, 'causes.0.title:'],
    [
      'findings, which belong in the facts file',
      { causes: [{ id: 'first-cause', title: 'The first cause', findings: [] }] },
      'causes.0: unknown field "findings": the id, findings, the causes a resolution fixes and everything else',
    ],
    ['error messages, which belong in the facts file', { errorMessages: [] }, ': unknown field "errorMessages"'],
    ['an id, which the folder gives', { id: 'sample-article' }, ': unknown field "id"'],
    ['a reference without a URL', { references: [{ title: 'Somewhere', url: 'not a url' }] }, 'references.0.url:'],
  ])('rejects %s', (_name, overrides, expected) => {
    expect(issuesOf(articleTextSchema, rawText(overrides)).join('\n')).toContain(expected);
  });

  it('rejects a cause id titled twice', () => {
    const cause = { id: 'first-cause', title: 'The first cause' };
    expect(issuesOf(articleTextSchema, rawText({ causes: [cause, cause] }))).toContainEqual(
      expect.stringMatching(/^causes\.1\.id: duplicate id "first-cause"/),
    );
  });
});
