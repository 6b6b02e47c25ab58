import { defineConfig } from '@playwright/test';
import { findChromium, SYSTEM_CHROMIUM_ARGS } from './scripts/lib/browser.ts';

const executablePath = findChromium();
// TRUSTKB_TEST_PORT lets two checkouts run their browser tests side by side; the /kb/ build
// is served on the next port.
const port = Number(process.env.TRUSTKB_TEST_PORT ?? 4321);
const subpathPort = port + 1;

/**
 * End-to-end tests run against the built sites (`npm run build` and `npm run build:subpath`
 * first), served by nginx with the server block each build ships, as production serves them.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // No result may depend on the machine's speed: on a shared, overloaded 2-core machine a page
  // load with its scripts can take many times its quiet time. Limits this wide cost nothing
  // when tests pass (they wait for a state, not for the time).
  timeout: 120_000,
  expect: { timeout: 15_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  globalSetup: './tests/e2e/global-setup.ts',
  use: {
    browserName: 'chromium',
    launchOptions: executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {},
    // Recording a trace for every test costs about a third of the suite's time; a failure in CI is
    // retried once with a trace (locally: `npx playwright test --trace on`).
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'site',
      testIgnore: /subpath\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${port}` },
    },
    {
      // One pass through the site built for /kb/ (dist-kb): an article, search and a checker verdict.
      name: 'subpath',
      testMatch: /subpath\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${subpathPort}/kb/` },
    },
  ],
  webServer: [nginxServe('dist', port, '/en/'), nginxServe('dist-kb', subpathPort, '/kb/en/')],
});

/** A build served by nginx with its own server block (scripts/serve.ts), ready once `probe` answers. */
function nginxServe(out: string, servePort: number, probe: string) {
  return {
    command: `node scripts/serve.ts --out ${out} --port ${servePort}`,
    url: `http://127.0.0.1:${servePort}${probe}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    // SIGTERM lets the server stop nginx and remove its temporary folder; the default is SIGKILL.
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
  };
}
