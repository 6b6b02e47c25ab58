import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../../../bench/lib/project-copy.ts';

/**
 * A second build reuses what did not change (README, "Building"): built article modules, article pages,
 * API and spelling files, each language's search index, precompressed copies. Whatever it reused,
 * its site must be the site a build from scratch makes of the same content. Here one project is
 * built, an English article edited and built again; a second project with the same edit is built
 * from scratch; the two sites are compared file by file.
 */
const checkout = fileURLToPath(new URL('../../../', import.meta.url));
const copies: ProjectCopy[] = [];
afterAll(() => {
  for (const copy of copies) copy.remove();
});

/**
 * An edit of an English article's title and body: its page, its API file, the pages that link it
 * by title (related articles, listings), the English spelling words and search index change; no
 * Czech file does.
 */
const EDITED = 'content/articles/certificate-expired/en.mdx';
function edit(root: string): void {
  const file = join(root, EDITED);
  const text = readFileSync(file, 'utf8');
  const retitled = text.replace(
    /^title: "Exchange certificate expired/m,
    'title: "Exchange certificate lapsed, expired',
  );
  if (retitled === text) throw new Error(`the test's edit no longer applies to ${EDITED}`);
  writeFileSync(file, `${retitled}\nOne more sentence, added by the test.\n`);
}

async function build(root: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TRUSTKB_SITE: '', TRUSTKB_BASE: '', TRUSTKB_OUT_DIR: '' },
    maxBuffer: 64 * 1024 * 1024,
  });
  // Astro colours its log where it sees CI, even into a pipe.
  return stripVTControlCharacters(stdout);
}

function siteFiles(root: string): Map<string, Buffer> {
  const dist = join(root, 'dist');
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(dist.length + 1), readFileSync(path)];
    }),
  );
}

describe('a second build', { timeout: 240_000 }, () => {
  it('rebuilds only what an edit touched, and writes the site a build from scratch writes', async () => {
    const incremental = copyProject(checkout, 'second-build');
    const scratch = copyProject(checkout, 'scratch-build');
    copies.push(incremental, scratch);
    edit(scratch.root);
    const [, scratchLog] = await Promise.all([build(incremental.root), build(scratch.root)]);
    expect(scratchLog).toMatch(/articles: 0 from the last build, 18 bundled \(18 kept for the next/);

    edit(incremental.root);
    const log = await build(incremental.root);
    // Only the edited article is compiled and bundled again; the others load from the modules the
    // first build kept.
    expect(log).toMatch(
      /articles: 17 from the last build, 1 bundled \(1 kept for the next, 0 that import more than Astro\)/,
    );
    expect(log).toMatch(/full search index: cs 9 pages, unchanged since the last build; en 9 pages, indexed/);
    // Astro copied the untouched article pages and API files instead of rendering them.
    expect(log).toMatch(/\/cs\/certificate-expired\/index\.html \(restored\)/);
    expect(log).toMatch(/\/api\/articles\/en\/missing-intermediate\.json \(restored\)/);
    expect(log).not.toMatch(/\/en\/certificate-expired\/index\.html \(restored\)/);
    expect(log).not.toMatch(/\/api\/articles\/en\/certificate-expired\.json \(restored\)/);
    // A page that links the edited article by its title is rendered again, from its article's
    // kept module: the comparison below checks it against the page rendered from the bundle.
    expect(log).not.toMatch(/\/en\/missing-intermediate\/index\.html \(restored\)/);

    const rebuilt = siteFiles(incremental.root);
    const fromScratch = siteFiles(scratch.root);
    expect([...rebuilt.keys()].sort()).toEqual([...fromScratch.keys()].sort());
    const different = [...fromScratch]
      .filter(([file, bytes]) => !rebuilt.get(file)!.equals(bytes))
      .map(([file]) => file);
    expect(different).toEqual([]);
  });
});
