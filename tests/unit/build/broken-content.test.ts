import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The real build must refuse broken content and name the file and field. Each scenario copies
 * the site into a temporary root, breaks the first article in one way, and runs `astro build`.
 */
const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const article = 'email-router-ssl-trust';
const roots: string[] = [];

function siteWith(change: (articlesDir: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'trustkb-broken-'));
  roots.push(root);
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  change(join(root, 'content', 'articles'));
  return root;
}

function build(root: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root],
      { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, timeout: 90_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}\n${stderr}` }),
    );
  });
}

function edit(file: string, from: RegExp | string, to: string): void {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`the scenario did not change ${file}`);
  writeFileSync(file, changed);
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('astro build on broken content', { timeout: 120_000 }, () => {
  it('fails on a broken facts file, naming the file and each field', async () => {
    const root = siteWith((articles) => {
      const facts = join(articles, article, 'article.yaml');
      // The fix for name-mismatch now names a cause that does not exist, which also leaves
      // name-mismatch without a resolution; and the two resolutions share an id.
      edit(facts, 'causes: [name-mismatch]', 'causes: [no-such-cause]');
      edit(facts, 'id: matching-name', 'id: trusted-certificate');
    });
    const { code, output } = await build(root);
    expect(code).not.toBe(0);
    expect(output).toContain(`${article}/article.yaml`);
    expect(output).toMatch(/resolutions\.2\.causes\.0.*unknown cause "no-such-cause"/s);
    expect(output).toMatch(/causes\.1\.id.*cause "name-mismatch" has no resolution/s);
    expect(output).toMatch(/resolutions\.2\.id.*duplicate id "trusted-certificate"/s);
  });

  it('fails on facts left in a language file, saying where they belong', async () => {
    const root = siteWith((articles) => {
      edit(join(articles, article, 'cs.mdx'), /^---\n/, '---\nrelated: [missing-intermediate]\n');
    });
    const { code, output } = await build(root);
    expect(code).not.toBe(0);
    expect(output).toContain(`${article}/cs.mdx`);
    expect(output).toContain('unknown field "related"');
    expect(output).toContain('belong in article.yaml');
  });

  it('fails on files that disagree, naming every file and field at once', async () => {
    const root = siteWith((articles) => {
      // An article without its Czech version.
      mkdirSync(join(articles, 'english-only'));
      cpSync(join(articles, article, 'en.mdx'), join(articles, 'english-only', 'en.mdx'));
      writeFileSync(
        join(articles, 'english-only', 'article.yaml'),
        [
          'symptomGroup: trust',
          'appliesTo: [{ product: Microsoft Dynamics CRM E-mail Router }]',
          'errorMessages: [{ text: Only in English, lang: en, source: router }]',
          'causes: [{ id: self-signed }, { id: name-mismatch }]',
          'resolutions:',
          '  - { id: trusted-certificate, causes: [self-signed] }',
          '  - { id: matching-name, causes: [name-mismatch] }',
          'reviewed: 2026-11-29',
        ].join('\n'),
      );
      // Language files that title a resolution the facts lack, and lack a cause's title.
      edit(join(articles, article, 'en.mdx'), 'id: matching-name', 'id: matching-names');
      edit(join(articles, 'certificate-expired', 'cs.mdx'), /^ {2}- id: not-yet-valid\n.*\n/m, '');
      // Facts that point at an article that does not exist, and a wording with two owners.
      edit(join(articles, 'missing-intermediate', 'article.yaml'), /^related:\n/m, 'related:\n  - no-such-article\n');
      edit(
        join(articles, 'internal-server-name', 'article.yaml'),
        /^( {4}source: dotnet-status\n) {4}shared: true\n/m,
        '$1',
      );
    });
    const { code, output } = await build(root);
    expect(code).not.toBe(0);
    for (const line of [
      'content/articles/english-only/cs.mdx: missing: article "english-only" has no "cs" version',
      `content/articles/${article}/en.mdx: field "resolutions[2].id": article.yaml has no resolution "matching-names" (its resolutions: trust-self-signed, trusted-certificate, matching-name)`,
      `content/articles/${article}/en.mdx: field "resolutions": no title for resolution "matching-name" of article.yaml`,
      'content/articles/certificate-expired/cs.mdx: field "causes": no title for cause "not-yet-valid" of article.yaml',
      'content/articles/missing-intermediate/article.yaml: field "related[0]": no article has the id "no-such-article"',
      `content/articles/${article}/article.yaml, content/articles/internal-server-name/article.yaml: field "errorMessages": "RemoteCertificateNameMismatch" is owned by ${article} and internal-server-name`,
    ]) {
      expect(output).toContain(line);
    }
  });

  it('fails on a featured article that does not exist, naming the file and the entry', async () => {
    const root = siteWith((articles) => {
      edit(join(articles, '..', 'featured.yaml'), `  - ${article}\n`, `  - ${article}\n  - no-such-article\n`);
    });
    const { code, output } = await build(root);
    expect(code).not.toBe(0);
    expect(output).toContain('content/featured.yaml is invalid');
    expect(output).toContain('articles.1: "no-such-article" is not an article');
  });
});
