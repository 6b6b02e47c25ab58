import { expect } from '@playwright/test';
import type { FindingId } from '../../src/checker/index.ts';
import {
  dropFile,
  expectedVerdictAttribute,
  enterCase,
  findingIds,
  fixture,
  LOCALES,
  findingHrefs,
  test,
  verdict,
} from './checker-helpers.ts';

/**
 * Every scenario of the issue, from the fixture manifest, in both languages: the verdict, the
 * .NET flags, exactly the expected findings (most severe first), and each finding's links, the
 * first one being the article cause that lists it. The tests of a worker share one checker page
 * per language, emptied between them (cleanChecker in checker-helpers.ts).
 */
const SCENARIOS = [
  'self-signed',
  'san-mismatch',
  'chain-full', // private root, root pasted
  'chain-root-missing', // private root, root not pasted
  'expired',
  'leaf-alone', // missing intermediate
  'ip-only',
  'wildcard',
  'cn-only',
  'real-google-chain', // accepted: GTS CA 1C3 verified with GTS Root R1's key, loaded on demand
  'public-issuer', // forged: names ISRG Root X1, its key says no
  'public-issuer-forged-leaf',
  'cross-signed-root-expired', // the expired copy is left out
  'real-r10-with-expired-isrg-cross',
  'path-length-exceeded',
  'critical-extension-leaf',
  'critical-extension-intermediate',
  'aia-leaf',
  'name-constraints-not-permitted',
  'name-constraints-excluded',
  'md5-signed-leaf', // a signature the checker cannot compute: "depends", never "accepted"
  'leaf-der', // DER by file
  'chain-p7b', // .p7b by drop
  'private-key',
  'garbage',
  'xss-subject',
];
const SEVERITY = { error: 0, warning: 1, info: 2 } as Record<string, number>;

for (const locale of LOCALES) {
  const links = findingHrefs(locale);
  for (const name of SCENARIOS) {
    test(`${locale}: ${name} shows its verdict, findings and links`, async ({ cleanChecker }) => {
      const entry = fixture(name);
      const page = await cleanChecker(locale, entry.now);
      if (name === 'chain-p7b') {
        await page.locator('#checker-url').fill(entry.url);
        await dropFile(page, '[data-checker]', entry.file);
      } else {
        await enterCase(page, entry);
      }
      await expect(verdict(page)).toHaveAttribute('data-verdict', expectedVerdictAttribute(entry)!);
      for (const flag of entry.expected.verdict.sslPolicyErrors) await expect(verdict(page)).toContainText(flag);

      const ids = await findingIds(page);
      expect([...ids].sort()).toEqual(entry.expected.findings.map((finding) => finding.id).sort());
      const severities = await page
        .locator('[data-finding]')
        .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.severity ?? ''));
      expect(severities.map((severity) => SEVERITY[severity])).toEqual(
        [...severities.map((severity) => SEVERITY[severity])].sort(),
      );

      for (const id of ids) {
        const hrefs = await page
          .locator(`[data-finding="${id}"] .checker-finding-links a`)
          .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
        expect(hrefs.length, id).toBeGreaterThan(0);
        for (const href of hrefs) expect(href, id).toMatch(new RegExp(`^/${locale}/[a-z0-9-]+/#.+`));
        expect(hrefs, id).toEqual(links.get(id as FindingId));
      }
    });
  }
}
