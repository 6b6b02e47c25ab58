/**
 * Where the build writes the site: `TRUSTKB_OUT_DIR`, relative to the project root, or `dist`.
 * astro.config.mjs and the search-index script read it the same way, so a second build (for
 * example one under a sub-path, into `dist-kb`) never overwrites the first.
 */
export function readOutDir(env: Record<string, string | undefined>): string {
  const value = env.TRUSTKB_OUT_DIR?.trim() ?? '';
  return value === '' ? 'dist' : value;
}
