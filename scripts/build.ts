/**
 * `npm run build`: the site, its search indexes, precompressed copies and the server configs, in
 * that order (the configs map every extension the earlier steps wrote). Where it writes and for
 * which address come from the environment (src/site/public-address.ts), or from options that set
 * the same variables:
 *
 *   node scripts/build.ts [--site https://kb.example.org/kb/] [--base /kb/] [--out dist-kb]
 *
 * The site goes to <out>/ (with `_headers` and `web.config` in it, which those hosts read from
 * there) and the nginx server block to <out>-server/nginx.conf.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { headersFile } from '../src/deploy/headers-file.ts';
import { nginxServerBlock } from '../src/deploy/nginx.ts';
import { precompressSession } from '../src/deploy/precompress.ts';
import { serverConfigInput } from '../src/deploy/server-input.ts';
import { listSiteFiles, readSiteFiles } from '../src/deploy/site-files.ts';
import { webConfig } from '../src/deploy/web-config.ts';
import { contentCodeHash, dropStaleContentStore } from '../src/site/content-store-stamp.ts';
import { astroCacheDir, readOutDir } from '../src/site/out-dir.ts';
import { LOCALES } from '../src/i18n/locales.ts';
import { clearSiteAside } from './lib/clear-site-aside.ts';
import { writeFullSearchIndex, type LanguageIndex } from './lib/full-search-index.ts';
import { precompressAhead } from './lib/precompress-ahead.ts';
import { PublicAddressError, readPublicAddress } from '../src/site/public-address.ts';

const { values } = parseArgs({
  options: { site: { type: 'string' }, base: { type: 'string' }, out: { type: 'string' } },
});
if (values.site !== undefined) process.env.TRUSTKB_SITE = values.site;
if (values.base !== undefined) process.env.TRUSTKB_BASE = values.base;
if (values.out !== undefined) process.env.TRUSTKB_OUT_DIR = values.out;

let address;
try {
  address = readPublicAddress(process.env);
} catch (error) {
  if (!(error instanceof PublicAddressError)) throw error;
  console.error(`build: ${error.message}`);
  process.exit(2);
}
const outDir = resolve(readOutDir(process.env));
process.env.TRUSTKB_OUT_DIR = outDir;

/** A package's manifest, and its path. */
function manifestOf(pkg: string): { path: string; version: string; bin: string | Record<string, string> } {
  const path = fileURLToPath(new URL(`../node_modules/${pkg}/package.json`, import.meta.url));
  return {
    path,
    ...(JSON.parse(readFileSync(path, 'utf8')) as { version: string; bin: string | Record<string, string> }),
  };
}

/** A package's command, run with this Node (no shell, so the same on Windows). */
function binOf(pkg: string): string {
  const { path, bin } = manifestOf(pkg);
  return join(dirname(path), typeof bin === 'string' ? bin : bin[pkg]!);
}

/**
 * Runs a step as a child process with this Node and resolves with its wall time in seconds; a
 * failed step ends the build with its status.
 */
async function run(label: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  console.log(`build: ${label}`);
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const [code, signal] = (await new Promise((done) => child.once('close', (...result) => done(result)))) as [
    number | null,
    NodeJS.Signals | null,
  ];
  if (code !== 0) {
    console.error(`build: ${label} failed (${code ?? signal})`);
    process.exit(code || 1);
  }
  return (performance.now() - started) / 1000;
}

/** Runs `work` and resolves with its wall time in seconds. */
async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

// Astro's cache folder for this output (cacheDir in astro.config.mjs): its content store must not
// outlive the code that parsed it.
const projectRoot = fileURLToPath(new URL('..', import.meta.url));
if (dropStaleContentStore(join(projectRoot, astroCacheDir(outDir)), contentCodeHash(projectRoot))) {
  console.log('build: the code changed since the last build: its stored content is parsed again');
}

/**
 * The folder a build step keeps between builds: one per output folder, as the plain and the
 * sub-path build differ in every page, and each step prunes what its build did not use.
 */
const stepCache = (step: string): string =>
  fileURLToPath(new URL(`../node_modules/.cache/trustkb/${step}/${basename(outDir)}/`, import.meta.url));
const compression = precompressSession(outDir, { cacheDir: stepCache('precompress') });

// The last build's site is moved aside and deleted while Astro builds (scripts/lib/clear-site-aside.ts).
const previousSiteDeleted = clearSiteAside(outDir);

