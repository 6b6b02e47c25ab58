/**
 * The .NET enum names a trustkb .NET TLS report can carry, as their `ToString()` writes them.
 * One list each, so the parser, the comparison, the words and the links all agree on them.
 */

/** `System.Security.Cryptography.X509Certificates.X509ChainStatusFlags`, without `NoError` (an empty list). */
export const CHAIN_STATUS_FLAGS = [
  'NotTimeValid',
  'NotTimeNested',
  'Revoked',
  'NotSignatureValid',
  'NotValidForUsage',
  'UntrustedRoot',
  'RevocationStatusUnknown',
  'Cyclic',
  'InvalidExtension',
  'InvalidPolicyConstraints',
  'InvalidBasicConstraints',
  'InvalidNameConstraints',
  'HasNotSupportedNameConstraint',
  'HasNotDefinedNameConstraint',
  'HasNotPermittedNameConstraint',
  'HasExcludedNameConstraint',
  'PartialChain',
  'CtlNotTimeValid',
  'CtlNotSignatureValid',
  'CtlNotValidForUsage',
  'HasWeakSignature',
  'OfflineRevocation',
  'NoIssuanceChainPolicy',
  'ExplicitDistrust',
  'HasNotSupportedCriticalExtension',
] as const;

export type ChainStatusFlag = (typeof CHAIN_STATUS_FLAGS)[number];

/** `System.Net.Security.SslPolicyErrors`, without `None` (an empty list). */
export const SSL_POLICY_ERROR_NAMES = [
  'RemoteCertificateNotAvailable',
  'RemoteCertificateNameMismatch',
  'RemoteCertificateChainErrors',
] as const;

export type DotnetSslPolicyError = (typeof SSL_POLICY_ERROR_NAMES)[number];

/** `System.Net.WebExceptionStatus`: what the report's `Result:` line names when the request failed. */
export const WEB_EXCEPTION_STATUSES = [
  'NameResolutionFailure',
  'ConnectFailure',
  'ReceiveFailure',
  'SendFailure',
  'PipelineFailure',
  'RequestCanceled',
  'ProtocolError',
  'ConnectionClosed',
  'TrustFailure',
  'SecureChannelFailure',
  'ServerProtocolViolation',
  'KeepAliveFailure',
  'Pending',
  'Timeout',
  'ProxyNameResolutionFailure',
  'UnknownError',
  'MessageLengthLimitExceeded',
  'CacheEntryNotFound',
  'RequestProhibitedByCachePolicy',
  'RequestProhibitedByProxy',
] as const;

export type WebExceptionStatusName = (typeof WEB_EXCEPTION_STATUSES)[number];

/** Finds the canonical spelling of `name` in `names`, ignoring case (a retyped report may differ in case). */
export function canonicalName<Name extends string>(names: readonly Name[], name: string): Name | null {
  const lower = name.toLowerCase();
  return names.find((candidate) => candidate.toLowerCase() === lower) ?? null;
}
