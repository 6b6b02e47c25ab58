import { defineConfig } from '@playwright/test';
import { findChromium, SYSTEM_CHROMIUM_ARGS } from './scripts/lib/browser.ts';

const executablePath = findChromium();
// TRUSTKB_TEST_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.TRUSTKB_TEST_PORT ?? 4321);

// End-to-end tests run against the built site (`npm run build` first), served by astro preview.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  globalSetup: './tests/e2e/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {},
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/en/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