// Astro's memory peaks while Vite bundles the compiled articles. Two settings keep it down, each
// measured at 1,000 articles a language:
// - Rolldown, Vite's bundler, allocates with mimalloc, which by default commits its arenas eagerly
//   and hands freed memory back to the system late: 1.7 GB with those defaults, 1.4 GB without
//   them, in the same time. A value set outside wins.
// - V8 let its heap grow to 500–600 MB between full collections that left 90–120 MB alive. A young
//   generation of 8 MB a semi-space and a heap limit of twice what the last full collection kept
//   (instead of up to four times) collect sooner: 1.15–1.22 instead of 1.41–1.45 GB, in the same
//   wall and CPU time (three runs of each, alternating). Both settings follow what is alive, so
//   a larger collection gets a larger heap instead of running out.
const astro = run(
  'site (astro build)',
  ['--max-semi-space-size=8', '--heap-growing-percent=100', binOf('astro'), 'build'],
  {
    MIMALLOC_ARENA_EAGER_COMMIT: process.env.MIMALLOC_ARENA_EAGER_COMMIT ?? '0',
    MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0',
  },
);
// Astro renders its pages on one core; this process waits meanwhile. It compresses the pages
// Astro has written so far into the precompression cache, on the other core, so that later only
// the search indexes' own files are left to compress (scripts/lib/precompress-ahead.ts).
await precompressAhead(outDir, compression, astro);

// The search indexes only read the pages and write folders of their own, and the pages are final:
// their copies are written beside them (most from the cache, made while Astro wrote the pages, the
// rest compressed now) while both indexes are written, instead of afterwards.
// The full index is written a language at a time, each kept until its pages change
// (scripts/lib/full-search-index.ts). At 1,000 articles a language one Pagefind run holds up to
// 0.8 GB and the message index 0.3 GB, so the three jobs fit side by side.
const pages = listSiteFiles(outDir);
console.log('build: search indexes and precompression, side by side');
let languageIndexes: LanguageIndex[] = [];
const fullIndex = (): Promise<number> =>
  timed(async () => {
    languageIndexes = await writeFullSearchIndex({
      outDir,
      locales: LOCALES,
      cacheDir: stepCache('pagefind'),
      pagefindVersion: manifestOf('pagefind').version,
      runPagefind: (args, locale) => run(`full search index, ${locale} (pagefind)`, [binOf('pagefind'), ...args]),
    });
  });
const [pagefindSeconds, messageSeconds, pagesSeconds] = await Promise.all([
  fullIndex(),
  run('message index', ['scripts/build-message-index.ts']),
  timed(() => compression.add(pages)),
]);
const pageSet = new Set(pages);
const indexSeconds = await timed(() => compression.add(listSiteFiles(outDir).filter((file) => !pageSet.has(file))));
const compressed = await compression.finish();
const seconds = (value: number): string => `${value.toFixed(1)} s`;
console.log(
  `build: side by side: pagefind ${seconds(pagefindSeconds)}, message index ${seconds(messageSeconds)}, ` +
    `precompressed pages ${seconds(pagesSeconds)}; then the indexes ${seconds(indexSeconds)}`,
);
console.log(
  `build: full search index: ${languageIndexes
    .map(
      ({ locale, pages, reused }) =>
        `${locale} ${pages} pages, ${reused ? 'unchanged since the last build' : 'indexed'}`,
    )
    .join('; ')}`,
);
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(
  `build: precompressed ${compressed.files} files (${compressed.warmed} while Astro wrote the site, ${compressed.reused} unchanged since the last build), ${kib(compressed.bytes)} → brotli ${kib(compressed.brotliBytes)}, gzip ${kib(compressed.gzipBytes)}`,
);

await previousSiteDeleted;
console.log('build: server configs');
const input = serverConfigInput(readSiteFiles(outDir), { base: address.base, https: address.https });
writeFileSync(join(outDir, '_headers'), headersFile(input));
writeFileSync(join(outDir, 'web.config'), webConfig(input));
const serverDir = `${outDir}-server`;
mkdirSync(serverDir, { recursive: true });
writeFileSync(join(serverDir, 'nginx.conf'), nginxServerBlock(input));
console.log(
  `build: ${outDir} for ${address.siteUrl ?? `an unnamed address (set TRUSTKB_SITE), under ${address.base}`}; ` +
    `server configs: _headers, web.config, ${join(serverDir, 'nginx.conf')}`,
);
