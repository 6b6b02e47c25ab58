// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { baseLinksPlugin } from './src/content/base-links.ts';
import { siteBuildHooks } from './src/site/build-hooks.ts';
import { contentCodeHash } from './src/site/content-store-stamp.ts';
import { articleImportsHash, prebuiltArticles } from './src/site/prebuilt-articles.ts';
import { astroCacheDir, readOutDir } from './src/site/out-dir.ts';
import { readPublicAddress } from './src/site/public-address.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES, CSP_STYLE_RESOURCES } from './src/deploy/policy.ts';

/**
 * Where the site lives (src/site/public-address.ts): TRUSTKB_SITE, the public address, makes
 * canonical URLs, hreflang, Open Graph and the sitemap absolute; unset, they are site-relative
 * and there is no sitemap. TRUSTKB_BASE (or the path of TRUSTKB_SITE) is the sub-path the site
 * is served under. TRUSTKB_OUT_DIR is where the build writes (default dist). A setting that
 * cannot be used stops the build here, with a message naming the variable and its value.
 */
const address = readPublicAddress(process.env);
const cacheDir = astroCacheDir(readOutDir(process.env));
const projectRoot = fileURLToPath(new URL('.', import.meta.url));
/** An article's MDX file, content/articles/<id>/<lang>.mdx. */
const articleModule = /[\\/]content[\\/]articles[\\/][^\\/]+[\\/][^\\/]+\.mdx$/;
/** Everything besides an article's own text that shapes its built module. */
const articleCodeFingerprint = [
  contentCodeHash(projectRoot),
  address.base,
  articleImportsHash(`${projectRoot}content/articles`, (path) => articleModule.test(path)),
].join(' ');

export default defineConfig({
  site: address.siteUrl ?? undefined,
  base: address.base,
  outDir: readOutDir(process.env),
  trailingSlash: 'always',
  // Kept inside the project root so a build of another root (the broken-content tests) has its own,
  // and one per output folder: the plain and the sub-path build differ in every page, so each keeps
  // the pages of its own last build for the next (experimental.incrementalBuild below).
  cacheDir: `./${cacheDir}`,
  build: {
    format: 'directory',
    // Pages render four at a time: one at a time, Astro's thread waited on each page's file writes
    // for a third of the rendering (2,190 pages at 1,000 articles a language: 40 → 30 s).
    concurrency: 4,
  },
  integrations: [
    // optimize: the static parts of an article's MDX compile to one HTML string each instead of a
    // JSX call per element. The compiled articles are most of what Vite bundles and Node loads and
    // runs per page: at 1,000 articles a language the astro build took 53 → 43 CPU-seconds and
    // 2.2 → 1.8 GB. The pages are the same (a quote in text is no longer written as &quot;).
    mdx({ optimize: true }),
    // A build compiles and bundles only the articles that changed; the others load from what the
    // last build of this output folder kept.
    prebuiltArticles({
      folder: `${projectRoot}${cacheDir}/articles`,
      fingerprint: articleCodeFingerprint,
      test: articleModule,
    }),
    siteBuildHooks(address),
  ],
  markdown: {
    // Shiki colours code with inline styles, which the CSP forbids; commands are plain text here.
    syntaxHighlight: false,
    // Astro's own processor (Sätteri), plus one plugin: the articles link root-relative
    // (/en/…), and under a sub-path those links get the base.
    processor: satteri({ hastPlugins: [baseLinksPlugin(address.base)] }),
  },
  server: { host: '127.0.0.1', port: 4321 },
  security: {
    // Astro hashes every script and style it emits into a <meta> CSP; nothing else may run, and
    // nothing may be fetched from another host. The policy lives in src/deploy/policy.ts, which
    // also writes it, with frame-ancestors, into every server config's header.
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_RESOURCES] },
      styleDirective: { resources: [...CSP_STYLE_RESOURCES] },
    },
  },
  experimental: {
    // A second build copies every article page whose cacheKey (src/site/page-cache-key.ts), code
    // and MDX are unchanged from the last build, instead of rendering it again.
    incrementalBuild: true,
  },
  vite: {
    build: {
      // Scripts stay external hashed modules, so the CSP needs no inline script allowance.
      assetsInlineLimit: 0,
      rolldownOptions: {
        output: {
          codeSplitting: {
            // The compiled articles go into shared chunks of up to 1 MB instead of one chunk each:
            // at 1,000 articles a language, 45 chunks instead of 2,000 to write, and to load while
            // the pages render. The astro step took 15–25% less CPU (two runs each, alternating).
            // Astro's incremental build keys pages by their modules, not by chunks, so an edit
            // still re-renders only the pages it touched.
            groups: [{ name: 'articles', test: articleModule, maxSize: 1_000_000 }],
          },
        },
        onLog(level, log, handler) {
          // Each MDX module carries a harmless "use strict"-style directive warning.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
