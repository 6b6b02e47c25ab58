import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { expectedVerdictAttribute, fixture, fixtureText, LOCALES, verdict, type Locale } from './checker-helpers.ts';

/**
 * "Paste anything": a certificate pasted into search is offered to the checker, which receives it
 * in the URL fragment. No request ever carries the certificate (or a private key pasted with it),
 * and the fragment leaves the address bar as soon as the checker has read it.
 */

const CHAIN_CASE = fixture('chain-full');
const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
const CHAIN_BLOCKS = fixtureText('chain-full.pem').match(PEM_BLOCK)!;
const LEAF_WITH_KEY = fixtureText('leaf-with-key.pem');
const LEAF = LEAF_WITH_KEY.match(PEM_BLOCK)![0];
const KEY = LEAF_WITH_KEY.match(/-----BEGIN PRIVATE KEY-----[\s\S]*?-----END PRIVATE KEY-----/)![0];

/** What `openssl s_client -connect mail.contoso.com:443 -showcerts` prints for the fixture chain. */
const S_CLIENT = [
  '$ openssl s_client -connect mail.contoso.com:443 -showcerts',
  'CONNECTED(00000003)',
  '---',
  'Certificate chain',
  ' 0 s:C = CZ, O = Contoso Ltd, CN = mail.contoso.com',
  '   i:C = CZ, O = Contoso Ltd, CN = Contoso Issuing CA 1',
  CHAIN_BLOCKS[0],
  ' 1 s:C = CZ, O = Contoso Ltd, CN = Contoso Issuing CA 1',
  '   i:C = CZ, O = Contoso Ltd, CN = Contoso Root CA',
  CHAIN_BLOCKS[1],
  ' 2 s:C = CZ, O = Contoso Ltd, CN = Contoso Root CA',
  '   i:C = CZ, O = Contoso Ltd, CN = Contoso Root CA',
  CHAIN_BLOCKS[2],
  '---',
  'Verify return code: 19 (self-signed certificate in certificate chain)',
].join('\n');

const WORDS: Record<Locale, { chain: string; one: string; foundChain: string; foundOne: string; key: RegExp }> = {
  cs: {
    chain: 'Zkontrolovat tyto 3 certifikáty v kontrole certifikátu',
    one: 'Zkontrolovat tento certifikát v kontrole certifikátu',
    foundChain: 'Ve vloženém textu jsou 3 certifikáty.',
    foundOne: 'Ve vloženém textu je certifikát.',
    key: /soukromý klíč.*vynechali.*nikam ho nevkládejte/,
  },
  en: {
    chain: 'Check these 3 certificates in the certificate checker',
    one: 'Check this certificate in the certificate checker',
    foundChain: 'What you pasted holds 3 certificates.',
    foundOne: 'What you pasted holds a certificate.',
    key: /private key.*left out.*do not paste it anywhere/,
  },
};

const box = (page: Page) => page.locator('#site-search-input');
const pasteField = (page: Page) => page.locator('#paste-search-field');
const offer = (page: Page) => page.locator('[data-certificate-offer]');
const checkerInput = (page: Page) => page.locator('#checker-input');

/** Every request the page makes, as URL, body and Referer. */
function watchRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) =>
    seen.push([request.url(), request.postData() ?? '', request.headers().referer ?? ''].join('\n')),
  );
  return seen;
}

/** The requests that carry any line of the PEM text's Base64, as sent or percent-decoded. */
function carrying(requests: string[], pem: string): string[] {
  const lines = pem.split(/\r?\n/).filter((line) => /^[A-Za-z0-9+/=]{40,}$/.test(line));
  expect(lines.length).toBeGreaterThan(0);
  const decoded = (text: string) => {
    try {
      return decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
      return text;
    }
  };
  return requests.filter((request) => lines.some((line) => request.includes(line) || decoded(request).includes(line)));
}

