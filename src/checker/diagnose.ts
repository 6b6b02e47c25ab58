import { digestHex } from './bytes.ts';
import { parseCertificate, type ParsedCertificate } from './certificate.ts';
import { analyzeChain, type ChainAnalysis } from './chain.ts';
import {
  checkCriticalExtensions,
  checkCrypto,
  checkName,
  checkNameConstraints,
  checkPathLength,
  checkTime,
  checkUsage,
  issuerProblem,
  usageNames,
} from './checks.ts';
import { bytesToText, decodeInput, type DecodedCertificate } from './decode-input.ts';
import { compareWithDotnet } from './dotnet-compare.ts';
import { parseDotnetReport, type DotnetReport } from './dotnet-report.ts';
import { finding, sortFindings } from './finding.ts';
import { MAX_INPUT_BYTES } from './limits.ts';
import { findHostnameMatch, findLegacyHostnameMatch } from './hostname.ts';
import { isPublicRoot, publicRootKeyHash } from './trust.ts';
import { windowsDistrust } from './windows-root-policy.ts';
import type { InputPlace } from './finding-params.ts';
import type {
  CertificateInfo,
  CertificateRole,
  CertificateSource,
  Chain,
  ChainEnd,
  DiagnoseOptions,
  Diagnosis,
  Finding,
} from './types.ts';
import { validityAt } from './validity.ts';
import { hostFromUrl } from './url.ts';
import { computeVerdict } from './verdict.ts';

/**
 * Diagnoses a pasted certificate (or chain, bundle, file) against the URL the router uses,
 * the way the router's .NET Framework validation would see it. Never throws and never hangs:
 * every problem, including a bug of ours, comes back as a finding.
 */
export async function diagnose(
  input: string | Uint8Array,
  url: string,
  options: DiagnoseOptions = {},
): Promise<Diagnosis> {
  try {
    const given = asInput(input);
    const report = findDotnetReport(given);
    const typed = String(url ?? '');
    // The report names the URL .NET connected to: with none typed, that is the one to check.
    const urlFrom = typed.trim() === '' && report?.url ? 'report' : 'caller';
    const diagnosis = await diagnoseOrThrow(given, urlFrom === 'report' ? report!.url! : typed, options, report);
    return report ? withDotnet(diagnosis, report, urlFrom) : diagnosis;
  } catch (error) {
    // A last resort: the checks above are written not to throw, but a page must never break.
    const findings = [
      finding('input.malformed', { params: { reason: 'internal-error', message: String(error).slice(0, 200) } }),
    ];
    return nothingToJudge(null, findings);
  }
}

interface Unique {
  parsed: ParsedCertificate;
  source: CertificateSource;
  sha1: string;
  sha256: string;
  copies: CertificateSource[];
}

