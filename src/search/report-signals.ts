/**
 * What a pasted .NET TLS report is searched for: the one status in it that decides the failure,
 * as a wording that the article about that status owns. The report's own exception text would
 * find the generic trust article every time ("Could not establish trust relationship…"), so
 * search replaces the whole report by that one wording before the normal reduction.
 */
import {
  readDotnetReport,
  type ChainStatusFlag,
  type DotnetReport,
  type SslPolicyError,
  type WebExceptionStatusName,
} from './dotnet-report.ts';

export interface ReportCondition {
  /** This flag is in the chain's status or in an element's. */
  chain?: ChainStatusFlag;
  /** The `SslPolicyErrors:` line holds this flag, is `None`, or says the callback never ran. */
  policy?: SslPolicyError | 'None' | 'not-reached';
  /** The `Result:` line's status. */
  result?: WebExceptionStatusName | 'Accepted';
  /** With `result: 'Accepted'`: the HTTP status of the answer. */
  httpStatus?: number;
  /** The server's certificate is self-signed (see `isSelfSigned`). */
  selfSigned?: true;
}

export interface ReportSignal {
  when: ReportCondition;
  /** The article that explains this status. */
  article: string;
  /** What is searched for: a wording from the article's errorMessages that no other article owns. */
  query: string;
}

/**
 * The first row whose condition holds decides; several statuses often come together, and the row
 * order says which one explains the others or must be fixed whatever happens to them.
 */
export const REPORT_SIGNALS = [
  // The handshake failed before any certificate was seen: no certificate status can be present,
  // and the protocol is the problem. SendFailure is how .NET Framework reports the server
  // closing the connection on the first TLS message (no common protocol version).
  {
    when: { policy: 'not-reached', result: 'SecureChannelFailure' },
    article: 'tls12-secure-channel',
    query: 'SecureChannelFailure',
  },
  {
    when: { policy: 'not-reached', result: 'SendFailure' },
    article: 'tls12-secure-channel',
    query: 'The underlying connection was closed: An unexpected error occurred on a send.',
  },
  // The issuer withdrew the certificate: nothing but a new certificate helps, whatever else fails.
  // No article lists "Revoked" as a message yet; the revocation article explains the check.
  { when: { chain: 'Revoked' }, article: 'revocation-check-failed', query: 'RevocationStatusUnknown' },
  // A signature that does not verify means the chain is not the one it claims to be: every other
  // status was computed over a broken chain.
  { when: { chain: 'NotSignatureValid' }, article: 'certificate-hygiene', query: 'NotSignatureValid' },
  // The chain stops below a root: Windows cannot judge a root it never reached nor check the
  // revocation of certificates it could not find, so UntrustedRoot, RevocationStatusUnknown and
  // OfflineRevocation next to PartialChain are its consequences.
  { when: { chain: 'PartialChain' }, article: 'missing-intermediate', query: 'PartialChain' },
  // An expired or not-yet-valid certificate fails however it is trusted: it must be renewed (or
  // the clock fixed) first, and the renewal is also the moment to fix its trust.
  { when: { chain: 'NotTimeValid' }, article: 'certificate-expired', query: 'NotTimeValid' },
  // A certificate unfit for a TLS server fails however it is trusted: it must be reissued.
  { when: { chain: 'NotValidForUsage' }, article: 'certificate-hygiene', query: 'NotValidForUsage' },
  { when: { chain: 'InvalidBasicConstraints' }, article: 'certificate-hygiene', query: 'InvalidBasicConstraints' },
  {
    when: { chain: 'HasNotSupportedCriticalExtension' },
    article: 'certificate-hygiene',
    query: 'HasNotSupportedCriticalExtension',
  },
  {
    when: { chain: 'HasNotPermittedNameConstraint' },
    article: 'certificate-hygiene',
    query: 'HasNotPermittedNameConstraint',
  },
  { when: { chain: 'HasExcludedNameConstraint' }, article: 'certificate-hygiene', query: 'HasExcludedNameConstraint' },
  // The chain ends at a root this computer does not trust. A self-signed certificate is its own
  // root: that is the KB 954584 case. Otherwise the root of a private CA is missing.
  {
    when: { chain: 'UntrustedRoot', selfSigned: true },
    article: 'email-router-ssl-trust',
    query: 'RemoteCertificateChainErrors',
  },
  { when: { chain: 'UntrustedRoot' }, article: 'enterprise-root-untrusted', query: 'UntrustedRoot' },
  // After the trust statuses: a private CA whose root is untrusted often has an unreachable CRL
  // too, and trusting the root is the first fix. Alone, they are the failure.
  { when: { chain: 'RevocationStatusUnknown' }, article: 'revocation-check-failed', query: 'RevocationStatusUnknown' },
  { when: { chain: 'OfflineRevocation' }, article: 'revocation-check-failed', query: 'OfflineRevocation' },
  // A wrong name can be fixed in the router's URL alone; any chain status above would still fail
  // after that, so the name decides only when the chain is fine.
  {
    when: { policy: 'RemoteCertificateNameMismatch' },
    article: 'email-router-ssl-trust',
    query: 'RemoteCertificateNameMismatch',
  },
  {
    when: { policy: 'RemoteCertificateNotAvailable' },
    article: 'email-router-ssl-trust',
    query: 'RemoteCertificateNotAvailable',
  },
  // A chain error with no status named above (or a paste without the chain lines).
  {
    when: { policy: 'RemoteCertificateChainErrors' },
    article: 'email-router-ssl-trust',
    query: 'RemoteCertificateChainErrors',
  },
  // TLS passed and Exchange refused the account: the certificate is not the problem at all.
  {
    when: { policy: 'None', result: 'Accepted', httpStatus: 401 },
    article: 'test-access-401-unauthorized',
    query:
      'Incoming Status: Failure: The remote Microsoft Exchange e-mail server returned the error "(401) Unauthorized".',
  },
] as const satisfies readonly ReportSignal[];

