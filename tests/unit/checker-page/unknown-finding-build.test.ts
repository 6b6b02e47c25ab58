import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

/**
 * The checker links findings to articles through `causes[].findings` in each article's facts
 * file; a misspelt id there would silently lose the link, so the real build must stop and name
 * the file and the field.
 */
const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'trustkb-unknown-finding-'));

afterAll(() => rmSync(root, { recursive: true, force: true }));

it(
  'astro build fails when an article names an unknown finding id, naming the file and field',
  { timeout: 120_000 },
  async () => {
    for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
    }
    symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
    const file = join(root, 'content/articles/certificate-expired/article.yaml');
    const source = readFileSync(file, 'utf8');
    const broken = source.replace(
      'findings: [time.expired, time.expiring-soon]',
      'findings: [time.expired, time.expires-soon]',
    );
    expect(broken).not.toBe(source);
    writeFileSync(file, broken);

    const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        process.execPath,
        [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root],
        { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, timeout: 90_000 },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}\n${stderr}` }),
      );
    });
    expect(code).not.toBe(0);
    expect(output).toContain('certificate-expired/article.yaml');
    expect(output).toMatch(/causes\.0\.findings\.1/);
    // Zod names the field and lists the ids it knows, so the fix is plain.
    expect(output).toContain('"time.expiring-soon"');
  },
);
