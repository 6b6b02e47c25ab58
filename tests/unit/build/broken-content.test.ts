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
  it('fails when an article lacks a language, naming the missing file', async () => {
    const root = siteWith((articles) => {
      mkdirSync(join(articles, 'english-only'));
      cpSync(join(articles, article, 'en.mdx'), join(articles, 'english-only', 'en.mdx'));
      edit(join(articles, 'english-only', 'en.mdx'), `id: ${article}`, 'id: english-only');
    });
    const { code, output } = await build(root);
    expect(code).not.toBe(0);
    expect(output).toContain(
      'content/articles/english-only/cs.mdx: missing: article "english-only" has no "cs" version',
    );
  });

  it('fails when a resolution names an unknown cause, naming the file and field', async () => {
    const root = siteWith((articles) => {
      edit(join(articles, article, 'cs.mdx'), 'causes: [name-mismatch]', 'causes: [no-such-cause]');
    });
    const { code, output } = await build(root);
    expect(code).not.toBe(0);
    expect(output).toContain(`${article}/cs.mdx`);
    expect(output).toMatch(/resolutions\.1\.causes\.0.*unknown cause "no-such-cause"/s);
  });
});
