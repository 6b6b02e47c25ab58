import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
/**
 * Finds references in a built file that lead into the site without its base: after a build
 * under `/kb/`, `href="/en/x/"` or `fetch(\`/en/search/…\`)` would leave the site. Used by
 * scripts/check-base.ts on a whole output folder, and tested on its own.
 */

/** Each pattern captures the root-relative URL a built file points at. */
const PATTERNS: readonly RegExp[] = [
  // HTML attributes, including data-* ones that scripts read URLs from, and <meta content>.
  /\s(?:href|src|action|content|data-[\w-]+)="(\/[^"]*)"/g,
  // Requests and dynamic imports in scripts, with any quote.
  /\b(?:fetch|import)\(\s*[`'"](\/[^`'"]*)/g,
  // JSON the pages load: URL fields (`url`, `href`, `checkerUrl`…).
  /"(?:url|href|\w+Url)"\s*:\s*"(\/[^"]*)"/g,
  // Stylesheets.
  /url\(\s*['"]?(\/[^'")\s]*)/g,
  // The search bundles, wherever they are named.
  /["'`](\/pagefind[^"'`]*)/g,
];

/** The root-relative URLs in `text` that do not start with `base`; empty for a site at `/`. */
export function unbasedReferences(text: string, base: string): string[] {
  if (base === '/') return [];
  const found = new Set<string>();
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const url = match[1]!;
      // `//host/x` is another host, not a path of this site.
      if (!url.startsWith('//') && !url.startsWith(base)) found.add(url);
    }
  }
  return [...found];
}

const TEXT_FILE = /\.(html|js|json|css|xml|txt)$/;

function textFiles(folder: string, directory = folder): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return textFiles(folder, path);
    // Pagefind's own scripts default to /pagefind/, which the search code always overrides.
    const pagefindScript = /^pagefind/.test(relative(folder, directory)) && entry.name.endsWith('.js');
    return TEXT_FILE.test(entry.name) && !pagefindScript ? [path] : [];
  });
}

/** Every reference without the base in an output folder's text files, with the file it is in. */
export function unbasedReferencesIn(folder: string, base: string): Array<{ file: string; reference: string }> {
  return textFiles(folder).flatMap((file) =>
    unbasedReferences(readFileSync(file, 'utf8'), base).map((reference) => ({
      file: relative(folder, file),
      reference,
    })),
  );
}
