/**
 * Bytes on the wire, served as production serves them: nginx with the server block the build
 * ships (`npm run build` first). For an article's first load and for the first search, Chromium
 * records what it fetches; each file is then fetched again over HTTP/1.1 asking for brotli, for
 * gzip only and for no compression, and the bodies and header blocks are summed. Results go to
 * bench-results/wire.json. Sizes are not timings: these numbers do not depend on the machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../scripts/lib/browser.ts';
import { startNginx } from '../scripts/lib/nginx-server.ts';
import { rawGet } from '../scripts/lib/raw-http.ts';
import { fetchedDuring } from './lib/fetched-during.ts';

const server = await startNginx('dist', 4341);
const { origin } = server;

interface Wire {
  files: number;
  brotli: number;
  gzip: number;
  identity: number;
  headers: number;
}

async function weigh(urls: string[]): Promise<Wire> {
  const wire: Wire = { files: urls.length, brotli: 0, gzip: 0, identity: 0, headers: 0 };
  for (const url of urls) {
    const [brotli, gzip, identity] = await Promise.all(
      ['br, gzip', 'gzip', 'identity'].map((encoding) => rawGet(url, encoding)),
    );
    wire.brotli += brotli!.body.length;
    wire.gzip += gzip!.body.length;
    wire.identity += identity!.body.length;
    wire.headers += brotli!.headerBytes;
  }
  return wire;
}

try {
  const browser = await launchChromium();
  const report: Record<string, Wire> = {};
  for (const path of ['/en/email-router-ssl-trust/', '/cs/email-router-ssl-trust/']) {
    const page = await browser.newPage();
    report[`first load ${path}`] = await weigh(
      await fetchedDuring(
        page,
        origin,
        async () => void (await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' })),
      ),
    );
    await page.close();
  }
  for (const site of ['en', 'cs']) {
    const page = await browser.newPage();
    await page.goto(`${origin}/${site}/`, { waitUntil: 'networkidle' });
    report[`first search /${site}/`] = await weigh(
      await fetchedDuring(page, origin, async () => {
        await page
          .locator('#site-search-input')
          .fill('Could not establish trust relationship for the SSL/TLS secure channel');
        await page.locator('[data-search-status]').filter({ hasText: /\S/ }).waitFor();
      }),
    );
    await page.close();
  }
  await browser.close();
  console.table(
    Object.fromEntries(
      Object.entries(report).map(([name, wire]) => [
        name,
        {
          files: wire.files,
          'brotli bytes': wire.brotli,
          'gzip bytes': wire.gzip,
          'uncompressed bytes': wire.identity,
          'header bytes': wire.headers,
          'brotli saves vs gzip': `${(100 - (wire.brotli / wire.gzip) * 100).toFixed(1)} %`,
        },
      ]),
    ),
  );
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/wire.json', `${JSON.stringify(report, null, 2)}\n`);
} finally {
  await server.stop();
}
