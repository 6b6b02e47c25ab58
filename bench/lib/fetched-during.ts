import type { Page } from '@playwright/test';

/** The same-origin URLs (without fragments) a page requests while `act` runs, until the network is idle. */
export async function fetchedDuring(page: Page, origin: string, act: () => Promise<unknown>): Promise<string[]> {
  const urls = new Set<string>();
  const record = (request: { url(): string }): void => {
    if (request.url().startsWith(origin)) urls.add(request.url().split('#')[0]!);
  };
  page.on('request', record);
  await act();
  await page.waitForLoadState('networkidle');
  page.off('request', record);
  return [...urls];
}
