/**
 * Screenshots for the README: serves the built site (run `npm run build` first), photographs a few
 * pages in Chromium, and writes PNGs to docs/screenshots/. Run with `npm run screenshots`.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findChromium, SYSTEM_CHROMIUM_ARGS } from '../tests/e2e/browser.ts';

const port = 4329;
const origin = `http://127.0.0.1:${port}`;
const shots = [
  { path: '/en/email-router-ssl-trust/', file: 'article-en.png', width: 1280, height: 900, colorScheme: 'light' },
  { path: '/cs/email-router-ssl-trust/#causes', file: 'article-cs-dark-mobile.png', width: 390, height: 844, colorScheme: 'dark' },
] as const;

const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
  stdio: 'ignore',
  detached: true,
});
try {
  await waitFor(`${origin}/en/`);
  const executablePath = findChromium();
  const browser = await chromium.launch(executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {});
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.colorScheme });
    await page.goto(`${origin}${shot.path}`, { waitUntil: 'networkidle' });
    await page.screenshot({ path: `docs/screenshots/${shot.file}` });
    console.log(`docs/screenshots/${shot.file}`);
    await page.close();
  }
  await browser.close();
} finally {
  if (server.pid) process.kill(-server.pid); // the whole group: astro preview leaves a child otherwise
}

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer: is dist/ built?`);
}
