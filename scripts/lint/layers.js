// @ts-check
import path from 'node:path';

/**
 * An ESLint rule that keeps the architecture's rooms apart: each zone names the files it
 * governs (`files`, path prefixes from the project root) and the places they may not import
 * (`forbid`), with exceptions (`allow`). Relative imports are resolved against the importing
 * file, so `../../checker/chain.ts` and `../checker/chain.ts` are judged by where they land.
 * Bare package names are matched as given (`astro`, `i18next`).
 */

/** @typedef {{ files: string[], except?: string[], forbid: string[], allow?: string[], message: string }} Zone */

/** Names the `<script>` blocks of .astro components in a zone's `files`. */
export const SCRIPT_BLOCKS = '<script>';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Where an import lands, as a path from the project root, or the package name for bare imports.
 * @param {string} source @param {string} filename
 */
function landing(source, filename) {
  if (!source.startsWith('.')) return source;
  return path
    .relative(ROOT, path.resolve(path.dirname(filename), source))
    .split(path.sep)
    .join('/');
}

/**
 * A prefix ending in `/` is a folder (everything under it); any other is a file or a package.
 * @param {string} target @param {string} prefix
 */
function under(target, prefix) {
  return prefix.endsWith('/') ? target.startsWith(prefix) : target === prefix || target.startsWith(`${prefix}/`);
}

/** @param {string} filename */
function projectPath(filename) {
  return path.relative(ROOT, filename).split(path.sep).join('/');
}

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'imports must respect the layers of the architecture' },
    schema: [{ type: 'array' }],
  },
  create(context) {
    /** @type {Zone[]} */
    const zones = context.options[0] ?? [];
    const file = projectPath(context.filename);
    // eslint-plugin-astro lints each <script> of a component as a block named `Foo.astro/1_1.ts`:
    // that code runs in the browser, so only zones that name SCRIPT_BLOCKS govern it.
    const isScriptBlock = /\.astro\/[^/]+$/.test(file);
    /** @param {Zone} zone */
    const governs = (zone) =>
      isScriptBlock
        ? zone.files.includes(SCRIPT_BLOCKS)
        : zone.files.some((prefix) => under(file, prefix)) &&
          !(zone.except ?? []).some((prefix) => under(file, prefix));
    const active = zones.filter(governs);
    if (active.length === 0) return {};

    /** @param {import('estree').Node} node @param {unknown} source */
    function check(node, source) {
      if (typeof source !== 'string') return;
      // A <script> block resolves its imports from the .astro file it sits in.
      const target = landing(source, context.physicalFilename);
      for (const zone of active) {
        const forbidden = zone.forbid.some((prefix) => under(target, prefix));
        const allowed = (zone.allow ?? []).some((prefix) => under(target, prefix));
        if (forbidden && !allowed) context.report({ node, message: `${zone.message} (${file} imports ${target})` });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