async function diagnoseOrThrow(
  input: string | Uint8Array,
  url: string,
  options: DiagnoseOptions,
  report: DotnetReport | null,
): Promise<Diagnosis> {
  const now = options.now instanceof Date && !Number.isNaN(options.now.getTime()) ? options.now : new Date();
  const { host, findings: urlFindings } = hostFromUrl(url);
  const decoded = decodeInput(input);
  const findings: Finding[] = [...decoded.findings, ...urlFindings];

  const unique = await parseUnique(decoded.certificates, findings);
  if (unique.length === 0) {
    if (report && reportExplainsNoCertificate(report)) {
      // "Paste the certificate" would be wrong advice: the report says the server sent none.
      return nothingToJudge(host, sortFindings(findings.filter((entry) => !isBareUnrecognized(entry))));
    }
    if (findings.every((entry) => !entry.id.startsWith('input.'))) findings.unshift(finding('input.unrecognized'));
    return nothingToJudge(host, sortFindings(findings));
  }

  const parsed = unique.map((entry) => entry.parsed);
  const presentsHost = (certificate: ParsedCertificate) => {
    if (host === null) return false;
    const names = { dns: certificate.dnsNames, ip: certificate.ipAddresses, cn: certificate.commonName };
    return findHostnameMatch(names, host) !== null || findLegacyHostnameMatch(names, host) !== null;
  };
  const analysis = await analyzeChain(parsed, {
    preferLeaf: presentsHost,
    timeValid: (certificate) => validityAt(certificate.notBefore, certificate.notAfter, now).state === 'valid',
    publicRootKey: options.publicRootKey,
  });
  const order = [...analysis.chain, ...notInChain(analysis)];
  const positionOf = (index: number) => order.indexOf(index);

  const leaf = parsed[analysis.chain[0]!]!;
  const name = host === null ? null : checkName(leaf, host);
  if (name) findings.push(name.finding);
  const trust = await chainEnd(parsed, analysis, positionOf);
  findings.push(...trust.findings);
  if (trust.rootKeyHash) findings.push(...distrustedByWindows(parsed, analysis, trust.rootKeyHash, positionOf));
  findings.push(...chainFindings(parsed, unique, analysis, positionOf));

  for (const [position, index] of analysis.chain.entries()) {
    const certificate = parsed[index]!;
    findings.push(...checkTime(certificate, position, now));
    findings.push(...checkUsage(certificate, position));
    findings.push(...checkCriticalExtensions(certificate, position));
    findings.push(...checkCrypto(certificate, position, isSelfSigned(analysis, index)));
  }
  findings.push(...checkPathLength(analysis.chain.map((index) => parsed[index]!)));
  findings.push(...checkNameConstraints(analysis.chain.map((index) => parsed[index]!)));

  const certificates = order.map((index, position) =>
    describe(unique[index]!, isSelfSigned(analysis, index), roleOf(analysis, index, position), now),
  );
  const chain: Chain = {
    certificates: analysis.chain.map(positionOf),
    end: trust.end,
    unrelated: notInChain(analysis).map(positionOf),
  };
  return {
    host,
    certificates,
    chain,
    nameMatch: name?.match ?? null,
    findings: sortFindings(findings),
    verdict: computeVerdict(findings, certificates.length),
  };
}

/** The .NET report in the input, if any; an input too large to check is not searched either. */
function findDotnetReport(input: string | Uint8Array): DotnetReport | null {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_INPUT_BYTES) return null;
  const text = typeof input === 'string' ? input : bytesToText(input);
  return text === null ? null : parseDotnetReport(text);
}

/** The validation never ran, or the server sent no certificate: no certificate is expected with the report. */
function reportExplainsNoCertificate(report: DotnetReport): boolean {
  const policy = report.sslPolicyErrors;
  if (policy === 'not-reached' || report.sentCount === 0) return true;
  return policy !== null && policy.some((flag) => flag.name === 'RemoteCertificateNotAvailable');
}

/** `input.unrecognized` about the whole input rather than one block of it. */
function isBareUnrecognized(entry: Finding): boolean {
  return entry.id === 'input.unrecognized' && entry.params.block === undefined;
}

/** Adds the report and its comparison with the checker's answer. */
function withDotnet(diagnosis: Diagnosis, report: DotnetReport, urlFrom: 'caller' | 'report'): Diagnosis {
  const leaf = diagnosis.chain ? diagnosis.certificates[diagnosis.chain.certificates[0]!] : undefined;
  const comparison = compareWithDotnet(report, {
    findings: diagnosis.findings,
    verdict: diagnosis.verdict,
    certificateCount: diagnosis.certificates.length,
    leafSha1: leaf?.sha1 ?? null,
    nameChecked: diagnosis.host !== null,
  });
  const reportHost = report.url === null ? null : hostFromUrl(report.url).host;
  return { ...diagnosis, dotnet: { report, urlFrom, reportHost, comparison } };
}

/** The answer when no certificate could be read: the findings say why. */
function nothingToJudge(host: string | null, findings: Finding[]): Diagnosis {
  return { host, certificates: [], chain: null, nameMatch: null, findings, verdict: computeVerdict(findings, 0) };
}

