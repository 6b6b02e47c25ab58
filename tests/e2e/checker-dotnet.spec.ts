import { expect, type Page } from '@playwright/test';
import { diagnose, type Diagnosis } from '../../src/checker/index.ts';
import { nodeRootKeys } from '../../src/cli/node-roots.ts';
import { mdxHeadings } from '../../src/content/headings.ts';
import { readArticleFiles } from '../../src/content/files.ts';
import { dotnetView, findingLinks, piecesToText, verdictAttribute, verdictKind } from '../../src/explain/index.ts';
import { cs } from '../../src/explain/words/cs.ts';
import { en } from '../../src/explain/words/en.ts';
import { readDotnetSampleBytes, readDotnetSamples, type DotnetSample } from '../../scripts/fixtures/dotnet-reports.ts';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { findingIds, LOCALES, MANIFEST, test, verdict, type Locale } from './checker-helpers.ts';

/**
 * A trustkb .NET TLS report pasted or dropped on the checker: the section on what .NET reported
 * on the router computer, the comparison with the checker's answer, and the ordinary diagnosis
 * of the certificates in it, in both languages. The tests of a worker share a checker page per
 * language, emptied between them (cleanChecker in checker-helpers.ts).
 */

const WORDS = { cs, en };
const SAMPLES = readDotnetSamples();
const sample = (name: string): DotnetSample => SAMPLES.find((entry) => entry.name === name)!;
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** What the page must show, worked out by the same core in Node. */
async function expected(entry: DotnetSample): Promise<Diagnosis> {
  return diagnose(readDotnetSampleBytes(entry), '', { now: new Date(entry.now), publicRootKey: nodeRootKeys });
}

function dotnetHrefs(locale: Locale) {
  const articles = readArticleFiles()
    .filter((file) => file.data.locale === locale)
    .map((file) => ({ data: file.data, headings: mdxHeadings(file.body) }));
  return findingLinks(articles).dotnet;
}

async function dropBytes(page: Page, bytes: Uint8Array, name: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ bytes, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name));
      return transfer;
    },
    { bytes: [...bytes], name },
  );
  await page.dispatchEvent('[data-checker]', 'dragover', { dataTransfer });
  await page.dispatchEvent('[data-checker]', 'drop', { dataTransfer });
}

for (const locale of LOCALES) {
  const words = WORDS[locale];
  const links = dotnetHrefs(locale);

  for (const [name, flag] of [
    ['czech-windows', 'UntrustedRoot'],
    ['revocation', 'OfflineRevocation'],
  ] as const) {
    test(`${locale}: the ${name} report pasted without a URL shows .NET's answer beside the diagnosis`, async ({
      cleanChecker,
    }) => {
      const entry = sample(name);
      const diagnosis = await expected(entry);
      const page = await cleanChecker(locale, entry.now);
      await page.locator('#checker-input').fill(text(readDotnetSampleBytes(entry)));

      // The ordinary diagnosis, judged against the report's URL.
      const kind = verdictAttribute(verdictKind(diagnosis.verdict, diagnosis.certificates.length))!;
      await expect(verdict(page)).toHaveAttribute('data-verdict', kind);
      await expect(verdict(page)).toContainText(words.dotnet.predicted);
      expect(await findingIds(page)).toEqual(diagnosis.findings.map((finding) => finding.id));

      const section = page.locator('section[data-dotnet]');
      const view = dotnetView(diagnosis, words)!;
      await expect(section.getByRole('heading', { name: words.dotnet.heading })).toBeVisible();
      await expect(section).toHaveAttribute('data-dotnet', view.comparison.outcome!);
      await expect(section.locator('.checker-dotnet-note').first()).toHaveText(piecesToText(view.notes[0]!, () => ''));
      await expect(section.locator('.checker-dotnet-sentences > li')).toHaveText(
        view.comparison.sentences.map((sentence) => piecesToText(sentence, () => '')),
      );
      await expect(section.locator('dd').filter({ hasText: 'CONTOSO\\' })).toHaveCount(1);
      await expect(section.locator('.checker-dotnet-element')).toHaveCount(entry.expected.elements);

      // Its links come where it first appears (the chain status); its meaning wherever it appears.
      const flagItem = section.locator(`[data-flag="${flag}"]`).first();
      await expect(section.locator(`.checker-dotnet-chain [data-flag="${flag}"]`).first()).toContainText(
        words.dotnet.flag[flag],
      );
      await expect(flagItem).toContainText(words.dotnet.flag[flag]);
      const hrefs = await flagItem
        .locator('a')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      expect(hrefs).toEqual(links[flag].map((link) => link.href));
      expect(hrefs.length).toBeGreaterThan(0);

      expect(await axeViolations(page), 'light').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page), 'dark').toEqual([]);
    });
  }

  test(`${locale}: a UTF-16 report file dropped on the checker is read, and .NET's acceptance settles "depends"`, async ({
    cleanChecker,
  }) => {
    const entry = sample('utf16');
    const page = await cleanChecker(locale, entry.now); // loaded: the drop is read at once
    await dropBytes(page, readDotnetSampleBytes(entry), 'report.txt');
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'depends');
    const section = page.locator('section[data-dotnet]');
    await expect(section).toHaveAttribute('data-dotnet', 'dotnet-answers-depends');
    await expect(section.locator('[data-flag="None"]')).toContainText(words.dotnet.flag.None);
    await expect(section).toContainText(words.dotnet.result.accepted);
  });
}

test('a report that never reached the certificate says why, links the cause, and asks for no certificate', async ({
  cleanChecker,
}) => {
  const entry = sample('send-failure');
  const page = await cleanChecker('en', entry.now);
  await page.locator('#checker-input').fill(text(readDotnetSampleBytes(entry)));
  const section = page.locator('section[data-dotnet]');
  await expect(section).toHaveAttribute('data-dotnet', 'not-compared');
  await expect(section.locator('.checker-dotnet-result')).toContainText(en.dotnet.result.SendFailure);
  await expect(section.locator('.checker-dotnet-result a').first()).toHaveAttribute(
    'href',
    '/en/tls12-secure-channel/#cause-dotnet-old-protocols',
  );
  await expect(section.locator('.checker-dotnet-sentences')).toContainText('nothing to compare');
  await expect(page.locator('[data-finding]')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('text from a report is shown as text and runs nothing', async ({ cleanChecker }) => {
  const xss = '<img src=x onerror="window.__pwned=1">';
  const report = [
    'trustkb .NET TLS report 1',
    'Url: https://mail.contoso.com/',
    `Account: ${xss}`,
    'SslPolicyErrors: RemoteCertificateChainErrors',
    `Chain status: ${xss}`,
    `Chain element 0: CN=${xss}`,
    `  Status information: ${xss}`,
    `Result: TrustFailure: ${xss}`,
    'Certificates sent by the server: 0',
    'End of trustkb .NET TLS report',
  ].join('\n');
  const page = await cleanChecker('en', MANIFEST.referenceDate);
  await page.locator('#checker-input').fill(report);
  const section = page.locator('section[data-dotnet]');
  await expect(section).toContainText(`CN=${xss}`);
  await expect(section.locator('.is-unknown')).toContainText(en.dotnet.unknownFlag);
  await expect(page.locator('[data-checker] img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
