import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLES_DIR, readArticleFiles } from '../../../src/content/files.ts';

/**
 * The Node-side reader (CLI, scripts) refuses broken content with the same kind of message as
 * the build: the file, the field, what is wrong. Each case breaks a copy of the real articles.
 */
const copies: string[] = [];
afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

function articlesWith(file: string, from: RegExp | string, to: string): URL {
  const copy = mkdtempSync(join(tmpdir(), 'trustkb-articles-'));
  copies.push(copy);
  cpSync(ARTICLES_DIR, copy, { recursive: true });
  const path = join(copy, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`the case did not change ${file}`);
  writeFileSync(path, changed);
  return pathToFileURL(`${copy}/`);
}

describe('readArticleFiles', () => {
  it('gives each language its own titles and the shared facts', () => {
    const [czech, english] = readArticleFiles()
      .filter((file) => file.data.id === 'certificate-expired')
      .sort((a, b) => a.data.locale.localeCompare(b.data.locale));
    expect(czech!.filePath).toMatch(/certificate-expired[/\\]cs\.mdx$/);
    expect(czech!.data.causes[0]).toMatchObject({ id: 'expired', findings: ['time.expired', 'time.expiring-soon'] });
    expect(english!.data.causes[0]).toEqual({
      id: 'expired',
      title: 'The certificate has expired',
      findings: ['time.expired', 'time.expiring-soon'],
      sharedFindings: [],
    });
    expect(czech!.data.causes[0]!.title).not.toBe(english!.data.causes[0]!.title);
    expect(czech!.body).toContain('<Cause id="expired">');
  });

  it.each([
    [
      'an unknown finding id in a facts file',
      'certificate-expired/article.yaml',
      'time.expiring-soon',
      'time.expires-soon',
      /certificate-expired[/\\]article\.yaml: causes\.0\.findings\.1: /,
    ],
    [
      'facts left in a language file',
      'certificate-expired/en.mdx',
      /^---\n/,
      '---\nsymptomGroup: trust\n',
      /certificate-expired[/\\]en\.mdx: unknown field "symptomGroup": .* belong in article\.yaml/,
    ],
    [
      'a language file that lacks a cause title',
      'certificate-expired/cs.mdx',
      /^ {2}- id: not-yet-valid\n.*\n/m,
      '',
      /certificate-expired[/\\]cs\.mdx: field "causes": no title for cause "not-yet-valid" of article\.yaml/,
    ],
    [
      'a related id that no article has',
      'missing-intermediate/article.yaml',
      /^related:\n/m,
      'related:\n  - nowhere\n',
      /missing-intermediate[/\\]article\.yaml: field "related\[0\]": no article has the id "nowhere"/,
    ],
  ])('refuses %s, naming the file and field', (_name, file, from, to, expected) => {
    expect(() => readArticleFiles(articlesWith(file, from, to))).toThrow(expected);
  });
});
