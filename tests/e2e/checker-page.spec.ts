import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import type { LinkTable } from '../../src/explain/index.ts';
import {
  dropFile,
  enterCase,
  findingIds,
  fixture,
  fixtureText,
  LOCALES,
  MANIFEST,
  openChecker,
  verdict,
  loadChecker,
} from './checker-helpers.ts';

/** How the checker behaves: loading, input ways, privacy, safety, copying, keyboard. */

const PARSER_BUDGET = 80 * 1024;

test('nothing of the parser loads with the page; focusing the box loads it, within 80 KB gzip', async ({ page }) => {
  const loaded: Promise<number>[] = [];
  const urls: string[] = [];
  await page.goto('/en/checker/', { waitUntil: 'networkidle' });
  page.on('response', (response) => {
    urls.push(new URL(response.url()).pathname);
    loaded.push(
      response.body().then(
        (body) => gzipSync(body, { level: 9 }).length,
        () => 0,
      ),
    );
  });
  await page.waitForTimeout(300);
  expect(urls).toEqual([]);
  await loadChecker(page);
  await page.waitForLoadState('networkidle');
  expect(urls.some((url) => url.includes('controller'))).toBe(true);
  const bytes = (await Promise.all(loaded)).reduce((sum, size) => sum + size, 0);
  test.info().annotations.push({ type: 'gzip bytes on first use', description: String(bytes) });
  expect(bytes).toBeLessThanOrEqual(PARSER_BUDGET);
});

test('checking makes no request and stores nothing: not in storage, cookies or the URL', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const entry = fixture('chain-full');
  await openChecker(page, '/en/checker/', entry.now);
  const address = page.url();
  await loadChecker(page);
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await enterCase(page, entry);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'depends');
  await page.locator('#checker-file').setInputFiles(new URL('../fixtures/certs/leaf.der', import.meta.url).pathname);
  await expect(page.locator('[data-finding="chain.incomplete"]')).toBeVisible();
  await dropFile(page, '[data-checker]', 'chain.p7b');
  await expect(page.locator('[data-finding="trust.private-root"]')).toBeVisible();
  await page.locator('[data-example="internal-ca"]').click();
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'depends');
  await page.getByRole('button', { name: 'Copy report' }).click();

  expect(requests).toEqual([]);
  expect(page.url()).toBe(address);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
});

test('a chain under a public root loads that one root key, by its hash alone, and only then', async ({ page }) => {
  const entry = fixture('real-google-chain');
  await openChecker(page, '/en/checker/', entry.now);
  await loadChecker(page);
  await page.waitForLoadState('networkidle');
  const requests: { url: string; method: string; body: string | null; cookie: string | undefined; referer?: string }[] =
    [];
  page.on('request', (request) =>
    requests.push({
      url: request.url(),
      method: request.method(),
      body: request.postData(),
      cookie: request.headers()['cookie'],
      referer: request.headers()['referer'],
    }),
  );
  await enterCase(page, entry);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'accept');
  await expect(page.locator('[data-finding="trust.public-root"]')).toBeVisible();
  expect(requests).toHaveLength(1);
  const [request] = requests;
  expect(new URL(request!.url).pathname).toMatch(/^\/checker\/roots\/[0-9a-f]{16}\.der$/);
  expect(new URL(request!.url).search).toBe('');
  expect(request).toMatchObject({ method: 'GET', body: null, cookie: undefined });
  // No page address goes with it (Playwright shows an absent referrer as empty).
  expect(request!.referer ?? '').toBe('');
});

test('without the root key (offline) the verdict is "depends", never "accepted"', async ({ page }) => {
  const entry = fixture('real-google-chain');
  await page.route('**/checker/roots/**', (route) => route.abort('internetdisconnected'));
  await openChecker(page, '/cs/checker/', entry.now);
  await enterCase(page, entry);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'depends');
  await expect(page.locator('[data-finding="trust.public-root-unverified"]')).toBeVisible();
});

test('a pasted chain is checked at once (no typing pause), from the real clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const entry = fixture('chain-full');
  await openChecker(page, '/en/checker/', entry.now);
  await page.locator('#checker-url').fill(entry.url);
  await loadChecker(page);
  await page.evaluate((text) => navigator.clipboard.writeText(text), fixtureText(entry.file));
  await page.locator('#checker-input').press('ControlOrMeta+V');
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'depends', { timeout: 250 });
});