/** The row that decides the report, or undefined when none does (a report of a success, say). */
export function decisiveSignal(report: DotnetReport): ReportSignal | undefined {
  return REPORT_SIGNALS.find((signal) => holds(signal.when, report));
}

function holds(when: ReportCondition, report: DotnetReport): boolean {
  if (when.chain && !report.chainStatus.has(when.chain)) return false;
  if (when.selfSigned && !isSelfSigned(report)) return false;
  if (when.policy && !policyHolds(when.policy, report.policyErrors)) return false;
  if (when.result && report.result?.status !== when.result) return false;
  if (
    when.httpStatus !== undefined &&
    (report.result?.status !== 'Accepted' || report.result.httpStatus !== when.httpStatus)
  )
    return false;
  return true;
}

function policyHolds(wanted: NonNullable<ReportCondition['policy']>, policy: DotnetReport['policyErrors']): boolean {
  if (policy === undefined) return false;
  if (wanted === 'not-reached' || policy === 'not-reached') return wanted === policy;
  return wanted === 'None' ? policy.length === 0 : policy.includes(wanted);
}

/**
 * Self-signed: the server's certificate names itself as its issuer. Without its PEM block, the
 * chain tells: Windows sets UntrustedRoot only on a chain that ends in a self-signed certificate
 * (a missing issuer gives PartialChain), so a chain of element 0 alone ends at the server's own.
 */
export function isSelfSigned(report: DotnetReport): boolean {
  if (report.serverCertificateSelfIssued !== undefined) return report.serverCertificateSelfIssued;
  return report.elements.length === 1;
}

/**
 * The text to search for instead of the paste when the paste is a .NET TLS report: the decisive
 * wording; failing that, the exception messages of a failed result; else nothing (a report of a
 * success names no failure). Null when the paste is not a report: it is searched as it is.
 */
export function reportSearchText(paste: string): string | null {
  const report = readDotnetReport(paste);
  if (!report) return null;
  const signal = decisiveSignal(report);
  if (signal) return signal.query;
  return report.result && report.result.status !== 'Accepted' ? report.result.messages.join('\n') : '';
}