/** Parses every decoded certificate, drops exact duplicates (remembering them) and reports unparseable ones. */
async function parseUnique(decoded: readonly DecodedCertificate[], findings: Finding[]): Promise<Unique[]> {
  const unique: Unique[] = [];
  for (const { der, source } of decoded) {
    const result = parseCertificate(der);
    if (!result.ok) {
      const place = sourceParams(source);
      const { reason } = result;
      findings.push(
        reason === 'asn1-depth' || reason === 'asn1-nodes'
          ? finding('input.too-large', { params: { ...place, reason } })
          : finding('input.malformed', { params: { ...place, reason } }),
      );
      continue;
    }
    const sha256 = await digestHex('SHA-256', result.certificate.der);
    const existing = unique.find((entry) => entry.sha256 === sha256);
    if (existing) {
      existing.copies.push(source);
      continue;
    }
    const sha1 = await digestHex('SHA-1', result.certificate.der);
    unique.push({ parsed: result.certificate, source, sha1, sha256, copies: [] });
  }
  return unique;
}

/** Where the chain ends (a public root, a private root, a self-signed leaf, a missing issuer) and what that means. */
async function chainEnd(
  parsed: readonly ParsedCertificate[],
  analysis: ChainAnalysis,
  positionOf: (index: number) => number,
): Promise<{ findings: Finding[]; end: ChainEnd; rootKeyHash?: string }> {
  const topIndex = analysis.chain[analysis.chain.length - 1]!;
  const top = parsed[topIndex]!;
  const certificate = positionOf(topIndex);
  const end = analysis.end;
  if (end.kind === 'public-root') {
    // The root Windows uses is the one in its store; a pasted cross-signed copy only names it.
    const root = end.copy === null ? top.issuer : parsed[end.copy]!.subject;
    const chainEnd: ChainEnd = { kind: 'public-root', root };
    if (end.signature === 'invalid') {
      return { findings: [finding('chain.bad-signature', { certificate, params: { root } })], end: chainEnd };
    }
    if (end.signature === 'unavailable') {
      return { findings: [finding('trust.public-root-unverified', { certificate, params: { root } })], end: chainEnd };
    }
    if (end.signature === 'unsupported') {
      // Not `trust.public-root`: that one says the root's key verified the signature.
      const params = { root, algorithm: top.signatureName };
      return { findings: [finding('chain.signature-unchecked', { certificate, params })], end: chainEnd };
    }
    return {
      findings: [finding('trust.public-root', { certificate, params: { root, pasted: false } })],
      end: chainEnd,
      rootKeyHash: end.keyHash,
    };
  }
  if (end.kind === 'missing') {
    return {
      findings: [
        finding('chain.incomplete', { certificate, params: { issuer: top.issuer, caIssuers: top.caIssuers } }),
      ],
      end: { kind: 'missing-issuer', issuer: top.issuer },
    };
  }
  const pasted: ChainEnd = { kind: 'pasted-root', certificate };
  if (analysis.selfSignatures.get(topIndex) === 'invalid') {
    return {
      findings: [finding('chain.bad-signature', { certificate, params: { issuer: certificate } })],
      end: pasted,
    };
  }
  if (await isPublicRoot(top)) {
    const params = { root: top.subject, pasted: true };
    const rootKeyHash = await publicRootKeyHash(top.spkiDer);
    return { findings: [finding('trust.public-root', { certificate, params })], end: pasted, rootKeyHash };
  }
  if (analysis.chain.length === 1) return { findings: [finding('trust.self-signed', { certificate })], end: pasted };
  return { findings: [finding('trust.private-root', { certificate, params: { root: top.subject } })], end: pasted };
}

/**
 * A chain that ends at a public root (its key hash, from `chainEnd`) that Windows has stopped
 * trusting for certificates issued after a date (windows-root-policy.ts), when the server
 * certificate was issued after it.
 */
function distrustedByWindows(
  parsed: readonly ParsedCertificate[],
  analysis: ChainAnalysis,
  rootKeyHash: string,
  positionOf: (index: number) => number,
): Finding[] {
  const topIndex = analysis.chain[analysis.chain.length - 1]!;
  const leaf = parsed[analysis.chain[0]!]!;
  const policy = windowsDistrust(rootKeyHash, leaf.notBefore);
  if (!policy) return [];
  const params = { root: policy.root, notBefore: policy.notBefore, issued: leaf.notBefore.toISOString() };
  return [finding('trust.windows-distrusted', { certificate: positionOf(topIndex), params })];
}

/** Pasted certificates outside the chain: the candidate issuers left out, then the unrelated ones, in input order. */
function notInChain(analysis: ChainAnalysis): number[] {
  return [...analysis.unused.map((entry) => entry.index), ...analysis.unrelated].sort((a, b) => a - b);
}

