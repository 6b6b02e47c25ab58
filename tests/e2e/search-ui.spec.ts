import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../../scripts/lib/axe.ts';

/** WCAG 2.2 AA; the other specs add axe's best practices. */
const WCAG_ONLY = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const TRUST = 'Could not establish trust relationship for the SSL/TLS secure channel';
const box = (page: Page) => page.locator('#site-search-input');

test('nothing of search loads until the box is focused', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(new URL(request.url()).pathname));
  await page.goto('/en/', { waitUntil: 'networkidle' });
  expect(
    urls.filter((url) => url.startsWith('/pagefind/') || url.includes('combobox') || url.includes('run-search')),
  ).toEqual([]);
  await box(page).focus();
  await expect.poll(() => urls.some((url) => url.includes('combobox'))).toBe(true);
});

test('the first search transfers at most 90 KB gzip, Pagefind included', async ({ page }) => {
  await page.goto('/en/', { waitUntil: 'networkidle' });
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    // Pagefind's index, fragments and WebAssembly are stored compressed: count them as they are.
    const precompressed = /\.(pagefind|pf_index|pf_fragment|pf_meta)$/.test(new URL(response.url()).pathname);
    sizes.push(
      response.body().then(
        (body) => (precompressed ? body.length : gzipSync(body, { level: 9 }).length),
        () => 0,
      ),
    );
  });
  await box(page).fill(TRUST);
  await expect(page.locator('.search-option').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const total = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  test.info().annotations.push({ type: 'first search gzip bytes', description: String(total) });
  expect(total).toBeLessThanOrEqual(90 * 1024);
});

for (const [locale, count] of [
  ['cs', /^\d+ výsled(ek|ky|ků)$/],
  ['en', /^\d+ results?$/],
] as const) {
  test(`typing shows results with sections, announced in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    await box(page).fill(locale === 'cs' ? 'Nelze navázat vztah důvěryhodnosti' : TRUST);
    await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('[data-search-status]').first()).toHaveText(count);
    const first = page.locator('.search-option-page').first();
    await expect(first).toHaveAttribute('data-url', `/${locale}/email-router-ssl-trust/`);
    await expect(first.locator('mark').first()).toBeVisible();
    await expect(page.locator('.search-option-section').first()).toHaveAttribute(
      'data-url',
      /#(symptom|causes|resolutions|cause-|resolution-|error-messages)/,
    );
  });
}

test('keyboard: / and Ctrl+K focus the box, arrows move, Enter opens, Escape closes', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await page.locator('h1').click();
  await page.keyboard.press('Control+k');
  await expect(box(page)).toBeFocused();
  // One input event, so one search renders: keys typed one by one could render twice and
  // reset the active option between the arrow press and the check.
  await box(page).fill('RemoteCertificateNameMismatch');
  await expect(page.locator('.search-option').first()).toHaveAttribute(
    'data-url',
    '/en/email-router-ssl-trust/#cause-name-mismatch',
  );
  await page.keyboard.press('ArrowDown');
  const firstId = await page.locator('.search-option').first().getAttribute('id');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', firstId!);
  await expect(page.locator('.search-option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', firstId!);
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-search-popup]')).toBeHidden();
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/email-router-ssl-trust\/#cause-name-mismatch$/);
});

test('a sub-result opens the matching section', async ({ page }) => {
  await page.goto('/en/');
  await box(page).fill('RemoteCertificateNameMismatch');
  const section = page.locator('.search-option-section').first();
  const url = await section.getAttribute('data-url');
  await section.click();
  await expect(page).toHaveURL(new RegExp(`${url!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});

test('Enter with no option chosen goes to the search page with the query', async ({ page }) => {
  await page.goto('/cs/');
  await box(page).fill('certifikát');
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\/cs\/search\/\?q=certifik%C3%A1t$/);
  await expect(page.locator('[data-search-results] .search-result').first()).toBeVisible();
});

