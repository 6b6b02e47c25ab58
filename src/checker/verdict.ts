import type { FindingId } from './findings.ts';
import type { Finding, SslPolicyError, Verdict } from './types.ts';

/**
 * From findings to what the router does. .NET Framework hands the validation callback two
 * flags that matter here: RemoteCertificateNameMismatch (the URL's host is not on the
 * certificate) and RemoteCertificateChainErrors (everything CryptoAPI's chain engine
 * dislikes: untrusted or missing root, missing intermediate, bad signature, expiry, usage).
 */

const NAME_ERRORS: readonly FindingId[] = ['name.mismatch'];

/** Chain problems no installation on the router machine can fix. */
const CHAIN_ERRORS: readonly FindingId[] = [
  'trust.self-signed',
  'trust.windows-distrusted',
  'chain.bad-signature',
  'chain.issuer-not-ca',
  'chain.path-length',
  'chain.name-constraints',
  'usage.unknown-critical-extension',
  'time.expired',
  'time.not-yet-valid',
  'usage.no-server-auth',
];

/**
 * Chain problems that go away once the root (or intermediate) is on the router machine, and
 * a public root's signature the checker could not check (its key did not load).
 */
const CHAIN_DEPENDS: readonly FindingId[] = [
  'trust.private-root',
  'chain.incomplete',
  'trust.public-root-unverified',
  'chain.signature-unchecked',
];

/** Computes the verdict; `certificateCount` 0 means there was nothing to judge. */
export function computeVerdict(findings: readonly Pick<Finding, 'id'>[], certificateCount: number): Verdict {
  const has = (ids: readonly FindingId[]) => findings.some((entry) => ids.includes(entry.id));
  const sslPolicyErrors: SslPolicyError[] = [];
  if (has(NAME_ERRORS)) sslPolicyErrors.push('RemoteCertificateNameMismatch');
  if (has(CHAIN_ERRORS) || has(CHAIN_DEPENDS)) sslPolicyErrors.push('RemoteCertificateChainErrors');

  if (certificateCount === 0 || has(['url.invalid'])) return { routerAccepts: false, sslPolicyErrors };
  if (has(NAME_ERRORS) || has(CHAIN_ERRORS)) return { routerAccepts: false, sslPolicyErrors };
  if (has(CHAIN_DEPENDS)) return { routerAccepts: 'depends', sslPolicyErrors };
  return { routerAccepts: true, sslPolicyErrors };
}
