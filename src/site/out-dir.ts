import { basename } from 'node:path';

/**
 * Where the build writes the site: `TRUSTKB_OUT_DIR`, relative to the project root, or `dist`.
 * astro.config.mjs and the search-index script read it the same way, so a second build (for
 * example one under a sub-path, into `dist-kb`) never overwrites the first.
 */
export function readOutDir(env: Record<string, string | undefined>): string {
  const value = env.TRUSTKB_OUT_DIR?.trim() ?? '';
  return value === '' ? 'dist' : value;
}

/**
 * Astro's cache folder for an output folder, relative to the project root: one per output, since
 * the plain and the sub-path build differ in every page. astro.config.mjs gives it to Astro, and
 * the build script drops its content store when the code that parsed it changed.
 */
export function astroCacheDir(outDir: string): string {
  return `.cache/astro/${basename(outDir)}`;
}
