import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import {
  ARTICLE_CODE_DEFINE,
  articleImportsHash,
  inlineRawImports,
  portable,
  prebuiltArticles,
} from '../../../src/site/prebuilt-articles.ts';
import { tempFolders } from './temp-folders.ts';

/**
 * The articles kept beside the bundle, driven the way Astro and Vite drive the plugin: resolve,
 * transform, then the bundle's end with the modules as Vite finished them, then the build's end.
 * tests/unit/build/second-build.test.ts runs it in real builds and compares a page rendered from
 * a kept module with the page rendered from the bundle.
 */
const scratch = tempFolders('prebuilt');

const ARTICLE = /[\\/]content[\\/]articles[\\/][^\\/]+[\\/][^\\/]+\.mdx$/;
const ASTRO_RUNTIME = '/project/node_modules/astro/dist/jsx-runtime/index.js';
const BUILT = [
  'import { Fragment as _Fragment, jsx as _jsx } from "astro/jsx-runtime";',
  'function MDXContent() { return _jsx("p", { children: "text" }); }',
  'export const Content = MDXContent;',
  "import { __astro_tag_component__ } from 'astro/runtime/server/index.js';",
].join('\n');

interface ModuleInfo {
  code: string;
  meta: Record<string, unknown>;
  importedIds: string[];
  dynamicallyImportedIds: string[];
}

/** One build of the plugin; `built` gives each bundled article's module as Vite finished it. */
function build(folder: string, fingerprint = 'code-v1') {
  const integration = prebuiltArticles({ folder, fingerprint, test: ARTICLE });
  const added: { plugins: Plugin[]; define: Record<string, string> }[] = [];
  const setup = integration.hooks['astro:config:setup'] as unknown as (options: object) => void;
  setup({ command: 'build', updateConfig: (config: { vite: (typeof added)[0] }) => added.push(config.vite) });
  const plugin = added[0]!.plugins[0]!;
  const hook = <T>(name: 'resolveId' | 'transform'): T => (plugin[name] as { handler: T }).handler;
  const resolveId = hook<(source: string) => { id: string; external: boolean } | null>('resolveId');
  const transform =
    hook<(code: string, id: string) => { code: string; meta: Record<string, unknown> } | null>('transform');
  const modules = new Map<string, ModuleInfo>();
  const logged: string[] = [];
  return {
    define: added[0]!.define,
    resolve: (source: string) => resolveId.call({}, source),
    /** Transforms a bundled article as Vite's last transform hands it over, and records the module. */
    bundle(path: string, code = BUILT, importedIds = [ASTRO_RUNTIME]) {
      const result = transform.call({}, code, path);
      modules.set(path, { code, meta: result?.meta ?? {}, importedIds, dynamicallyImportedIds: [] });
      return result;
    },
    generateBundle() {
      (plugin.generateBundle as (this: object) => void).call({
        getModuleInfo: (id: string) => modules.get(id) ?? null,
      });
    },
    done() {
      (integration.hooks['astro:build:done'] as unknown as (options: object) => void)({
        logger: { info: (line: string) => logged.push(line) },
      });
      return logged;
    },
  };
}

function project(): { root: string; article: string } {
  const root = scratch();
  mkdirSync(join(root, 'content/articles/a'), { recursive: true });
  mkdirSync(join(root, 'public/tools'), { recursive: true });
  writeFileSync(join(root, 'public/tools/report.ps1'), 'Write-Host "report"\n');
  const article = join(root, 'content/articles/a/en.mdx');
  writeFileSync(article, '---\ntitle: A\n---\n\nText.\n');
  return { root, article };
}

