// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES, CSP_STYLE_RESOURCES } from './src/deploy/policy.ts';

/**
 * The public origin the site is served from: canonical URLs, hreflang, the sitemap and Open
 * Graph use it. Set TRUSTKB_SITE when deploying; the default is the local preview server.
 */
const site = process.env.TRUSTKB_SITE ?? 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  outDir: process.env.TRUSTKB_OUT_DIR || './dist',
  // Kept inside the project root so a build of another root (the broken-content tests) has its own.
  cacheDir: './.cache/astro',
  build: { format: 'directory' },
  integrations: [mdx()],
  // Shiki colours code with inline styles, which the CSP forbids; commands are plain text here.
  markdown: { syntaxHighlight: false },
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
  vite: {
    build: {
      // Scripts stay external hashed modules, so the CSP needs no inline script allowance.
      assetsInlineLimit: 0,
      rolldownOptions: {
        onLog(level, log, handler) {
          // Each MDX module carries a harmless "use strict"-style directive warning.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
