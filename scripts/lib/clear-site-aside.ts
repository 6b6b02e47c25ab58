import { mkdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { folderNames } from '../../src/site/folder-names.ts';

/**
 * What Astro keeps when it empties the output folder at the start of a build
 * (astro/dist/core/build/static-build.js): a deployment's own repository.
 */
const KEPT = new Set(['.git']);

/**
 * Empties `outDir` as Astro would at the start of its build, but without making the build wait:
 * everything in it but `.git` is renamed into a hidden folder beside it, and that folder is
 * deleted in the background while Astro builds. Astro deleted the last build's 5,000 files
 * itself, one at a time, on its only thread: 2.5 s of every build at 1,000 articles a language.
 *
 * A build that stopped before its deletion ended leaves such a folder behind; the next build
 * deletes it too. An entry that cannot be renamed (another file system, say) stays for Astro.
 * The promise settles when the deletion is done, and never rejects: what could not be deleted
 * is left for the next build.
 */
export function clearSiteAside(outDir: string): Promise<void> {
  const parent = dirname(outDir);
  const prefix = `.${basename(outDir)}.previous-`;
  const aside = join(parent, `${prefix}${process.pid}-${Date.now()}`);
  const entries = folderNames(outDir).filter((name) => !KEPT.has(name));
  if (entries.length > 0) {
    mkdirSync(aside, { recursive: true });
    for (const name of entries) {
      try {
        renameSync(join(outDir, name), join(aside, name));
      } catch {
        // Astro deletes it instead.
      }
    }
  }
  const folders = folderNames(parent).filter((name) => name.startsWith(prefix));
  return Promise.all(
    folders.map((name) => rm(join(parent, name), { recursive: true, force: true, maxRetries: 3 }).catch(() => {})),
  ).then(() => {});
}