test('on a fresh page, typed input is checked once: the results are drawn once, not again a pause later', async ({
  page,
}) => {
  const entry = fixture('chain-full');
  await openChecker(page, '/en/checker/', entry.now);
  // The findings, chain and certificates below the verdict: drawn again, they would take the focus
  // from a reader already in them and move the page under them.
  await page.evaluate(() => {
    const target = document.querySelector('[data-checker-details]')!;
    const counted = window as unknown as { drawn: number };
    counted.drawn = 0;
    new MutationObserver((records) => {
      if (records.some((record) => record.addedNodes.length > 0)) counted.drawn++;
    }).observe(target, { childList: true });
  });
  // Typing, not pasting, into a checker that has not loaded yet: the typing loads it.
  await enterCase(page, entry);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'depends');
  // Three typing pauses (300 ms each): a second check would have drawn by then.
  await page.waitForTimeout(900);
  expect(await page.evaluate(() => (window as unknown as { drawn: number }).drawn)).toBe(1);
});

for (const locale of LOCALES) {
  test(`${locale}: the examples show a self-signed certificate, a name mismatch and an internal CA's chain`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/checker/`);
    const cases = [
      ['self-signed', 'reject', 'trust.self-signed'],
      ['name-mismatch', 'reject', 'name.mismatch'],
      ['internal-ca', 'depends', 'trust.private-root'],
    ] as const;
    for (const [example, expected, finding] of cases) {
      await page.locator(`[data-example="${example}"]`).click();
      await expect(verdict(page)).toHaveAttribute('data-verdict', expected);
      await expect(page.locator(`[data-finding="${finding}"]`)).toBeVisible();
      await expect(verdict(page)).toBeFocused();
    }
    await expect(page.locator('#checker-url')).toHaveValue('https://mail.contoso.com/EWS/Exchange.asmx');
  });
}

test('a private key is not shown, and the message says to keep it secret', async ({ page }) => {
  const entry = fixture('leaf-with-key');
  const key = fixtureText(entry.file).split('-----BEGIN PRIVATE KEY-----')[1]!.trim().split('\n')[0]!;
  await openChecker(page, '/en/checker/', entry.now);
  await enterCase(page, entry);
  const finding = page.locator('[data-finding="input.private-key"]');
  await expect(finding).toContainText('keep it secret');
  await expect(finding).toContainText('not shown');
  expect(await page.locator('[data-checker-results]').textContent()).not.toContain(key);
});

test('garbage says there is nothing to check, and names no certificate', async ({ page }) => {
  await openChecker(page, '/cs/checker/');
  await page.locator('#checker-url').fill('mail.contoso.com');
  await page.locator('#checker-input').fill(fixtureText('garbage.txt'));
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'reject');
  await expect(verdict(page)).toContainText('Není co kontrolovat');
  expect(await findingIds(page)).toEqual(['input.unrecognized']);
  await expect(page.locator('.checker-certificate')).toHaveCount(0);
});

test('a certificate whose subject is HTML shows it as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const entry = fixture('xss-subject');
  await openChecker(page, '/en/checker/', entry.now);
  await enterCase(page, entry);
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'depends');
  await expect(page.locator('#checker-cert-1')).toContainText(MANIFEST.xss);
  await expect(page.locator('[data-checker-results] img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('without a URL the certificate is read but not judged; the URL then gives the verdict', async ({ page }) => {
  const entry = fixture('chain-full');
  await openChecker(page, '/en/checker/', entry.now);
  await page.locator('#checker-input').fill(fixtureText(entry.file));
  await expect(verdict(page)).toContainText('Enter the URL');
  await expect(verdict(page)).not.toHaveAttribute('data-verdict');
  await expect(page.locator('.checker-certificate')).toHaveCount(3);
  await page.locator('#checker-url').fill('https://mail.contoso.com/EWS/Exchange.asmx');
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'depends');
});

test('Enter in the URL field checks and moves focus to the verdict; results are reachable by keyboard; Clear empties all', async ({
  page,
}) => {
  const entry = fixture('san-mismatch');
  await openChecker(page, '/en/checker/', entry.now);
  await page.locator('#checker-input').fill(fixtureText(entry.file));
  await page.locator('#checker-url').fill(entry.url);
  await page.locator('#checker-url').press('Enter');
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'reject');
  await expect(verdict(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Copy report' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-finding="name.mismatch"] a').first()).toBeFocused();

  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.locator('#checker-input')).toHaveValue('');
  await expect(page.locator('#checker-url')).toHaveValue('');
  await expect(page.locator('[data-finding]')).toHaveCount(0);
  await expect(verdict(page)).toBeEmpty();
  await expect(page.locator('#checker-input')).toBeFocused();
});

test.describe('copying', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  test('the report, as text and as Markdown, and a thumbprint', async ({ page }) => {
    const entry = fixture('expired');
    await openChecker(page, '/en/checker/', entry.now);
    await enterCase(page, entry);
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'reject');

    await page.getByRole('button', { name: 'Copy report' }).click();
    const text = await clipboard(page);
    expect(text).toContain('Verdict: The router will reject this certificate');
    expect(text).toContain('Error: Expired');
    expect(text).toMatch(
      /More: The certificate has expired http:\/\/127\.0\.0\.1:\d+\/en\/certificate-expired\/#cause-expired/,
    );

    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    const markdown = await clipboard(page);
    expect(markdown).toMatch(/^## trustkb certificate check/);
    expect(markdown).toContain('**Verdict**: The router will reject this certificate');

    const thumbprint = (await page.locator('#checker-cert-1 .checker-fingerprint').first().textContent())!;
    await page.getByRole('button', { name: 'Copy Thumbprint (SHA-1)' }).first().click();
    expect(await clipboard(page)).toBe(thumbprint);
    expect(thumbprint).toMatch(/^[0-9A-F]{40}$/);
  });
});

test('the matched name is highlighted, with the host beside, and validity counts days', async ({ page }) => {
  const entry = fixture('wildcard');
  await openChecker(page, '/en/checker/', entry.now);
  await enterCase(page, entry);
  const leaf = page.locator('#checker-cert-1');
  await expect(leaf.locator('mark')).toContainText('*.contoso.com');
  await expect(leaf.locator('.checker-host')).toContainText('mail.contoso.com');
  await expect(leaf.locator('.checker-validity')).toContainText('expires in 319 days');
});

test('the chain shows where it breaks', async ({ page }) => {
  const entry = fixture('chain-root-missing');
  await openChecker(page, '/cs/checker/', entry.now);
  await enterCase(page, entry);
  const nodes = page.locator('.checker-chain-node');
  await expect(nodes).toHaveCount(3);
  await expect(nodes.nth(2)).toHaveClass(/is-broken/);
  await expect(nodes.nth(2)).toContainText('Tady se řetězec přerušuje');
  await expect(nodes.nth(2)).toContainText('Chybí: CN=Contoso Root CA');
});

test('every link the checker can show lands on an existing article section', async ({ request }) => {
  const pages = new Map<string, string>();
  for (const locale of LOCALES) {
    const table = (await (await request.get(`/${locale}/checker/links.json`)).json()) as LinkTable;
    expect(Object.values(table.findings).flat().length).toBeGreaterThanOrEqual(28);
    for (const { href } of table.sections) {
      const url = new URL(href, 'http://site');
      if (!pages.has(url.pathname)) pages.set(url.pathname, await (await request.get(url.pathname)).text());
      expect(pages.get(url.pathname), href).toContain(` id="${decodeURIComponent(url.hash.slice(1))}"`);
    }
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says the checker needs it and shows the manual commands', async ({ page }) => {
    await page.goto('/en/checker/');
    await expect(page.locator('.checker-nojs')).toContainText('needs JavaScript');
    await expect(page.locator('[data-checker-form]')).toBeHidden();
    await expect(page.locator('.checker-manual')).toContainText(
      'openssl x509 -in server.cer -noout -text -ext subjectAltName',
    );
    await expect(page.locator('.checker-manual')).toContainText('certutil');
    await expect(page.locator('.checker-manual')).toContainText('Get-ChildItem Cert:');
  });

  test('an article says so and links to the manual way', async ({ page }) => {
    await page.goto('/cs/email-router-ssl-trust/');
    await expect(page.locator('.checker-nojs a')).toHaveAttribute('href', '/cs/checker/#manual-heading');
  });
});

test('a .pfx file gets the PKCS#12 message', async ({ page }) => {
  await openChecker(page, '/en/checker/');
  await page.locator('#checker-url').fill('mail.contoso.com');
  await page.locator('#checker-file').setInputFiles(new URL('../fixtures/certs/bundle.pfx', import.meta.url).pathname);
  await expect(page.locator('[data-finding="input.pkcs12"]')).toContainText('PFX');
  await expect(page.locator('[data-checker-file-name]')).toHaveText('bundle.pfx');
  // Typing into the box replaces the file.
  await page
    .locator('#checker-input')
    .fill(readFileSync(new URL('../fixtures/certs/self-signed.pem', import.meta.url), 'utf8'));
  await expect(page.locator('[data-finding="trust.self-signed"]')).toBeVisible();
  await expect(page.locator('[data-checker-file-name]')).not.toHaveText('bundle.pfx');
});
