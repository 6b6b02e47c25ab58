// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layersRule, SCRIPT_BLOCKS } from './scripts/lint/layers.js';

/**
 * The rooms of the project and who may enter them. Each zone is enforced on every `npm test`
 * (through `npm run lint`), so the layering described in the README cannot drift back.
 */
const LAYERS = [
  {
    files: ['src/checker/'],
    forbid: ['src/', 'astro', 'astro:content', 'i18next'],
    allow: ['src/checker/'],
    message: 'The checker core is plain TypeScript: it imports nothing of the site, the page, the CLI or i18n',
  },
  {
    files: ['src/', 'bin/', 'bench/', 'scripts/', 'tests/', SCRIPT_BLOCKS],
    // The root-table generator writes a module of the core with the core's own parser.
    except: ['src/checker/', 'tests/unit/checker/', 'scripts/generate-public-roots.ts'],
    forbid: ['src/checker/'],
    // Leaves with no imports, which search reads without loading the checker: dotnet-names.ts (the
    // .NET enum names), pem.ts and limits.ts (finding certificates in a paste, within the same limits).
    allow: ['src/checker/index.ts', 'src/checker/dotnet-names.ts', 'src/checker/pem.ts', 'src/checker/limits.ts'],
    message: 'Outside the checker core, import it through src/checker/index.ts only',
  },
  {
    files: ['src/client/', SCRIPT_BLOCKS],
    forbid: ['src/cli/', 'bin/'],
    message: 'Browser code never imports from the CLI',
  },
  {
    files: ['src/'],
    except: ['src/client/'],
    forbid: ['src/client/'],
    message: 'The site never imports browser code: a page loads it with a <script> tag',
  },
  {
    files: ['src/', 'bin/', 'bench/', 'scripts/', SCRIPT_BLOCKS],
    forbid: ['tests/'],
    message: 'Tests may use the tools, never the other way round: move shared helpers to scripts/lib/',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-server/',
      'dist-kb/',
      'dist-kb-server/',
      // A site a build moved aside to delete (scripts/lib/clear-site-aside.ts).
      '.*.previous-*/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { trustkb: { rules: { layers: layersRule } } },
    rules: {
      'trustkb/layers': ['error', LAYERS],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Astro's generated types are referenced the way Astro documents it.
    files: ['src/env.d.ts'],
    rules: { '@typescript-eslint/triple-slash-reference': 'off' },
  },
  {
    files: ['src/client/**', 'src/**/*.astro', 'src/**/*.astro/*'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
