import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium the browser tests drive: Playwright's own build when it is installed (a developer
 * laptop), else the system's (Debian's `chromium` package), else a message saying how to get one.
 */
export function findChromium(): string | undefined {
  const bundled = safeExecutablePath();
  if (bundled && existsSync(bundled)) return undefined; // Playwright finds its own.
  for (const candidate of [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one of:\n' +
      "  npx playwright install chromium      (Playwright's own build, needs internet)\n" +
      '  sudo apt-get install -y chromium     (Debian/Ubuntu)\n' +
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  );
}

function safeExecutablePath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Flags that keep a system Chromium quiet on a machine without internet. */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium as the tests run it, for the benchmarks and scripts that drive a browser themselves. */
export function launchChromium(): ReturnType<typeof chromium.launch> {
  const executablePath = findChromium();
  return chromium.launch(executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {});
}
