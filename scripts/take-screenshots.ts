/**
 * Screenshots for the README: serves the built site (run `npm run build` first), photographs a few
 * pages in Chromium, and writes PNGs to docs/screenshots/. Run with `npm run screenshots`.
 */
import { launchChromium } from './lib/browser.ts';
import { startPreview } from './lib/preview-server.ts';

const port = 4329;
const server = await startPreview(port, '/en/');
const { origin } = server;
const shots = [
  { path: '/en/email-router-ssl-trust/', file: 'article-en.png', width: 1280, height: 900, colorScheme: 'light' },
  {
    path: '/cs/email-router-ssl-trust/#causes',
    file: 'article-cs-dark-mobile.png',
    width: 390,
    height: 844,
    colorScheme: 'dark',
  },
] as const;

try {
  const browser = await launchChromium();
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.colorScheme,
    });
    await page.goto(`${origin}${shot.path}`, { waitUntil: 'networkidle' });
    await page.screenshot({ path: `docs/screenshots/${shot.file}` });
    console.log(`docs/screenshots/${shot.file}`);
    await page.close();
  }
  await browser.close();
} finally {
  await server.stop();
}
