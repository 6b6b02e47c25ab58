import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINDINGS } from '../../../src/checker/index.ts';
import { readArticleFiles } from '../../../src/content/files.ts';

/** Ties the articles to the checker's findings and to the search table: one source per fact. */
const files = readArticleFiles();

describe('checker findings and articles', () => {
  // Input and URL findings describe what was pasted, not why TLS fails, and an unverified
  // public root says the checker could not finish: they point at the "check the certificate
  // yourself" help rather than at a cause.
  const checkerState = new Set(['trust.public-root-unverified', 'chain.signature-unchecked']);
  const certificateFindings = FINDINGS.filter(
    (finding) =>
      finding.severity !== 'info' &&
      !finding.id.startsWith('input.') &&
      !finding.id.startsWith('url.') &&
      !checkerState.has(finding.id),
  );

  for (const locale of ['cs', 'en'] as const) {
    it(`names every warning and error about a certificate in some cause (${locale})`, () => {
      const named = new Set(
        files
          .filter((file) => file.data.locale === locale)
          .flatMap((file) => file.data.causes.flatMap((cause) => cause.findings)),
      );
      expect(certificateFindings.map((finding) => finding.id).filter((id) => !named.has(id))).toEqual([]);
    });
  }
});

describe('the search findability table', () => {
  const folder = new URL('../../data/search-queries/', import.meta.url);
  const rows = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .flatMap(
      (name) =>
        JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as { site: string; query: string; expect: string }[],
    );

  it('has a file for every article', () => {
    const tables = new Set(readdirSync(folder).map((name) => name.replace(/\.json$/, '')));
    expect([...new Set(files.map((file) => file.data.id))].filter((id) => !tables.has(id))).toEqual([]);
  });

  it('searches every wording an article owns, word for word, on both sites', () => {
    const missing: string[] = [];
    for (const file of files.filter((candidate) => candidate.data.locale === 'en')) {
      for (const message of file.data.errorMessages.filter((candidate) => !candidate.shared)) {
        for (const site of ['cs', 'en']) {
          const found = rows.some(
            (row) => row.site === site && row.expect === file.data.id && row.query.includes(message.text),
          );
          if (!found) missing.push(`${file.data.id} on /${site}/: ${message.text}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
