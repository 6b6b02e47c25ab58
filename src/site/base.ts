import { readPublicAddress } from './public-address.ts';

/**
 * The path the site is served under (`/` or `/kb/`), wherever the code runs. In code Vite builds
 * (the pages at build time, the browser scripts) it is Astro's `base`, which Vite writes into the
 * code in place of `import.meta.env`; Astro has already checked and normalized it, so the browser
 * bundles only make sure of the final slash and carry none of the settings code. In plain Node
 * (build scripts, the CLI) `import.meta.env` does not exist, and the settings astro.config.mjs
 * reads decide: TRUSTKB_BASE, else TRUSTKB_SITE's path.
 */
export function siteBase(): string {
  if (typeof import.meta.env === 'object') return import.meta.env.BASE_URL.replace(/\/?$/, '/');
  if (typeof process !== 'undefined' && process.env) return readPublicAddress(process.env).base;
  return '/';
}
