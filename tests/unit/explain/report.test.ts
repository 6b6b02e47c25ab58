import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose, type FindingId } from '../../../src/checker/index.ts';
import { buildReport, type FindingLink, type ReportContext } from '../../../src/explain/index.ts';
import { cs } from '../../../src/explain/words/cs.ts';
import { en } from '../../../src/explain/words/en.ts';
import { FIXTURES_DIR, fixtureCase, MANIFEST, readFixture } from '../../../scripts/lib/fixture-manifest.ts';
import { nodeRootKeys } from '../../../src/cli/node-roots.ts';

const links = new Map<FindingId, FindingLink[]>([
  [
    'name.match',
    [
      {
        href: '/en/email-router-ssl-trust/#cause-name-mismatch',
        title: 'The host name in the URL is not on the certificate',
      },
    ],
  ],
]);

async function report(
  name: string,
  format: 'text' | 'markdown',
  words = en,
  context: Partial<ReportContext> = { origin: 'https://kb.example.org' },
): Promise<string> {
  const fixture = fixtureCase(name);
  const now = new Date(fixture.now);
  const diagnosis = await diagnose(readFixture(fixture.file, fixture.format), fixture.url, {
    now,
    publicRootKey: nodeRootKeys,
  });
  return buildReport({ diagnosis, url: fixture.url, now }, { words, links, origin: null, ...context }, format);
}

describe('the copied report', () => {
  it('never contains a private key pasted with the certificate', async () => {
    const key = readFileSync(new URL('leaf-with-key.pem', FIXTURES_DIR), 'utf8')
      .split('-----BEGIN PRIVATE KEY-----')[1]!
      .split('\n')[1]!;
    for (const format of ['text', 'markdown'] as const) {
      const text = await report('leaf-with-key', format);
      expect(text).not.toContain('PRIVATE KEY-----');
      expect(text).not.toContain(key);
      expect(text).toContain(en.findings['input.private-key'].title);
    }
  });

  it('says the verdict, the .NET flags, every finding with its absolute link, and every certificate', async () => {
    const text = await report('chain-full', 'text');
    expect(text).toContain(`Verdict: ${en.verdict.depends.title}`);
    expect(text).toContain('.NET reports: RemoteCertificateChainErrors');
    expect(text).toContain(
      'More: The host name in the URL is not on the certificate https://kb.example.org/en/email-router-ssl-trust/#cause-name-mismatch',
    );
    expect(text).toContain('CN=Contoso Root CA, O=Contoso Ltd, C=CZ');
    expect(text.match(/^\d\. /gm)).toHaveLength(3);
  });

  it('keeps certificate text inside Markdown code spans, so HTML in a subject stays text', async () => {
    const markdown = await report('xss-subject', 'markdown');
    for (const line of markdown.split('\n').filter((candidate) => candidate.includes(MANIFEST.xss))) {
      expect(line.replace(/`[^`]*`/g, '')).not.toContain('<img');
    }
    expect(markdown).toContain(
      '[The host name in the URL is not on the certificate](https://kb.example.org/en/email-router-ssl-trust/#cause-name-mismatch)',
    );
  });

  it('is written in the page language', async () => {
    const text = await report('self-signed', 'text', cs);
    expect(text).toContain(`Výsledek: ${cs.verdict.reject.title}`);
    expect(text).toContain(cs.findings['trust.self-signed'].title);
  });

  it('writes site-relative paths when no origin is known, and the note on where they open once', async () => {
    const note = 'Open these paths on your site.';
    const text = await report('chain-full', 'text', en, { origin: null, pathsNote: note });
    expect(text).toContain(
      'More: The host name in the URL is not on the certificate /en/email-router-ssl-trust/#cause-name-mismatch\n',
    );
    expect(text).toContain(`\n${note}\n`);
    expect(text).not.toContain('https://kb.example.org');
    expect(text.split(note)).toHaveLength(2);
    // After the findings, before the certificates.
    expect(text.indexOf(note)).toBeGreaterThan(text.indexOf('cause-name-mismatch'));
    expect(text.indexOf(note)).toBeLessThan(text.indexOf('\nCertificates\n'));
  });

  it('leaves the note out when the links are absolute, or when there is no link at all', async () => {
    const note = 'Open these paths on your site.';
    expect(
      await report('chain-full', 'text', en, { origin: 'https://kb.example.org/kb/', pathsNote: note }),
    ).not.toContain(note);
    const unlinked = await report('chain-full', 'text', en, { origin: null, pathsNote: note, links: new Map() });
    expect(unlinked).not.toContain('More:');
    expect(unlinked).not.toContain(note);
  });
});
