import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { folderNames } from './folder-names.ts';

export interface PrebuiltArticlesOptions {
  /** Where the built article modules are kept: one folder per output, like Astro's own cache. */
  folder: string;
  /**
   * Everything besides a file's path and text that shapes its built module: the site's code,
   * config and lockfile (which pins every compiler and plugin version), the base the links get, and
   * the files articles import (`articleImportsHash`).
   */
  fingerprint: string;
  /** The article files, by absolute path. */
  test: RegExp;
}

/**
 * The define that carries `fingerprint` into the config Astro hashes for its incremental build.
 * Nothing reads it: it is there so that a change of the code that builds the articles makes Astro
 * render every page again (see below).
 */
export const ARTICLE_CODE_DEFINE = '__TRUSTKB_ARTICLE_CODE__';

/**
 * The query of the module by which Astro renders a content entry: it carries the entry's styles
 * and imports the entry's own module when the entry is rendered
 * (astro/dist/content/vite-plugin-content-assets.js).
 */
const ENTRY_QUERY = 'astroPropagatedAssets';

/**
 * The module metadata by which Astro's incremental build (astro/dist/core/build/incremental-metadata.js)
 * leaves a module out of its hash of a page's modules, as it does for content data.
 */
const INCREMENTAL_META_KEY = 'astroIncremental';
const CONTENT_DATA_META = { [INCREMENTAL_META_KEY]: { kind: 'content-data' } };

