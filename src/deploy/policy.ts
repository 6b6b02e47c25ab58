/**
 * The site's HTTP policy, in one place: the Content Security Policy (the <meta> tag Astro writes
 * and the header every server config sends), the security headers, caching and the media types.
 * The generators beside this file turn it into `_headers`, `web.config` and an nginx server
 * block; astro.config.mjs reads the CSP from here. Change the policy here, never in an output.
 */

/** A CSP directive the <meta> tag may carry: its name, then its sources (Astro checks the names). */
type MetaDirective =
  `${'default-src' | 'img-src' | 'connect-src' | 'object-src' | 'base-uri' | 'form-action'} ${string}`;

/** CSP directives every page carries, in its <meta> tag and in the header. Astro adds the hashes. */
export const CSP_DIRECTIVES: readonly MetaDirective[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Script sources besides the hashes: Pagefind's search engine is WebAssembly, and compiling it needs this. */
export const CSP_SCRIPT_RESOURCES: readonly string[] = ["'self'", "'wasm-unsafe-eval'"];

/** Style sources besides the hashes. */
export const CSP_STYLE_RESOURCES: readonly string[] = ["'self'"];

/**
 * Directives a <meta> policy cannot carry (browsers ignore them there), so only the header has
 * them: no other site may frame these pages (clickjacking).
 */
export const CSP_HEADER_ONLY_DIRECTIVES: readonly string[] = ["frame-ancestors 'none'"];

/** The hashes Astro put in the pages' <meta> policies, per directive. */
export interface CspHashes {
  script: readonly string[];
  style: readonly string[];
}

/**
 * The header policy: the <meta> directives plus the header-only ones, with the union of every
 * page's hashes. A browser enforces both policies, so each page stays exactly as strict as its own
 * <meta> tag, and the server config does not grow with the number of articles.
 */
export function headerContentSecurityPolicy(hashes: CspHashes): string {
  const sources = (base: readonly string[], extra: readonly string[]): string =>
    [...base, ...[...new Set(extra)].sort()].join(' ');
  return [
    ...CSP_DIRECTIVES,
    `script-src ${sources(CSP_SCRIPT_RESOURCES, hashes.script)}`,
    `style-src ${sources(CSP_STYLE_RESOURCES, hashes.style)}`,
    ...CSP_HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}

/**
 * Browser features the site never uses, switched off for it and anything it might embed. Only
 * names current Chromium recognises: an unknown name is logged as a console error on every page.
 * The clipboard stays on (the copy buttons write to it).
 */
const DISABLED_FEATURES = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
];

/** Headers on every response, whatever the file. */
export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  // The CSP's frame-ancestors, for browsers that predate it (Internet Explorer on older servers).
  ['X-Frame-Options', 'DENY'],
  // Intranet addresses and article paths are nobody else's business; the links out are to public docs.
  ['Referrer-Policy', 'no-referrer'],
  ['Permissions-Policy', DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', ')],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
];

/**
 * HSTS, sent only when the public address is https. One year; without includeSubDomains, because
 * an intranet host's siblings may still be plain http, and without preload, which is the owner's call.
 */
export const HSTS_HEADER: readonly [string, string] = ['Strict-Transport-Security', 'max-age=31536000'];

/** The headers for a site whose public address is, or is not, https. */
export function responseHeaders(csp: string, https: boolean): Array<readonly [string, string]> {
  return [['Content-Security-Policy', csp], ...SECURITY_HEADERS, ...(https ? [HSTS_HEADER] : [])];
}

/**
 * What a content-addressed script, stylesheet, index chunk or certificate still needs when it is
 * never shown as a page: the rest (CSP, framing, referrer, permissions, opener) governs documents
 * only, and at about 1.2 KB a response it would be most of the header bytes of a first load over
 * HTTP/1.1. Where a host can set headers per folder (nginx, IIS), those files get only these.
 */
export const ASSET_HEADER_NAMES: readonly string[] = [
  'X-Content-Type-Options',
  'Cross-Origin-Resource-Policy',
  'Strict-Transport-Security',
];

export function assetHeaders(headers: ReadonlyArray<readonly [string, string]>): Array<readonly [string, string]> {
  return headers.filter(([name]) => ASSET_HEADER_NAMES.includes(name));
}

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** HTML and anything not content-addressed: the browser may keep it but asks the server first. */
export const CACHE_REVALIDATE = 'no-cache';

/**
 * Folders (relative to the site root) whose files are named by their content, so a changed file
 * gets a new name and an old name can be cached forever. tests/unit/deploy checks every file in
 * them carries a hash in its name.
 */
export const IMMUTABLE_FOLDERS: readonly string[] = [
  '_astro/',
  'checker/roots/',
  'pagefind/fragment/',
  'pagefind/index/',
  'pagefind-messages/fragment/',
  'pagefind-messages/index/',
];

/** Single content-addressed files outside those folders: Pagefind's metadata, `pagefind.en_4f4e143158.pf_meta`. */
export const IMMUTABLE_FILE = /^pagefind(?:-messages)?\/pagefind\.[a-z-]+_[0-9a-f]{6,}\.pf_meta$/;

/** Whether a site-relative file path (no leading slash) may be cached forever. */
export function isImmutable(file: string): boolean {
  return IMMUTABLE_FOLDERS.some((folder) => file.startsWith(folder)) || IMMUTABLE_FILE.test(file);
}

/**
 * The media type of every extension the build writes. A build that writes an extension missing
 * here fails (src/deploy/site-files.ts), so no server is left to guess or, like IIS, to refuse.
 */
export const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  // The report script is shown as text, never run by the browser.
  '.ps1': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // A root certificate in DER, as RFC 2585 names it.
  '.der': 'application/pkix-cert',
  // Pagefind's index: already gzip-compressed binary chunks that its script fetches and unpacks.
  '.pagefind': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  // Precompressed copies, served in place of the original by nginx; mapped so that no server refuses them.
  '.br': 'application/x-br',
  '.gz': 'application/gzip',
};

/** Text files worth compressing ahead of time; Pagefind's chunks are compressed already. */
export const PRECOMPRESS_EXTENSIONS: readonly string[] = [
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.txt',
  '.ps1',
  '.svg',
  '.webmanifest',
];
