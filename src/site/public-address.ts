/**
 * Where the site lives: the one setting the build, the shipped server configs and `trustcheck`
 * all read. Plain TypeScript with no Astro or Vite in it, so astro.config.mjs, the build
 * scripts and the CLI share it.
 *
 * - `TRUSTKB_SITE` is the public address, e.g. `https://kb.example.org/` or
 *   `https://intranet.example/kb/`. Unset, the site knows no origin: links stay site-relative,
 *   there is no sitemap and no HSTS, and `trustcheck` prints paths.
 * - `TRUSTKB_BASE` is the path the site is served under (Astro's `base`), e.g. `/kb/`. It
 *   defaults to the path of `TRUSTKB_SITE`, or `/`.
 */
export interface PublicAddress {
  /** `https://kb.example.org/kb/`: origin plus base, always ending in `/`; null when not set. */
  siteUrl: string | null;
  /** `/kb/` or `/`: always starts and ends with `/`. */
  base: string;
  /** True when the public address is https, the only case where HSTS may be sent. */
  https: boolean;
}

/** A setting that cannot be used, with the variable it came from. */
export class PublicAddressError extends Error {
  // A plain field, not a constructor parameter property: Node runs this file for the CLI and
  // the build scripts by stripping types, and strip-only mode refuses parameter properties.
  readonly variable: 'TRUSTKB_SITE' | 'TRUSTKB_BASE' | '--site';

  constructor(variable: PublicAddressError['variable'], message: string) {
    super(`${variable}: ${message}`);
    this.variable = variable;
  }
}

/** `/kb` → `/kb/`, `kb/` → `/kb/`, `` → `/`. Rejects what a URL path cannot hold safely. */
export function normalizeBase(value: string, variable: PublicAddressError['variable'] = 'TRUSTKB_BASE'): string {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed === '/') return '/';
  if (/[?#\\\s"'<>]/.test(trimmed) || /(^|\/)\.\.?(\/|$)/.test(trimmed)) {
    throw new PublicAddressError(variable, `"${value}" is not a plain path such as /kb/`);
  }
  const segments = trimmed.split('/').filter((segment) => segment !== '');
  return `/${segments.join('/')}/`;
}

/** Parses a public address given as an absolute http(s) URL; its path becomes the base. */
export function parseSiteUrl(
  value: string,
  variable: PublicAddressError['variable'] = 'TRUSTKB_SITE',
): { origin: string; base: string; https: boolean } {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new PublicAddressError(variable, `"${value}" is not an absolute URL such as https://kb.example.org/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new PublicAddressError(variable, `"${value}" must start with https:// or http://`);
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new PublicAddressError(variable, `"${value}" must not carry a query, a fragment or credentials`);
  }
  return { origin: url.origin, base: normalizeBase(url.pathname, variable), https: url.protocol === 'https:' };
}

/** Reads TRUSTKB_SITE and TRUSTKB_BASE; throws PublicAddressError when they disagree or are malformed. */
export function readPublicAddress(env: Record<string, string | undefined>): PublicAddress {
  const siteValue = env.TRUSTKB_SITE?.trim() ?? '';
  const baseValue = env.TRUSTKB_BASE?.trim() ?? '';
  const site = siteValue === '' ? null : parseSiteUrl(siteValue);
  const explicitBase = baseValue === '' ? null : normalizeBase(baseValue);
  if (site && explicitBase && site.base !== '/' && site.base !== explicitBase) {
    throw new PublicAddressError(
      'TRUSTKB_BASE',
      `"${explicitBase}" differs from the path of TRUSTKB_SITE ("${site.base}"); set one of them`,
    );
  }
  const base = explicitBase ?? site?.base ?? '/';
  return {
    siteUrl: site ? `${site.origin}${base}` : null,
    base,
    https: site?.https ?? false,
  };
}

/** `/cs/x/` under base `/kb/` → `/kb/cs/x/`. The path must be site-relative (start with `/`). */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/')) throw new Error(`withBase expects a site-relative path, got "${path}"`);
  return base === '/' ? path : `${base}${path.slice(1)}`;
}