/** An import of a file's text, as an article imports a script it shows: `import name from './x.ps1?raw';` */
const RAW_IMPORT = /^import\s+([A-Za-z_$][\w$]*)\s+from\s+(["'])([^"'\n]+)\?raw\2;?[ \t]*$/gm;
/** Any import or re-export at the start of a line of a module, and its specifier. */
const STATIC_IMPORT = /^(?:import|export)\b[^;]*?\bfrom\s*(["'])([^"'\n]+)\1|^import\s*(["'])([^"'\n]+)\3/gm;

/**
 * Built articles, loaded by Node beside the bundle instead of bundled again.
 *
 * Vite bundles every article on every build, compiled already or not: at 1,000 articles a language
 * that was 9–12 s of each build, nearly all of it per module (with every article cut to one line
 * it still took 9.5 s), and Astro's incremental build skips rendering, not bundling. So a build
 * keeps each article's module as Vite finished transforming it (compiled MDX plus Astro's exports,
 * `this.getModuleInfo(id).code`) in `folder`, with the small module through which Astro renders a
 * content entry, and the next build resolves that entry to the kept files as external modules:
 * the bundle imports them, Node loads them when a page renders its article, and Vite never sees
 * them. Only the articles whose text changed are bundled.
 *
 * - The key is the hash of the file's path and text and of `fingerprint`. A file an article
 *   imports `?raw` is written into the kept module as a string; any other import than Astro's
 *   runtime keeps the article bundled on every build, as before.
 * - The kept module imports `astro/jsx-runtime` and `astro/runtime/server` from node_modules, a
 *   second copy of what the bundle holds. Astro marks its JSX nodes, HTML strings, fragments and
 *   renderers with string keys and `Symbol.for`, which both copies share; the build test that
 *   compares a second build with a build from scratch checks the pages are the same.
 * - An entry's module collects no styles: a kept article imports no stylesheet.
 * - Astro's incremental build hashes a page's modules, and a kept article is not among them. So
 *   an article that can be kept is left out of that hash from its first build on, as content
 *   data is; the page's `cacheKey` has the article's text (src/site/page-cache-key.ts), and
 *   `fingerprint` goes into the config Astro hashes, so a code change renders every page again.
 * - What no build used is deleted when the build is done. `astro dev` bundles as before.
 */
export function prebuiltArticles({ folder, fingerprint, test }: PrebuiltArticlesOptions): AstroIntegration {
  const keys = new Map<string, string>();
  /** Articles bundled in this build, by path: their key, to keep their module when the bundle is written. */
  const bundled = new Map<string, string>();
  const counts = { prebuilt: 0, kept: 0, notPortable: 0 };
  const moduleFile = (key: string): string => join(folder, `${key}.mjs`);
  const entryFile = (key: string): string => join(folder, `${key}.entry.mjs`);

  function keyOf(path: string): string {
    let key = keys.get(path);
    if (key === undefined) {
      key = createHash('sha256').update(`${fingerprint}\0${path}\0`).update(readFileSync(path)).digest('hex');
      keys.set(path, key);
    }
    return key;
  }

  const plugin: Plugin = {
    name: 'trustkb:prebuilt-articles',
    enforce: 'pre',
    // Pages render in the prerender environment; no article is part of the browser's bundle.
    applyToEnvironment: (environment) => environment.name === 'prerender',
    resolveId: {
      filter: { id: /\.mdx(?:\?astroPropagatedAssets)?$/ },
      handler(source) {
        const [path = '', query] = source.split('?');
        if (!isAbsolute(path) || !test.test(path) || (query !== undefined && query !== ENTRY_QUERY)) return null;
        const key = keyOf(path);
        // Both files, as the entry imports the module: a folder half deleted by hand bundles again.
        if (existsSync(entryFile(key)) && existsSync(moduleFile(key))) {
          if (query === ENTRY_QUERY) counts.prebuilt++;
          return { id: pathToFileURL(query === ENTRY_QUERY ? entryFile(key) : moduleFile(key)).href, external: true };
        }
        if (query === undefined) bundled.set(path, key);
        return null;
      },
    },
    transform: {
      filter: { id: test },
      order: 'post',
      handler(code, id) {
        // A module that can be kept is left out of Astro's hash of the page's modules now, as it
        // will be once it is loaded from the cache: otherwise the next build, which loads it from
        // there, would find the page's hash changed and render every article page again.
        if (!bundled.has(id) || !portable(code)) return null;
        return { code, meta: CONTENT_DATA_META };
      },
    },
    generateBundle() {
      for (const [path, key] of bundled) {
        const info = this.getModuleInfo(path);
        const marked = info?.meta?.[INCREMENTAL_META_KEY] !== undefined;
        const code = info?.code ?? '';
        // What the bundler resolved, which no reading of the code can miss.
        const loadsFromCache =
          portable(code) &&
          (info?.dynamicallyImportedIds ?? []).length === 0 &&
          (info?.importedIds ?? []).every((id) => /[\\/]node_modules[\\/]astro[\\/]/.test(id) || id.endsWith('?raw'));
        // Marked but not loadable from the cache would leave what it imports out of every hash.
        if (marked && !loadsFromCache)
          throw new Error(
            `${path}: its module imports more than the build can keep: update src/site/prebuilt-articles.ts`,
          );
        if (!marked) {
          counts.notPortable++;
          continue;
        }
        mkdirSync(folder, { recursive: true });
        writeWhole(moduleFile(key), inlineRawImports(code, path));
        // Last, as resolveId looks for it: Astro's entry module as the bundle has it, no styles to collect.
        writeWhole(
          entryFile(key),
          [
            `async function getMod() {\n\treturn import(${JSON.stringify(pathToFileURL(moduleFile(key)).href)});\n}`,
            'const defaultMod = { __astroPropagation: true, getMod, collectedLinks: [], collectedStyles: [], collectedScripts: [] };',
            'export default defaultMod;',
            '',
          ].join('\n'),
        );
        counts.kept++;
      }
    },
  };

  return {
    name: 'trustkb:prebuilt-articles',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({ vite: { plugins: [plugin], define: { [ARTICLE_CODE_DEFINE]: JSON.stringify(fingerprint) } } });
      },
      'astro:build:done': ({ logger }) => {
        if (keys.size === 0) return;
        const used = new Set([...keys.values()]);
        for (const name of folderNames(folder))
          if (!used.has(name.replace(/(?:\.entry)?\.mjs$/, ''))) rmSync(join(folder, name), { force: true });
        logger.info(
          `articles: ${counts.prebuilt} from the last build, ${bundled.size} bundled (${counts.kept} kept for the next, ${counts.notPortable} that import more than Astro)`,
        );
      },
    },
  };
}

/**
 * Whether a module can load from the cache folder: its imports all name Astro's runtime (`astro/…`),
 * which Node resolves from there as from the bundle, or a file's text (`?raw`), which is written
 * into it. A relative import would load something else, or nothing, from there, and `import.meta`
 * is filled in by the bundler. Dynamic imports are checked where the bundler lists them.
 */
export function portable(code: string): boolean {
  if (/\bimport\.meta\b/.test(code)) return false;
  const raw = new Set([...code.matchAll(RAW_IMPORT)].map((match) => match.index));
  for (const match of code.matchAll(STATIC_IMPORT)) {
    const source = match[2] ?? match[4] ?? '';
    if (!raw.has(match.index) && !/^astro\/[\w./-]+$/.test(source)) return false;
  }
  return true;
}

/** `code` with each `import name from '<file>?raw'` replaced by the file's text, as Vite would give it. */
export function inlineRawImports(code: string, modulePath: string): string {
  return code.replace(RAW_IMPORT, (_statement, name: string, _quote: string, file: string) => {
    const text = readFileSync(resolve(dirname(modulePath), file), 'utf8');
    return `const ${name} = ${JSON.stringify(text)};`;
  });
}

/**
 * The hash of every file the articles under `articlesDir` import `?raw`. It belongs in `fingerprint`:
 * a kept article has the text written in, and Astro no longer sees the import.
 */
export function articleImportsHash(articlesDir: string, isArticle: (path: string) => boolean): string {
  const hash = createHash('sha256');
  const articles = readdirSync(articlesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter(isArticle)
    .sort();
  for (const article of articles) {
    for (const match of readFileSync(article, 'utf8').matchAll(RAW_IMPORT)) {
      const file = resolve(dirname(article), match[3]!);
      hash.update(`${article}\0${file}\0`);
      hash.update(existsSync(file) ? readFileSync(file) : '(missing)');
    }
  }
  return hash.digest('hex');
}

/** Writes a file whole, then renames it: a build stopped halfway leaves no half module to load. */
function writeWhole(file: string, text: string): void {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}