describe('prebuilt articles: a build keeps what it bundled, the next loads it beside the bundle', () => {
  it('bundles an article the first time, keeps its module and entry, and resolves both to them next time', () => {
    const { article } = project();
    const folder = scratch();
    const first = build(folder);
    expect(first.resolve(`${article}?astroPropagatedAssets`)).toBeNull();
    expect(first.resolve(article)).toBeNull();
    expect(first.bundle(article)?.meta).toEqual({ astroIncremental: { kind: 'content-data' } });
    first.generateBundle();
    expect(first.done()).toEqual([
      'articles: 0 from the last build, 1 bundled (1 kept for the next, 0 that import more than Astro)',
    ]);
    const kept = readdirSync(folder).sort();
    expect(kept).toHaveLength(2);
    const [entryName, moduleName] = kept as [string, string];
    expect(entryName).toMatch(/^[0-9a-f]{64}\.entry\.mjs$/);
    expect(readFileSync(join(folder, moduleName), 'utf8')).toBe(BUILT);
    const entry = readFileSync(join(folder, entryName), 'utf8');
    expect(entry).toContain(`import(${JSON.stringify(pathToFileURL(join(folder, moduleName)).href)})`);
    expect(entry).toContain('collectedStyles: []');

    const second = build(folder);
    expect(second.resolve(`${article}?astroPropagatedAssets`)).toEqual({
      id: pathToFileURL(join(folder, entryName)).href,
      external: true,
    });
    second.generateBundle();
    expect(second.done()).toEqual([
      'articles: 1 from the last build, 0 bundled (0 kept for the next, 0 that import more than Astro)',
    ]);
    expect(readdirSync(folder).sort()).toEqual(kept);

    // An entry whose module was deleted by hand is bundled again, not loaded half.
    rmSync(join(folder, moduleName));
    const third = build(folder);
    expect(third.resolve(`${article}?astroPropagatedAssets`)).toBeNull();
    expect(third.resolve(article)).toBeNull();
  });

  it('bundles an article again when its text or the code that builds it changed, and prunes the old module', () => {
    const { article } = project();
    const folder = scratch();
    const first = build(folder);
    first.resolve(article);
    first.bundle(article);
    first.generateBundle();
    first.done();
    const before = readdirSync(folder).sort();

    writeFileSync(article, '---\ntitle: A\n---\n\nOther text.\n');
    const edited = build(folder);
    expect(edited.resolve(`${article}?astroPropagatedAssets`)).toBeNull();
    edited.resolve(article);
    edited.bundle(article);
    edited.generateBundle();
    edited.done();
    const after = readdirSync(folder).sort();
    expect(after).toHaveLength(2);
    expect(after.filter((name) => before.includes(name))).toEqual([]);

    const recoded = build(folder, 'code-v2');
    expect(recoded.resolve(`${article}?astroPropagatedAssets`)).toBeNull();
    expect(recoded.define).toEqual({ [ARTICLE_CODE_DEFINE]: JSON.stringify('code-v2') });
  });

  it('leaves alone what is not an article, and other queries of an article', () => {
    const { root, article } = project();
    const folder = scratch();
    const run = build(folder);
    expect(run.resolve(join(root, 'src/pages/page.mdx'))).toBeNull();
    expect(run.resolve('./content/articles/a/en.mdx')).toBeNull();
    expect(run.resolve(`${article}?astroContentCollectionEntry`)).toBeNull();
    run.generateBundle();
    // A build that met no article says nothing and leaves the folder as it is.
    writeFileSync(join(folder, 'kept.mjs'), '');
    expect(run.done()).toEqual([]);
    expect(readdirSync(folder)).toEqual(['kept.mjs']);
  });

  it('keeps an article that imports a file ?raw with the file written in', () => {
    const { article } = project();
    const folder = scratch();
    const code = `import report from "../../../public/tools/report.ps1?raw";\n${BUILT}`;
    const run = build(folder);
    run.resolve(article);
    expect(run.bundle(article, code, [ASTRO_RUNTIME, '/project/public/tools/report.ps1?raw'])?.meta).toBeDefined();
    run.generateBundle();
    const module = readdirSync(folder).find((name) => !name.includes('.entry.'))!;
    expect(readFileSync(join(folder, module), 'utf8')).toBe(
      `const report = ${JSON.stringify('Write-Host "report"\n')};\n${BUILT}`,
    );
  });

  it('does not keep an article that imports anything else, and stops when a marked one turns out to', () => {
    const { article } = project();
    const folder = scratch();
    const run = build(folder);
    run.resolve(article);
    expect(run.bundle(article, `import x from "./x.js";\n${BUILT}`, [ASTRO_RUNTIME, '/project/x.js'])).toBeNull();
    run.generateBundle();
    expect(run.done()).toEqual([
      'articles: 0 from the last build, 1 bundled (0 kept for the next, 1 that import more than Astro)',
    ]);
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);

    const marked = build(folder);
    marked.resolve(article);
    // The code says Astro only, the bundler resolved more: a case the reading missed.
    marked.bundle(article, BUILT, [ASTRO_RUNTIME, '/project/src/other.ts']);
    expect(() => marked.generateBundle()).toThrow(/imports more than the build can keep/);
  });
});

describe('portable: what a kept module may import', () => {
  it.each([
    ['Astro runtime imports', BUILT, true],
    [
      'a multi-line import list',
      'import {\n  jsx as _jsx,\n  jsxs as _jsxs\n} from "astro/jsx-runtime";\nexport default 1;',
      true,
    ],
    ['a ?raw import', `import script from '../../x.ps1?raw';\n${BUILT}`, true],
    ['text that reads like an import', `${BUILT}\nconst text = "import x from 'y'";`, true],
    ['a relative import', `import x from "./x.js";\n${BUILT}`, false],
    ['another package', `import x from "astro-icon";\n${BUILT}`, false],
    ['a side-effect import', `import "./styles.css";\n${BUILT}`, false],
    ['a re-export', `export { x } from "../x.ts";\n${BUILT}`, false],
    ['import.meta', `${BUILT}\nconst base = import.meta.env.BASE_URL;`, false],
  ])('%s', (_name, code, expected) => {
    expect(portable(code)).toBe(expected);
  });
});

describe('inlineRawImports and articleImportsHash', () => {
  it('writes the file in as a string, resolved from the article', () => {
    const { article } = project();
    const code = "import report from '../../../public/tools/report.ps1?raw';\nexport default report;";
    expect(inlineRawImports(code, article)).toBe(
      `const report = ${JSON.stringify('Write-Host "report"\n')};\nexport default report;`,
    );
  });

  it('changes with a file an article imports, and only then', () => {
    const { root, article } = project();
    const articles = join(root, 'content/articles');
    const isArticle = (path: string) => ARTICLE.test(path);
    const plain = articleImportsHash(articles, isArticle);
    writeFileSync(
      article,
      "---\ntitle: A\n---\n\nimport report from '../../../public/tools/report.ps1?raw';\n\nText.\n",
    );
    const importing = articleImportsHash(articles, isArticle);
    expect(importing).not.toBe(plain);
    writeFileSync(join(root, 'public/tools/other.ps1'), 'unrelated');
    expect(articleImportsHash(articles, isArticle)).toBe(importing);
    writeFileSync(join(root, 'public/tools/report.ps1'), 'Write-Host "changed"\n');
    expect(articleImportsHash(articles, isArticle)).not.toBe(importing);
    rmSync(join(root, 'public/tools/report.ps1'));
    expect(() => articleImportsHash(articles, isArticle)).not.toThrow();
  });
});
