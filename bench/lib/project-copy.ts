/**
 * A throw-away copy of the project for a benchmark that builds with other content: the files git
 * tracks (as they are in the working tree), and node_modules as one symlink per package. The
 * folder itself is real, so the caches Astro and Vite keep in node_modules/.astro and
 * node_modules/.vite stay in the copy and never mix synthetic content into the checkout's.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Never copied: installed packages, builds and caches. */
const LEFT_OUT = /^(node_modules|dist[^/]*|\.cache|test-results)(\/|$)/;
/** Caches inside node_modules that belong to a build, not to the installed packages. */
const NODE_MODULES_CACHES = new Set(['.astro', '.vite', '.cache']);

export interface ProjectCopy {
  root: string;
  remove(): void;
}

export function copyProject(checkout: string, label: string): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), `trustkb-${label}-`));
  const remove = (): void => rmSync(root, { recursive: true, force: true });
  try {
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: checkout, encoding: 'utf8' })
      .split('\0')
      .filter((path) => path && !LEFT_OUT.test(path));
    for (const path of tracked) {
      const from = join(checkout, path);
      if (!existsSync(from)) continue; // deleted in the working tree
      mkdirSync(dirname(join(root, path)), { recursive: true });
      copyFileSync(from, join(root, path));
    }
    mkdirSync(join(root, 'node_modules'));
    for (const name of readdirSync(join(checkout, 'node_modules'))) {
      if (!NODE_MODULES_CACHES.has(name))
        symlinkSync(join(checkout, 'node_modules', name), join(root, 'node_modules', name));
    }
  } catch (error) {
    remove();
    throw error;
  }
  return { root, remove };
}
