/**
 * `npm run bench`: every benchmark in this folder, one after the other (they time things, so
 * they must not share the two cores). Timings are printed, never asserted: machines are noisy.
 * The search benchmark needs a built site (`npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
let failed = 0;
for (const file of readdirSync(folder)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort()) {
  if (only.length > 0 && !only.some((name) => file.startsWith(name))) continue;
  console.log(`\n=== ${file}`);
  const run = spawnSync(process.execPath, [`${folder}${file}`], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
