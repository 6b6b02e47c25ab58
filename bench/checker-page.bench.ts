/**
 * The checker page in Chromium, against the built site (`npm run build` first):
 * - warm: the checker already loaded, from a real Ctrl+V of a 3-certificate chain to the verdict
 *   painted (the paste event to the first animation frame after the results render);
 * - cold: a fresh page, focus and paste at once, so the parser loads with the paste;
 * - weight: gzip bytes the first use downloads (parser, words, links, results styles, examples).
 * Targets: verdict within 100 ms of a paste, first use at most 80 KB gzip. Timings are printed,
 * never tested. Run with `npm run bench checker-page`; results go to bench-results/checker-page.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import { launchChromium } from '../scripts/lib/browser.ts';
import { median } from './lib/median.ts';
import { startPreview } from '../scripts/lib/preview-server.ts';

const port = 4332;
const server = await startPreview(port, '/en/checker/');
const { origin } = server;
const CHAIN = readFileSync(new URL('../tests/fixtures/certs/chain-full.pem', import.meta.url), 'utf8');
const URL_TO_CHECK = 'https://mail.contoso.com/EWS/Exchange.asmx';
const NOW = new Date('2026-01-15T12:00:00.000Z');
const WARM_RUNS = 40;
const COLD_RUNS = 10;

/** Arms a timer in the page: from the next paste event to the frame after the results change. */
function armTimer(page: Page): Promise<void> {
  return page.evaluate(() => {
    const details = document.querySelector<HTMLElement>('[data-checker-details]')!;
    const state = window as unknown as { pasteToVerdict?: Promise<number> };
    state.pasteToVerdict = new Promise<number>((resolve) => {
      document.addEventListener(
        'paste',
        () => {
          const start = performance.now();
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - start));
          });
          observer.observe(details, { childList: true });
        },
        { once: true, capture: true },
      );
    });
  });
}

async function pasteAndTime(page: Page): Promise<number> {
  await armTimer(page);
  await page.locator('#checker-input').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  return page.evaluate(() => (window as unknown as { pasteToVerdict: Promise<number> }).pasteToVerdict);
}

async function openPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  await page.goto(`${origin}/en/checker/`, { waitUntil: 'networkidle' });
  await page.evaluate((text) => navigator.clipboard.writeText(text), CHAIN);
  return page;
}

try {
  const browser = await launchChromium();
  const permissions = ['clipboard-read', 'clipboard-write'];

  // Cold: the parser loads with the first paste. The first run also weighs what it downloads.
  const cold: number[] = [];
  const chunks: { path: string; gzip: number }[] = [];
  for (let run = 0; run < COLD_RUNS; run++) {
    const context = await browser.newContext({ permissions });
    const page = await openPage(context);
    const weighed: Promise<void>[] = [];
    if (run === 0) {
      page.on('response', (response) => {
        weighed.push(
          response.body().then(
            (body) =>
              void chunks.push({ path: new URL(response.url()).pathname, gzip: gzipSync(body, { level: 9 }).length }),
            () => {},
          ),
        );
      });
    }
    await page.locator('#checker-url').evaluate((input: HTMLInputElement, url) => (input.value = url), URL_TO_CHECK);
    cold.push(await pasteAndTime(page));
    if ((await page.locator('[data-checker-verdict]').getAttribute('data-verdict')) !== 'depends')
      throw new Error('the chain was not judged');
    await page.waitForLoadState('networkidle');
    await Promise.all(weighed);
    await context.close();
  }

  // Warm: one page, the checker loaded, the same chain pasted again and again.
  const context = await browser.newContext({ permissions });
  const page = await openPage(context);
  await page.locator('#checker-url').fill(URL_TO_CHECK);
  await page.locator('#checker-input').focus();
  await page.locator('[data-checker][data-ready="true"]').waitFor();
  const warm: number[] = [];
  for (let run = 0; run < WARM_RUNS + 5; run++) {
    const time = await pasteAndTime(page);
    if (run >= 5) warm.push(time);
  }
  await context.close();
  await browser.close();

  const firstUse = chunks.filter((chunk) => chunk.path !== '/favicon.svg');
  const bytes = firstUse.reduce((sum, chunk) => sum + chunk.gzip, 0);
  const report = {
    date: new Date().toISOString(),
    warmMedianMs: Number(median(warm).toFixed(1)),
    warmMaxMs: Number(Math.max(...warm).toFixed(1)),
    coldMedianMs: Number(median(cold).toFixed(1)),
    firstUseGzipBytes: bytes,
    firstUse: firstUse.map((chunk) => `${chunk.path} ${chunk.gzip}`),
    note: 'paste event to the first animation frame after the results render; 3-certificate chain (chain-full.pem)',
  };
  console.table({
    'paste → verdict, parser loaded (median ms)': { value: report.warmMedianMs, target: '≤ 100' },
    'paste → verdict, parser loaded (slowest ms)': { value: report.warmMaxMs, target: '' },
    'paste → verdict, first use (median ms)': { value: report.coldMedianMs, target: '' },
    'first use downloads (gzip bytes)': { value: bytes, target: `≤ ${80 * 1024}` },
  });
  console.log(`first use: ${report.firstUse.join(', ')}`);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/checker-page.json', `${JSON.stringify(report, null, 2)}\n`);
} finally {
  await server.stop();
}
