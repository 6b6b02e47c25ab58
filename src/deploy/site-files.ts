import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { MEDIA_TYPES, type CspHashes } from './policy.ts';

/** A built site, as the server configs need to know it. */
export interface SiteFiles {
  /** Every file, site-relative with `/` separators and no leading slash, sorted. */
  files: string[];
  /** Every extension among them (`.html`, `.pf_fragment`, `.br`), sorted. */
  extensions: string[];
  /** The union of every page's hashes (see hashesInPage). */
  hashes: CspHashes;
}

/** The files the config generators write into the site folder, which are not part of the site. */
export const SERVER_FILES_IN_SITE: readonly string[] = ['_headers', 'web.config'];

/** `a/b.min.js` → `.js`; `pagefind/wasm.en.pagefind` → `.pagefind`; `LICENSE` → ``. */
export function extensionOf(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

function listFiles(root: string, folder = root): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return listFiles(root, path);
    return entry.isFile() ? [relative(root, path).split(sep).join('/')] : [];
  });
}

const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/gi;

/** The `'sha256-…'` sources of a script-src and style-src directive in one policy. */
export function hashesInPolicy(policy: string): CspHashes {
  const of = (name: string): string[] => {
    const directive = policy
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${name} `));
    return directive?.split(/\s+/).filter((source) => /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source)) ?? [];
  };
  return { script: of('script-src'), style: of('style-src') };
}

/** Inline classic or module scripts; data blocks (`application/ld+json`) never run, so CSP ignores them. */
const INLINE_SCRIPT =
  /<script(?![^>]*\ssrc=)(?![^>]*\stype="(?!module"|text\/javascript")[^"]*")[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;

const sha256Source = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The hashes one page needs: those of its <meta> policy, and those of its inline scripts and
 * styles. A script placed before the <meta> tag (the theme script, which must run before first
 * paint) escapes the <meta> policy, so Astro does not hash it, but the header policy covers the
 * whole page.
 */
export function hashesInPage(html: string): CspHashes {
  const script: string[] = [];
  const style: string[] = [];
  for (const match of html.matchAll(META_CSP)) {
    const hashes = hashesInPolicy(match[1]!.replace(/&#39;|&apos;/g, "'"));
    script.push(...hashes.script);
    style.push(...hashes.style);
  }
  for (const match of html.matchAll(INLINE_SCRIPT)) if (match[1]!.trim() !== '') script.push(sha256Source(match[1]!));
  for (const match of html.matchAll(INLINE_STYLE)) if (match[1]!.trim() !== '') style.push(sha256Source(match[1]!));
  return { script, style };
}

/** Every file of a built site, site-relative, sorted; the server configs written into it left out. */
export function listSiteFiles(root: string): string[] {
  return listFiles(root)
    .filter((file) => !SERVER_FILES_IN_SITE.includes(file))
    .sort();
}

/** Reads a built site. Throws when it holds a file type the policy gives no media type. */
export function readSiteFiles(root: string): SiteFiles {
  const files = listSiteFiles(root);
  const extensions = [...new Set(files.map(extensionOf))].sort();
  const unmapped = extensions.filter((extension) => !(extension in MEDIA_TYPES));
  if (unmapped.length > 0) {
    const examples = unmapped.map((extension) => files.find((file) => extensionOf(file) === extension));
    throw new Error(
      `The build wrote files with no media type in src/deploy/policy.ts: ${unmapped
        .map((extension, index) => `"${extension || '(none)'}" (${examples[index]})`)
        .join(', ')}. Add them to MEDIA_TYPES, or IIS will refuse to serve them.`,
    );
  }
  const script = new Set<string>();
  const style = new Set<string>();
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const hashes = hashesInPage(readFileSync(join(root, file), 'utf8'));
    hashes.script.forEach((hash) => script.add(hash));
    hashes.style.forEach((hash) => style.add(hash));
  }
  return { files, extensions, hashes: { script: [...script].sort(), style: [...style].sort() } };
}
