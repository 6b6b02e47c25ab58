import { describe, expect, it } from 'vitest';
import { diagnose, FINDING_IDS, type Finding } from '../../../src/checker/index.ts';
import { findingMessage, renderReport } from '../../../src/cli/report.ts';
import { STRINGS } from '../../../src/cli/strings/index.ts';
import { MANIFEST, readFixture } from '../../../scripts/lib/fixture-manifest.ts';

const noLinks = { linkFor: () => 'http://127.0.0.1:4321/en/checker/', problem: null };

describe('CLI string tables', { timeout: 30_000 }, () => {
  it('have a message for every finding in both languages', () => {
    for (const lang of ['cs', 'en'] as const) {
      for (const id of FINDING_IDS) expect(typeof STRINGS[lang].findings[id], `${lang} ${id}`).toBe('function');
    }
  });

  it('render every fixture without holes, differently in Czech and English', async () => {
    const seen = new Set<string>();
    for (const entry of MANIFEST.cases) {
      const diagnosis = await diagnose(readFixture(entry.file, entry.format), entry.url, { now: new Date(entry.now) });
      const english = renderReport(diagnosis, 'en', noLinks, null);
      const czech = renderReport(diagnosis, 'cs', noLinks, null);
      for (const text of [english, czech]) expect(text, entry.name).not.toMatch(/undefined|NaN|\[object|\$\{/);
      expect(czech).not.toBe(english);
      for (const finding of diagnosis.findings) seen.add(finding.id);
    }
    // The fixtures exercise every message but one; that one is covered below.
    expect(FINDING_IDS.filter((id) => !seen.has(id))).toEqual(['input.too-large']);
  });

  it('word the findings no fixture produces', () => {
    const findings: Finding[] = [
      { id: 'input.too-large', severity: 'error', params: { reason: 'bytes', limit: 1048576 } },
      { id: 'input.too-large', severity: 'error', params: { reason: 'blocks', limit: 50 } },
      { id: 'input.too-large', severity: 'error', params: { block: 2, reason: 'asn1-depth' } },
      {
        id: 'time.expiring-soon',
        severity: 'warning',
        certificate: 0,
        params: { notAfter: '2026-02-01T00:00:00.000Z', days: 3 },
      },
      { id: 'chain.duplicate', severity: 'info', certificate: 1, params: { copies: 2, blocks: [1, 3] } },
    ];
    expect(findings.map((finding) => findingMessage(finding, 'cs'))).toEqual([
      'Vstup je větší než 1 MiB. Vložte jen certifikáty.',
      'Vstup má víc než 50 bloků nebo certifikátů. Vložte jen řetězec certifikátů serveru.',
      'Blok 2 je příliš hluboko vnořený nebo příliš složitý, než aby šlo o certifikát.',
      'Platnost certifikátu č. 1 skončí 1. 2. 2026, tedy za 3 dny.',
      'Certifikát č. 2 byl vložen dvakrát.',
    ]);
    expect(findingMessage(findings[3]!, 'en')).toBe('Certificate #1 expires on 2026-02-01, in 3 days.');
  });
});
