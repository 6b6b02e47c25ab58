/**
 * Every finding the checker can report, with its severity. This list is the one source of
 * truth for finding ids: the article facts files (`causes[].findings`), the checker page and
 * the CLI all refer to these ids, and tests tie them together.
 */
export type Severity = 'error' | 'warning' | 'info';

export const FINDINGS = [
  { id: 'input.empty', severity: 'error' },
  { id: 'input.unrecognized', severity: 'error' },
  { id: 'input.malformed', severity: 'error' },
  { id: 'input.too-large', severity: 'error' },
  { id: 'input.private-key', severity: 'warning' },
  { id: 'input.csr', severity: 'error' },
  { id: 'input.pkcs12', severity: 'error' },
  { id: 'url.invalid', severity: 'error' },
  { id: 'url.not-https', severity: 'info' },
  { id: 'name.match', severity: 'info' },
  { id: 'name.mismatch', severity: 'error' },
  { id: 'name.legacy-only', severity: 'warning' },
  { id: 'trust.self-signed', severity: 'error' },
  { id: 'trust.private-root', severity: 'warning' },
  { id: 'trust.public-root', severity: 'info' },
  { id: 'trust.public-root-unverified', severity: 'warning' },
  { id: 'trust.windows-distrusted', severity: 'error' },
  { id: 'chain.incomplete', severity: 'error' },
  { id: 'chain.bad-signature', severity: 'error' },
  { id: 'chain.signature-unchecked', severity: 'warning' },
  { id: 'chain.issuer-not-ca', severity: 'error' },
  { id: 'chain.path-length', severity: 'error' },
  { id: 'chain.name-constraints', severity: 'error' },
  { id: 'chain.unused-issuer', severity: 'info' },
  { id: 'chain.order', severity: 'info' },
  { id: 'chain.duplicate', severity: 'info' },
  { id: 'chain.unrelated', severity: 'info' },
  { id: 'time.expired', severity: 'error' },
  { id: 'time.not-yet-valid', severity: 'error' },
  { id: 'time.expiring-soon', severity: 'warning' },
  { id: 'usage.no-server-auth', severity: 'error' },
  { id: 'usage.leaf-is-ca', severity: 'warning' },
  { id: 'usage.unknown-critical-extension', severity: 'error' },
  { id: 'crypto.weak-key', severity: 'warning' },
  { id: 'crypto.weak-signature', severity: 'warning' },
] as const satisfies readonly { id: string; severity: Severity }[];

export type FindingId = (typeof FINDINGS)[number]['id'];

export const FINDING_IDS: readonly FindingId[] = FINDINGS.map((finding) => finding.id);

export function isFindingId(value: string): value is FindingId {
  return (FINDING_IDS as readonly string[]).includes(value);
}
