/**
 * `npm run bench scale`: what growing from the nine real articles to a thousand costs. For each
 * size (default 9, 100 and 1,000 articles; `node bench/scale.bench.ts 9 100` picks others) a
 * throw-away copy of the project in the temp folder gets synthetic clones of the real articles
 * (scripts/lib/synthetic-articles.ts) until it holds that many, is built with the shipped build
 * (each stage timed, with its peak memory), served by nginx with the shipped server block, and
 * weighed and timed in Chromium. One table (a row per measure, a column per size) is printed and
 * bench-results/scale.json written. The checkout's content/ is only read; the copy is deleted at
 * the end, also on failure.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { launchChromium } from '../scripts/lib/browser.ts';
import { startNginx } from '../scripts/lib/nginx-server.ts';
import { rawGet } from '../scripts/lib/raw-http.ts';
import { readSourceArticles, syntheticArticles, writeSyntheticArticles } from '../scripts/lib/synthetic-articles.ts';
import { fetchedDuring } from './lib/fetched-during.ts';
import { measureFindability } from './lib/findability.ts';
import { listingViolations } from './lib/listing-axe.ts';
import { median } from './lib/median.ts';
import { copyProject, type ProjectCopy } from './lib/project-copy.ts';
import { BUILD_STAGES, SIDE_BY_SIDE_JOBS, timedBuild, type TimedBuild } from './lib/timed-build.ts';

const CHECKOUT = fileURLToPath(new URL('..', import.meta.url));
/** Ports the copies are served on; TRUSTKB_BENCH_PORT moves them so two checkouts can measure side by side. */
const FIRST_PORT = Number(process.env.TRUSTKB_BENCH_PORT ?? 4471);
const PASTE_SAMPLES = 9;
const ARTICLE = 'email-router-ssl-trust';
const sizes = process.argv.slice(2).map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error('sizes are article counts: 9 100 1000');
const SIZES = sizes.length > 0 ? sizes : [9, 100, 1000];

/** The main trust error, as typed into the header box for the first search. */
const TRUST_SENTENCE = {
  en: 'Could not establish trust relationship for the SSL/TLS secure channel',
  cs: 'Nelze navázat vztah důvěryhodnosti pro zabezpečený kanál SSL/TLS',
} as const;

/** What an admin pastes into the search page: the exception with the first frames of its stack. */
const STACK = [
  '   at System.Net.HttpWebRequest.GetResponse()',
  '   at Microsoft.Crm.Tools.Email.Providers.CrmPollingMailboxProvider.Run()',
  '   at System.Net.Security.SslStream.ProcessAuthentication(LazyAsyncResult lazyResult)',
].join('\n');
const PASTE = {
  en: `System.Net.WebException: The underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure channel. ---> System.Security.Authentication.AuthenticationException: The remote certificate is invalid according to the validation procedure.\n${STACK}`,
  cs: `System.Net.WebException: Základní připojení bylo uzavřeno: Nelze navázat vztah důvěryhodnosti pro zabezpečený kanál SSL/TLS. ---> System.Security.Authentication.AuthenticationException: Vzdálený certifikát je podle ověřovací procedury neplatný.\n${STACK}`,
} as const;

/** Numbers, and the first result of the paste (an article path), to see ranking hold at scale. */
type Measures = Record<string, number | string | null>;

const gzipBytes = async (url: string): Promise<number> => (await rawGet(url, 'gzip')).body.length;

/** Gzip bytes of every same-origin file the page fetches while `act` runs. */
async function gzipBytesFetchedDuring(
  page: Page,
  origin: string,
  act: () => Promise<unknown>,
): Promise<{ bytes: number; files: number }> {
  const urls = await fetchedDuring(page, origin, act);
  let bytes = 0;
  for (const url of urls) bytes += await gzipBytes(url);
  return { bytes, files: urls.length };
}

/**
 * Milliseconds from submitting a paste on the search page to its results (or its answer) on
 * screen, and the path of the first result.
 */