/** Signatures and CA flags along the chain; duplicates, order and strays in the paste. */
function chainFindings(
  parsed: readonly ParsedCertificate[],
  unique: readonly Unique[],
  analysis: ChainAnalysis,
  positionOf: (index: number) => number,
): Finding[] {
  const findings: Finding[] = [];
  for (const link of analysis.links) {
    const subject = positionOf(link.subject);
    const issuer = positionOf(link.issuer);
    if (link.signature === 'invalid')
      findings.push(finding('chain.bad-signature', { certificate: subject, params: { issuer } }));
    if (link.signature === 'unsupported') {
      const algorithm = parsed[link.subject]!.signatureName;
      findings.push(finding('chain.signature-unchecked', { certificate: subject, params: { issuer, algorithm } }));
    }
    const problem = issuerProblem(parsed[link.issuer]!);
    if (problem)
      findings.push(
        finding('chain.issuer-not-ca', { certificate: issuer, params: { issued: subject, reason: problem } }),
      );
  }
  for (const [index, entry] of unique.entries()) {
    if (entry.copies.length > 0) {
      const blocks = [entry.source, ...entry.copies].map((source) => source.block);
      findings.push(
        finding('chain.duplicate', {
          certificate: positionOf(index),
          params: { copies: entry.copies.length + 1, blocks },
        }),
      );
    }
  }
  // A PKCS#7 bundle is a SET: its order means nothing, so only pasted order is judged.
  const pasted = analysis.chain.filter((index) => unique[index]!.source.format !== 'pkcs7');
  if (pasted.some((index, position) => position > 0 && index < pasted[position - 1]!)) {
    findings.push(finding('chain.order', { params: { blocks: pasted.map((index) => unique[index]!.source.block) } }));
  }
  for (const { index, reason, instead } of analysis.unused) {
    const params = instead === null ? { reason } : { reason, instead: positionOf(instead) };
    findings.push(finding('chain.unused-issuer', { certificate: positionOf(index), params }));
  }
  for (const index of analysis.unrelated) findings.push(finding('chain.unrelated', { certificate: positionOf(index) }));
  return findings;
}

/** JavaScript callers may hand over an ArrayBuffer (FileReader) or something else entirely. */
function asInput(input: unknown): string | Uint8Array {
  if (typeof input === 'string' || input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  return String(input ?? '');
}

/** The leaf comes first; a CA signed by itself at the top of a longer chain is its root. */
function roleOf(analysis: ChainAnalysis, index: number, position: number): CertificateRole {
  if (!analysis.chain.includes(index)) return 'unrelated';
  if (position === 0) return 'leaf';
  return isSelfSigned(analysis, index) ? 'root' : 'intermediate';
}

function isSelfSigned(analysis: ChainAnalysis, index: number): boolean {
  const check = analysis.selfSignatures.get(index);
  return check !== undefined && check !== 'invalid';
}

function describe(entry: Unique, selfSigned: boolean, role: CertificateRole, now: Date): CertificateInfo {
  const certificate = entry.parsed;
  return {
    subject: certificate.subject,
    issuer: certificate.issuer,
    serialNumber: certificate.serialNumber,
    notBefore: certificate.notBefore.toISOString(),
    notAfter: certificate.notAfter.toISOString(),
    dnsNames: certificate.dnsNames,
    ipAddresses: certificate.ipAddresses,
    commonName: certificate.commonName,
    publicKey: certificate.publicKey,
    signatureAlgorithm: certificate.signatureName,
    sha1: entry.sha1,
    sha256: entry.sha256,
    isCA: certificate.basicConstraints?.ca === true,
    extendedKeyUsages: certificate.extendedKeyUsages ? usageNames(certificate.extendedKeyUsages) : null,
    selfSigned,
    source: entry.source,
    role,
    validity: validityAt(certificate.notBefore, certificate.notAfter, now),
  };
}

function sourceParams(source: CertificateSource): InputPlace {
  const params: InputPlace = { block: source.block };
  if (source.line !== undefined) params.line = source.line;
  if (source.label !== undefined) params.label = source.label;
  if (source.position !== undefined) params.position = source.position;
  return params;
}
