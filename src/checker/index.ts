/**
 * The certificate checker: the only public door. Plain TypeScript on WebCrypto, no DOM and
 * no Node APIs, so the same code runs in the page, in Node and in the `trustcheck` CLI. It
 * returns data (finding ids and parameters); the page and the CLI turn data into words.
 */
export { diagnose } from './diagnose.ts';
export { matchHostname, findHostnameMatch, findLegacyHostnameMatch, normalizeHost } from './hostname.ts';
export type { LegacyRule, PresentedNames, ReferenceHost } from './hostname.ts';
export { hostFromUrl } from './url.ts';
export { bytesToText } from './decode-input.ts';
export { parseDotnetReport, DOTNET_REPORT_LIMITS } from './dotnet-report.ts';
export type {
  DotnetChainElement,
  DotnetInnerException,
  DotnetReport,
  DotnetResult,
  ReportedFlag,
} from './dotnet-report.ts';
export { compareWithDotnet } from './dotnet-compare.ts';
export type {
  AspectComparison,
  CheckerSide,
  ComparisonOutcome,
  DotnetAspect,
  DotnetComparison,
  DotnetFlagName,
  OverallComparison,
} from './dotnet-compare.ts';
export { CHAIN_STATUS_FLAGS, SSL_POLICY_ERROR_NAMES, WEB_EXCEPTION_STATUSES } from './dotnet-names.ts';
export type { ChainStatusFlag, DotnetSslPolicyError, WebExceptionStatusName } from './dotnet-names.ts';
export { computeVerdict } from './verdict.ts';
export { publicRootKeyHash, publicRootKeysFrom } from './trust.ts';
export type { PublicRootKeyLoader } from './trust.ts';
export { FINDINGS, FINDING_IDS, isFindingId } from './findings.ts';
export type {
  FindingParams,
  InputPlace,
  IssuerProblem,
  MalformedReason,
  TooLargeReason,
  UnusedIssuerReason,
  UrlProblem,
} from './finding-params.ts';
export type { FindingId, Severity } from './findings.ts';
export { MAX_INPUT_BYTES, MAX_BLOCKS, EXPIRING_SOON_DAYS } from './limits.ts';
export type {
  CertificateInfo,
  CertificateSource,
  DiagnoseOptions,
  Diagnosis,
  DotnetDiagnosis,
  Finding,
  FindingOf,
  CertificateRole,
  Chain,
  ChainEnd,
  NameMatch,
  Validity,
  PublicKeyInfo,
  SslPolicyError,
  Verdict,
} from './types.ts';
