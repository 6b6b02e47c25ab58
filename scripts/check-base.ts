/**
 * Checks a build made for a sub-path: `node scripts/check-base.ts dist-kb /kb/` lists every
 * reference in the output folder that leads into the site without the base, and exits 1 if
 * there is one. Pagefind's own scripts are left out: their `/pagefind/` is a default that the
 * search code always overrides (src/client/search/pagefind.ts passes basePath and baseUrl).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { normalizeBase } from '../src/site/public-address.ts';
import { unbasedReferences } from './lib/unbased-references.ts';

const [folder, baseArgument] = process.argv.slice(2);
if (!folder || !baseArgument) {
  console.error('usage: node scripts/check-base.ts <output folder> <base, e.g. /kb/>');
  process.exit(2);
}
const base = normalizeBase(baseArgument);
const TEXT_FILE = /\.(html|js|json|css|xml|txt)$/;

function files(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return files(path);
    const pagefindScript = /^pagefind/.test(relative(folder!, directory)) && entry.name.endsWith('.js');
    return TEXT_FILE.test(entry.name) && !pagefindScript ? [path] : [];
  });
}

let problems = 0;
for (const file of files(folder)) {
  for (const reference of unbasedReferences(readFileSync(file, 'utf8'), base)) {
    console.log(`${relative(folder, file)}: ${reference}`);
    problems++;
  }
}
console.log(problems === 0 ? `every reference in ${folder} carries ${base}` : `${problems} without ${base}`);
process.exitCode = problems === 0 ? 0 : 1;