/** Puts text on the clipboard and pastes it into the focused field, as a visitor would. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('ControlOrMeta+V');
}

async function expectCheckedInChecker(page: Page, locale: Locale, certificates: string, url: string) {
  await expect(page).toHaveURL(new RegExp(`/${locale}/checker/$`));
  await expect(checkerInput(page)).toHaveValue(certificates);
  await expect(page.locator('#checker-url')).toHaveValue(url);
  // Checked: a verdict (without a URL, the request for one) and a card for each certificate.
  await expect(verdict(page)).not.toBeEmpty();
  const count = certificates.match(PEM_BLOCK)!.length;
  await expect(page.locator(`#checker-cert-${count}`)).toBeVisible();
  await expect(page.locator(`#checker-cert-${count + 1}`)).toHaveCount(0);
  expect(page.url()).not.toContain('#');
  expect(await page.evaluate(() => location.hash)).toBe('');
}

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.setFixedTime(new Date(CHAIN_CASE.now));
});

for (const locale of LOCALES) {
  test(`header box (${locale}): a pasted s_client chain is offered first; Enter checks it in the checker`, async ({
    page,
  }) => {
    const requests = watchRequests(page);
    await page.goto(`/${locale}/`);
    await box(page).focus();
    await paste(page, S_CLIENT);
    await expect(box(page)).not.toHaveValue(/\n/); // the one-line field flattened the paste
    const first = page.locator('.search-option').first();
    await expect(first).toHaveClass(/search-option-checker/);
    await expect(first.locator('.search-option-title')).toHaveText(WORDS[locale].chain);
    await expect(page.locator('[data-search-form] [data-search-status]')).toContainText(WORDS[locale].foundChain);

    await box(page).press('Enter');
    await expectCheckedInChecker(page, locale, CHAIN_BLOCKS.join('\n'), 'https://mail.contoso.com/');
    await expect(verdict(page)).toHaveAttribute('data-verdict', expectedVerdictAttribute(CHAIN_CASE)!);
    await expect(verdict(page)).toBeFocused();
    expect(carrying(requests, S_CLIENT)).toEqual([]);
    expect(requests.some((request) => request.includes('/search/?'))).toBe(false);

    // The history keeps the page the search was made on and the checker without the fragment.
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/${locale}/$`));
    await page.goForward();
    await expect(page).toHaveURL(new RegExp(`/${locale}/checker/$`));
  });

  test(`search page (${locale}): a paste with a private key offers its certificate only, and says so`, async ({
    page,
  }) => {
    const requests = watchRequests(page);
    await page.goto(`/${locale}/search/`);
    await pasteField(page).focus();
    await paste(page, LEAF_WITH_KEY);
    await expect(offer(page)).toHaveAttribute('role', 'status');
    await expect(offer(page).locator('.certificate-offer-found')).toContainText(WORDS[locale].foundOne);
    await expect(offer(page).locator('.certificate-offer-found')).toContainText(WORDS[locale].key);
    const link = offer(page).getByRole('link', { name: WORDS[locale].one });
    await expect(link).toHaveClass(/\bbutton\b/);

    await link.click();
    await expectCheckedInChecker(page, locale, LEAF.trim(), '');
    await expect(checkerInput(page)).not.toHaveValue(/PRIVATE KEY/);
    expect(carrying(requests, KEY)).toEqual([]);
    expect(carrying(requests, LEAF)).toEqual([]);
  });

  test(`home page (${locale}): submitting a pasted chain goes to the checker, plain text still to search`, async ({
    page,
  }) => {
    const requests = watchRequests(page);
    await page.goto(`/${locale}/`);
    await pasteField(page).focus();
    await paste(page, S_CLIENT);
    await expect(offer(page).getByRole('link', { name: WORDS[locale].chain })).toBeVisible();
    await expect(offer(page)).toContainText(WORDS[locale].foundChain);
    await page.locator('.paste-search button[type="submit"]').click();
    await expectCheckedInChecker(page, locale, CHAIN_BLOCKS.join('\n'), 'https://mail.contoso.com/');
    await expect(verdict(page)).toHaveAttribute('data-verdict', expectedVerdictAttribute(CHAIN_CASE)!);
    expect(carrying(requests, S_CLIENT)).toEqual([]);

    await page.goto(`/${locale}/`);
    await pasteField(page).fill('RemoteCertificateNameMismatch');
    await expect(offer(page)).toBeEmpty();
    await page.locator('.paste-search button[type="submit"]').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/search/\\?q=RemoteCertificateNameMismatch$`));
  });
}

test('keyboard only: arrows reach the checker option, Tab reaches the offer, Enter follows both', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  // fill() is one input event, with the newlines a one-line field drops.
  await box(page).fill(CHAIN_BLOCKS.join('\n'));
  const option = page.locator('.search-option-checker');
  await expect(option).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
  await page.keyboard.press('Enter');
  await expectCheckedInChecker(page, 'en', CHAIN_BLOCKS.join('\n'), '');

  await page.goto('/cs/search/');
  await pasteField(page).focus();
  await page.keyboard.insertText(LEAF);
  await page.keyboard.press('Tab');
  await expect(offer(page).getByRole('link', { name: WORDS.cs.one })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectCheckedInChecker(page, 'cs', LEAF.trim(), '');
});

test('a search page loaded with a certificate in ?q= offers the checker above the results', async ({ page }) => {
  await page.goto(`/en/search/?q=${encodeURIComponent(S_CLIENT)}`);
  await expect(offer(page).getByRole('link', { name: WORDS.en.chain })).toBeVisible();
  await expect(page.locator('[data-search-page] [data-search-status]')).not.toHaveText(/^$|…/);
  const offerBox = await offer(page).boundingBox();
  const resultsBox = await page.locator('[data-search-results]').boundingBox();
  expect(offerBox!.y).toBeLessThan(resultsBox!.y);
  await offer(page).getByRole('link').click();
  await expectCheckedInChecker(page, 'en', CHAIN_BLOCKS.join('\n'), 'https://mail.contoso.com/');
});

test('on the checker page itself, the header box hands over in place', async ({ page }) => {
  await page.goto('/en/checker/');
  await box(page).fill(LEAF);
  await expect(page.locator('.search-option-checker')).toBeVisible();
  await box(page).press('Enter');
  await expectCheckedInChecker(page, 'en', LEAF.trim(), '');
});

test('the checker ignores other fragments and a malformed hand-off, without an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/en/checker/#check=%E0%A4%A&url=%ZZ');
  await expect(page).toHaveURL(/\/en\/checker\/$/);
  await page.goto('/en/checker/#check=');
  await expect(page).toHaveURL(/\/en\/checker\/$/);
  await expect(checkerInput(page)).toHaveValue('');
  await expect(verdict(page)).toBeEmpty();
  await page.goto('/en/checker/#manual-heading');
  await expect(page).toHaveURL(/\/en\/checker\/#manual-heading$/);
  await expect(checkerInput(page)).toHaveValue('');
  expect(errors).toEqual([]);
});

test('without JavaScript the paste form still searches', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/');
  await pasteField(page).fill('Could not establish trust relationship');
  await page.locator('.paste-search button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=Could\+not\+establish\+trust\+relationship$/);
  await context.close();
});

test.describe('accessibility with the offer shown', () => {
  for (const locale of LOCALES) {
    test(`axe finds nothing on the search page offer, light and dark, nor on the header option (${locale})`, async ({
      page,
    }) => {
      test.slow();
      await page.goto(`/${locale}/search/`);
      await pasteField(page).fill(LEAF_WITH_KEY);
      await expect(offer(page).getByRole('link')).toBeVisible();
      await page.emulateMedia({ colorScheme: 'light' });
      expect(await axeViolations(page), 'light').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page), 'dark').toEqual([]);

      // The popup in light mode, as search-ui.spec.ts scans it.
      await page.emulateMedia({ colorScheme: 'light' });
      await box(page).fill(LEAF_WITH_KEY);
      await expect(page.locator('.search-option-checker')).toBeVisible();
      await box(page).press('ArrowDown');
      expect(await axeViolations(page), 'header option').toEqual([]);
    });
  }
});