async function pasteToResults(
  browser: Browser,
  origin: string,
  locale: 'en' | 'cs',
): Promise<{ ms: number; first: string | null }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/${locale}/search/`, { waitUntil: 'networkidle' });
    await page.locator('#paste-search-field').fill(PASTE[locale]);
    const start = performance.now();
    await page.locator('form.paste-search button[type="submit"]').click();
    await page.waitForFunction(() => {
      const searchPage = document.querySelector<HTMLElement>('[data-search-page]');
      const status = searchPage?.querySelector('[data-search-status]')?.textContent ?? '';
      const { searching } = JSON.parse(searchPage?.dataset.searchStrings ?? '{}') as { searching?: string };
      return new URLSearchParams(location.search).has('q') && status !== '' && status !== searching;
    });
    const ms = performance.now() - start;
    // A search that ends with no results (or fails) is recorded as no first result, not a crash.
    const first = await page
      .locator('[data-search-results] > li a')
      .first()
      .getAttribute('href', { timeout: 1000 })
      .catch(() => null);
    return { ms, first: first === null ? null : new URL(first, origin).pathname };
  } finally {
    await context.close();
  }
}

/**
 * The checker's first use: gzip bytes fetched from opening /<lang>/checker/ through the verdict on
 * the self-signed example, and how many article links its self-signed finding shows.
 */
async function checkerFirstUse(browser: Browser, origin: string, locale: 'en' | 'cs'): Promise<Measures> {
  const page = await browser.newPage();
  try {
    const fetched = await gzipBytesFetchedDuring(page, origin, async () => {
      await page.goto(`${origin}/${locale}/checker/`, { waitUntil: 'networkidle' });
      await page.locator('[data-example="self-signed"]').click();
      await page.locator('[data-finding="trust.self-signed"] .checker-finding-links').waitFor();
    });
    const links = await page.locator('[data-finding="trust.self-signed"] .checker-finding-links a').count();
    return {
      [`checker links.json (${locale}), raw bytes`]: (await rawGet(`${origin}/${locale}/checker/links.json`)).body
        .length,
      [`checker first use /${locale}/checker/ (self-signed example), gzip bytes`]: fetched.bytes,
      [`checker article links under trust.self-signed (${locale})`]: links,
    };
  } finally {
    await page.close();
  }
}

async function measureSite(origin: string): Promise<Measures> {
  const measures: Measures = {};
  for (const locale of ['en', 'cs'] as const) {
    measures[`home /${locale}/ HTML, gzip bytes`] = await gzipBytes(`${origin}/${locale}/`);
    measures[`search page /${locale}/search/ HTML, gzip bytes`] = await gzipBytes(`${origin}/${locale}/search/`);
    // The spelling vocabulary comes in chunks: a correction fetches the index and two or so of them.
    const terms = `${origin}/${locale}/search/terms/`;
    const { chunks } = JSON.parse((await rawGet(`${terms}index.json`)).body.toString('utf8')) as { chunks: number };
    let largest = 0;
    for (let chunk = 0; chunk < chunks; chunk++) largest = Math.max(largest, await gzipBytes(`${terms}${chunk}.json`));
    measures[`spelling vocabulary (${locale}): chunks`] = chunks;
    measures[`spelling vocabulary (${locale}): largest chunk, gzip bytes`] = largest;
  }
  measures['/api/articles.json, gzip bytes'] = await gzipBytes(`${origin}/api/articles.json`);
  measures['/api/articles.json, raw bytes'] = (await rawGet(`${origin}/api/articles.json`)).body.length;
  measures[`/api/articles/en/${ARTICLE}.json, gzip bytes`] = await gzipBytes(
    `${origin}/api/articles/en/${ARTICLE}.json`,
  );
  const browser = await launchChromium();
  try {
    for (const locale of ['en', 'cs'] as const) {
      // Null below 51 articles: the page navigation exists only from the second page on.
      const violations = await listingViolations(browser, `${origin}/${locale}/articles/2/`);
      measures[`axe violations on /${locale}/articles/2/ (light and dark)`] =
        violations === null ? null : violations.length === 0 ? 0 : violations.join('; ');
      if (violations !== null)
        measures[`listing /${locale}/articles/2/ HTML, gzip bytes`] = await gzipBytes(
          `${origin}/${locale}/articles/2/`,
        );
    }
    for (const locale of ['en', 'cs'] as const) {
      const page = await browser.newPage();
      const load = await gzipBytesFetchedDuring(page, origin, () =>
        page.goto(`${origin}/${locale}/${ARTICLE}/`, { waitUntil: 'networkidle' }),
      );
      measures[`article first load /${locale}/${ARTICLE}/, gzip bytes`] = load.bytes;
      measures[`article first load /${locale}/${ARTICLE}/, files`] = load.files;
      await page.close();
    }
    for (const locale of ['en', 'cs'] as const) {
      const page = await browser.newPage();
      await page.goto(`${origin}/${locale}/`, { waitUntil: 'networkidle' });
      const search = await gzipBytesFetchedDuring(page, origin, async () => {
        await page.locator('#site-search-input').fill(TRUST_SENTENCE[locale]);
        await page.locator('[data-search-status]').filter({ hasText: /\S/ }).waitFor();
      });
      measures[`first search /${locale}/ (trust error), gzip bytes`] = search.bytes;
      measures[`first search /${locale}/ (trust error), files`] = search.files;
      await page.close();
    }
    for (const locale of ['en', 'cs'] as const) Object.assign(measures, await checkerFirstUse(browser, origin, locale));
    // The languages take turns, so a slow spell of a shared machine falls on both alike.
    const samples = { en: [] as number[], cs: [] as number[] };
    const firsts: Record<'en' | 'cs', string | null> = { en: null, cs: null };
    for (let sample = 0; sample < PASTE_SAMPLES; sample++) {
      for (const locale of ['en', 'cs'] as const) {
        const outcome = await pasteToResults(browser, origin, locale);
        samples[locale].push(outcome.ms);
        firsts[locale] = outcome.first;
      }
    }
    for (const locale of ['en', 'cs'] as const) {
      measures[`paste → results /${locale}/search/, median ms`] = Math.round(median(samples[locale]));
      measures[`paste → results /${locale}/search/, first result`] = firsts[locale];
    }
    // Seconds in all, searched in Node: TRUSTKB_BENCH_FINDABILITY=off leaves it out.
    if (process.env.TRUSTKB_BENCH_FINDABILITY === 'off') return measures;
    const findability = await measureFindability(origin);
    measures['findability rows with their article first'] = `${findability.first}/${findability.rows}`;
    measures['findability misses'] = findability.misses.slice(0, 5).join(' | ') || null;
    for (const miss of findability.misses) console.log(`    findability miss: ${miss}`);
  } finally {
    await browser.close();
  }
  return measures;
}

/**
 * Seconds per stage, each side-by-side job's own seconds, the total, then peak MiB per stage, each
 * row named after `label`.
 */
function buildMeasures(label: string, { stages, jobs }: TimedBuild): Measures {
  const measures: Measures = {};
  for (const stage of BUILD_STAGES) {
    measures[`${label}: ${stage}, s`] = stages[stage].seconds;
    if (stage === 'indexes and precompress')
      for (const job of SIDE_BY_SIDE_JOBS) measures[`${label}: · ${job}, s`] = jobs[job];
  }
  measures[`${label}: total, s`] =
    Math.round(BUILD_STAGES.reduce((sum, stage) => sum + stages[stage].seconds, 0) * 1000) / 1000;
  for (const stage of BUILD_STAGES) measures[`${label}: ${stage}, peak MiB`] = stages[stage].peakMiB;
  return measures;
}

/** Adds a sentence to the end of one article's English text, as a small edit by a writer would. */
function editOneArticle(articlesDir: string, id: string): void {
  const file = join(articlesDir, id, 'en.mdx');
  writeFileSync(file, `${readFileSync(file, 'utf8')}\nOne more sentence, changed after the first build.\n`);
}

async function measureSize(size: number, port: number): Promise<Measures> {
  const sources = readSourceArticles(new URL('../content/articles/', import.meta.url));
  if (size < sources.length) throw new Error(`${size} articles is fewer than the ${sources.length} real ones`);
  let copy: ProjectCopy | undefined;
  const removeCopy = (): void => copy?.remove();
  // Ctrl+C during a build: the copy goes too (a listener replaces Node's own exit on SIGINT).
  const interrupted = (): never => {
    removeCopy();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  try {
    copy = copyProject(CHECKOUT, `scale-${size}`);
    writeSyntheticArticles(join(copy.root, 'content', 'articles'), syntheticArticles(sources, size - sources.length));
    console.log(`\n--- ${size} articles (${copy.root})`);
    const env: NodeJS.ProcessEnv = { ...process.env, TRUSTKB_OUT_DIR: join(copy.root, 'dist') };
    delete env.TRUSTKB_SITE;
    delete env.TRUSTKB_BASE;
    const measures: Measures = buildMeasures('build', await timedBuild(copy.root, env));
    const server = await startNginx(join(copy.root, 'dist'), port);
    try {
      Object.assign(measures, await measureSite(server.origin));
    } finally {
      await server.stop();
    }
    // What a writer waits for after fixing one article: the same copy built again, caches warm.
    editOneArticle(join(copy.root, 'content', 'articles'), ARTICLE);
    Object.assign(measures, buildMeasures('second build, one article changed', await timedBuild(copy.root, env)));
    measures['second build / build'] =
      Math.round(
        ((measures['second build, one article changed: total, s'] as number) /
          (measures['build: total, s'] as number)) *
          100,
      ) / 100;
    return measures;
  } finally {
    process.off('SIGINT', interrupted);
    removeCopy();
  }
}

const results: Record<string, Measures> = {};
for (const [index, size] of SIZES.entries()) results[String(size)] = await measureSize(size, FIRST_PORT + index);

const rows = [...new Set(Object.values(results).flatMap((measures) => Object.keys(measures)))];
console.table(
  Object.fromEntries(
    rows.map((row) => [
      row,
      Object.fromEntries(SIZES.map((size) => [`${size} articles`, results[String(size)]![row] ?? null])),
    ]),
  ),
);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/scale.json',
  `${JSON.stringify({ sizes: SIZES, note: 'sizes are articles in each language (real plus synthetic)', results }, null, 2)}\n`,
);
