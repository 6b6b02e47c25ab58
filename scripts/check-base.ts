/**
 * Checks a build made for a sub-path: `node scripts/check-base.ts dist-kb /kb/` lists every
 * reference in the output folder that leads into the site without the base, and exits 1 if
 * there is one. Pagefind's own scripts are left out: their `/pagefind/` is a default that the
 * search code always overrides (src/client/search/pagefind.ts passes basePath and baseUrl).
 */
import { normalizeBase } from '../src/site/public-address.ts';
import { unbasedReferencesIn } from './lib/unbased-references.ts';

const [folder, baseArgument] = process.argv.slice(2);
if (!folder || !baseArgument) {
  console.error('usage: node scripts/check-base.ts <output folder> <base, e.g. /kb/>');
  process.exit(2);
}
const base = normalizeBase(baseArgument);
const found = unbasedReferencesIn(folder, base);
for (const { file, reference } of found) console.log(`${file}: ${reference}`);
const problems = found.length;
console.log(problems === 0 ? `every reference in ${folder} carries ${base}` : `${problems} without ${base}`);
process.exitCode = problems === 0 ? 0 : 1;
