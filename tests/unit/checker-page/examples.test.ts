import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/checker/index.ts';
import { EXAMPLES } from '../../../src/client/checker/examples.generated.ts';
import { nodeRootKeys } from '../../../src/cli/node-roots.ts';

/** The "try an example" buttons are judged against the visitor's clock: they must hold for years. */
describe('the checker examples', () => {
  for (const when of ['2026-11-29T12:00:00Z', '2035-06-01T00:00:00Z', '2044-11-01T00:00:00Z']) {
    it(`give the verdicts their buttons promise on ${when.slice(0, 10)}`, async () => {
      const now = new Date(when);
      const verdict = async (name: keyof typeof EXAMPLES) => {
        const diagnosis = await diagnose(EXAMPLES[name].certificate, EXAMPLES[name].url, {
          now,
          publicRootKey: nodeRootKeys,
        });
        return {
          accepts: diagnosis.verdict.routerAccepts,
          findings: diagnosis.findings.map((finding) => finding.id).sort(),
        };
      };
      expect(await verdict('self-signed')).toEqual({ accepts: false, findings: ['name.match', 'trust.self-signed'] });
      expect(await verdict('name-mismatch')).toEqual({
        accepts: false,
        findings: ['name.mismatch', 'trust.private-root'],
      });
      expect(await verdict('internal-ca')).toEqual({
        accepts: 'depends',
        findings: ['name.match', 'trust.private-root'],
      });
    });
  }
});