for (const locale of ['cs', 'en'] as const) {
  test(`a paste that matches nothing gets the triage first, then the closest matches (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    await box(page).fill('xylofon');
    const fallback = locale === 'cs' ? 'Celému vloženému textu neodpovídá' : 'No article matches the whole paste';
    await expect(page.locator('.search-empty')).toContainText(fallback);
    await expect(page.locator('.search-option').first()).toHaveAttribute(
      'data-url',
      `/${locale}/email-router-ssl-trust/#triage`,
    );
    await expect(page.locator('[data-search-message] a')).toHaveAttribute('href', `/${locale}/articles/`);
    await expect(page.locator('[data-search-status]').first()).toContainText(fallback);

    // A paste of nothing but noise (a time, a code no catalog knows, a GUID) has no words to search.
    const noise = '2026-12-02 08:14:03 0x00000000 {6F9619FF-8B86-D011-B42D-00C04FC964FF}';
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(noise)}`);
    const results = page.locator('[data-search-results] .search-result h3 a');
    await expect(results.first()).toHaveAttribute('href', `/${locale}/email-router-ssl-trust/#triage`);
    await expect(page.locator('[data-search-page] [data-search-status]')).toContainText(fallback);
  });

  test(`an error code in a paste leads straight to its cause and says what it found (${locale})`, async ({ page }) => {
    const paste =
      'curl: (35) schannel: next InitializeSecurityContext failed: Unknown error (0x80092012) - The revocation function was unable to check revocation for the certificate.';
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(paste)}`);
    const first = page.locator('[data-search-results] .search-result').first();
    await expect(first.locator('h3 a')).toHaveAttribute(
      'href',
      `/${locale}/revocation-check-failed/#cause-cdp-unreachable`,
    );
    await expect(first.locator('p mark')).toHaveText('0x80092012');
    await expect(first.locator('p')).toContainText('CRYPT_E_NO_REVOCATION_CHECK');

    await page.goto(`/${locale}/`);
    await box(page).fill('Result value="800B0109"');
    const option = page.locator('.search-option').first();
    await expect(option).toHaveAttribute('data-url', `/${locale}/enterprise-root-untrusted/#cause-root-missing`);
    await expect(option).toContainText('CERT_E_UNTRUSTEDROOT');
  });

  test(`axe finds nothing on the open search popup, light and dark (${locale})`, async ({ page }) => {
    test.slow(); // two scans
    await page.goto(`/${locale}/`);
    // An error code, so the popup holds highlighted excerpts (<mark>) as well as page results.
    await box(page).fill('certificate 0x800B0109');
    await expect(page.locator('.search-option-excerpt mark').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page, WCAG_ONLY), colorScheme).toEqual([]);
    }
  });

  test(`axe finds nothing on the search page with results (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/search/?q=certificate`);
    await expect(page.locator('.search-result').first()).toBeVisible();
    expect(await axeViolations(page, WCAG_ONLY)).toEqual([]);
  });
}

test.describe('on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('the popup fits the screen', async ({ page }) => {
    await page.goto('/cs/');
    await box(page).fill('certifikát');
    const popup = page.locator('[data-search-popup]');
    await expect(popup).toBeVisible();
    const bounds = await popup.boundingBox();
    expect(bounds!.x).toBeGreaterThanOrEqual(0);
    expect(bounds!.x + bounds!.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the box submits to the search page, which leads to the article listings and says why', async ({ page }) => {
    await page.goto('/en/');
    await box(page).fill('trust relationship');
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\?q=trust\+relationship$/);
    // The ways in, not every article: the listings stay one click away at any size.
    await expect(page.locator('#browse a[href="/en/articles/"]')).toBeVisible();
    await expect(page.locator('#browse a[href="/en/errors/trust/"]')).toBeVisible();
    await expect(page.locator('#browse .article-card')).toHaveCount(0);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  });
});

test('after a failed search the arrows reach no stale result', async ({ page }) => {
  await page.goto('/en/');
  await box(page).fill(TRUST);
  await expect(page.locator('.search-option').first()).toBeVisible();
  await page.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
  await box(page).fill('revocation server offline proxy');
  await expect(page.locator('.search-empty')).toHaveText('Search could not be loaded. Reload the page and try again.');
  await box(page).press('ArrowDown');
  await expect(box(page)).not.toHaveAttribute('aria-activedescendant', /./);
  await expect(page.locator('.search-option')).toHaveCount(0);
});

// Lines of the trustkb .NET TLS report: its TrustFailure text alone would find the generic trust
// article; its PartialChain status must win.
const PARTIAL_CHAIN_REPORT = [
  'trustkb .NET TLS report 1',
  'Url: https://mail.contoso.com/EWS/Exchange.asmx',
  'SslPolicyErrors: RemoteCertificateChainErrors',
  'Chain status: PartialChain',
  'Chain element 0: CN=mail.contoso.com, O=Contoso Ltd, C=CZ',
  '  Thumbprint: 5F3A9C0E1B2D4F6A8C0E2B4D6F8A0C2E4B6D8F0A',
  '  Status: PartialChain',
  '  Status information: A certificate chain could not be built to a trusted root authority.',
  `Result: TrustFailure: The underlying connection was closed: ${TRUST}.`,
  'Certificates sent by the server: 0',
  'End of trustkb .NET TLS report',
].join('\r\n');

test('a report pasted into the header box, which joins its lines, finds the article of its status', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/');
  await box(page).focus();
  await page.evaluate((text) => navigator.clipboard.writeText(text), PARTIAL_CHAIN_REPORT);
  await page.keyboard.press('ControlOrMeta+V');
  await expect(box(page)).toHaveValue(/Chain status: PartialChain/);
  await expect(box(page)).not.toHaveValue(/\n/);
  await expect(page.locator('.search-option-page').first()).toHaveAttribute(
    'data-url',
    '/en/missing-intermediate/#cause-server-omits-intermediate',
  );
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=trustkb/);
  await expect(page.locator('[data-search-results] .search-result h3 a').first()).toHaveAttribute(
    'href',
    '/en/missing-intermediate/#cause-server-omits-intermediate',
  );
});
