import { rename, rmdir } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { LOCALES } from '../i18n/locales.ts';
import type { PublicAddress } from './public-address.ts';

/**
 * What `astro build` does beyond rendering pages, registered in astro.config.mjs:
 * - says once, plainly, when no public address is set (the build is then fine for any host,
 *   but has no absolute URLs and no sitemap);
 * - moves each language's 404 page from `<lang>/404/index.html`, where Astro writes every page
 *   under `build.format: 'directory'` (only the root 404 is special to Astro), to
 *   `<lang>/404.html`, next to the root's own `404.html`, where server configs point.
 */
export function siteBuildHooks(address: PublicAddress): AstroIntegration {
  return {
    name: 'trustkb',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'build' && address.siteUrl === null) {
          logger.warn(
            'TRUSTKB_SITE is not set: pages carry no canonical, hreflang or og:url and no sitemap.xml is written. Set it to the public address (e.g. https://kb.example.org/) for a deployment.',
          );
        }
      },
      'astro:build:done': async ({ dir }) => {
        for (const locale of LOCALES) {
          const folder = new URL(`${locale}/404/`, dir);
          await rename(new URL('index.html', folder), new URL(`${locale}/404.html`, dir));
          await rmdir(folder);
        }
      },
    },
  };
}
