import { decodeBase64 } from './bytes.ts';
import { classifyDer } from './der-kind.ts';
import { finding } from './finding.ts';
import { MAX_BLOCKS, MAX_CERTIFICATES, MAX_INPUT_BYTES } from './limits.ts';
import { splitPemBlocks, type PemBlock } from './pem.ts';
import { certificatesFromPkcs7 } from './pkcs7.ts';
import type { FindingParams, InputPlace } from './finding-params.ts';
import type { CertificateSource, Finding } from './types.ts';

/**
 * Turns whatever was pasted or dropped into certificate DER bytes with their origin, and
 * input findings for everything else (keys, signing requests, PFX files, garbage). Nothing
 * here parses a certificate: that is certificate.ts.
 */

/** A certificate's DER bytes and where they came from. */
export interface DecodedCertificate {
  der: Uint8Array;
  source: CertificateSource;
}

export interface DecodedInput {
  certificates: DecodedCertificate[];
  findings: Finding[];
}

const CERTIFICATE_LABELS = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);
const PKCS7_LABELS = new Set(['PKCS7', 'PKCS #7 SIGNED DATA', 'CMS', 'CERTIFICATE CHAIN']);
const CSR_LABELS = new Set(['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST']);
const PKCS12_LABELS = new Set(['PKCS12', 'PFX']);
/** Text that is nothing but Base64 (standard or URL-safe) and whitespace. */
const BARE_BASE64 = /^[A-Za-z0-9+/=_\-\s]+$/;

/** Splits the input into certificates and input findings. Never throws. */
export function decodeInput(input: string | Uint8Array): DecodedInput {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_INPUT_BYTES) return refuse({ reason: 'bytes', limit: MAX_INPUT_BYTES });
  if (typeof input !== 'string') {
    const text = bytesToText(input);
    return text === null ? decodeBinary(input) : decodeText(text);
  }
  return decodeText(input);
}

/**
 * Reads bytes as text when they are text: UTF-8, or UTF-16 with a byte-order mark (what
 * PowerShell's `>` redirection writes on Windows). Returns null for binary (DER) input.
 */
export function bytesToText(bytes: Uint8Array): string | null {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // Control characters other than tab, newline and carriage return mean binary, not text.
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? null : text;
  } catch {
    return null;
  }
}

function decodeText(text: string): DecodedInput {
  if (text.trim() === '') return { certificates: [], findings: [finding('input.empty')] };
  const { blocks, tooMany } = splitPemBlocks(text, MAX_BLOCKS);
  if (tooMany) return refuse({ reason: 'blocks', limit: MAX_BLOCKS });
  if (blocks.length > 0) {
    const result: DecodedInput = { certificates: [], findings: [] };
    blocks.forEach((block, index) => decodePemBlock(block, index + 1, result));
    return limitCertificates(result);
  }
  const trimmed = text.trim();
  if (BARE_BASE64.test(trimmed)) return decodeBareBase64(trimmed);
  return { certificates: [], findings: [finding('input.unrecognized')] };
}

function decodePemBlock(block: PemBlock, number: number, result: DecodedInput): void {
  const where: InputPlace = { block: number, line: block.line, label: block.label };
  const source: CertificateSource = { format: 'pem', block: number, line: block.line, label: block.label };
  // Keys are recognised by their label alone: their bytes are never decoded, kept or echoed.
  if (block.label.endsWith('PRIVATE KEY')) {
    result.findings.push(finding('input.private-key', { params: where }));
    return;
  }
  if (CSR_LABELS.has(block.label)) {
    result.findings.push(finding('input.csr', { params: where }));
    return;
  }
  if (PKCS12_LABELS.has(block.label)) {
    result.findings.push(finding('input.pkcs12', { params: where }));
    return;
  }
  const expectsCertificate = CERTIFICATE_LABELS.has(block.label);
  if (!expectsCertificate && !PKCS7_LABELS.has(block.label)) {
    result.findings.push(finding('input.unrecognized', { params: where }));
    return;
  }
  if (!block.complete) {
    result.findings.push(finding('input.malformed', { params: { ...where, reason: 'no-end-line' } }));
    return;
  }
  const bytes = decodeBase64(block.body);
  if (!bytes || bytes.length === 0) {
    result.findings.push(finding('input.malformed', { params: { ...where, reason: 'base64' } }));
    return;
  }
  decodeDerObject(bytes, source, where, expectsCertificate ? 'certificate' : 'pkcs7', result);
}

function decodeBinary(bytes: Uint8Array): DecodedInput {
  if (bytes.length === 0) return { certificates: [], findings: [finding('input.empty')] };
  return decodeDerSequence(bytes, 'der');
}

/** Base64 without headers: the whole text as one object, else paragraph by paragraph. */
function decodeBareBase64(text: string): DecodedInput {
  const whole = decodeBase64(text);
  if (whole && whole.length > 0 && classifyDer(whole).ok) return decodeDerSequence(whole, 'base64');
  const paragraphs = text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
  // One paragraph that is not DER is just text that happens to use Base64 letters ("hello").
  if (paragraphs.length <= 1) return { certificates: [], findings: [finding('input.unrecognized')] };
  if (paragraphs.length > MAX_BLOCKS) return refuse({ reason: 'blocks', limit: MAX_BLOCKS });
  const result: DecodedInput = { certificates: [], findings: [] };
  paragraphs.forEach((paragraph, index) => {
    const bytes = decodeBase64(paragraph);
    const where = { block: index + 1 };
    if (!bytes || bytes.length === 0) {
      result.findings.push(finding('input.malformed', { params: { ...where, reason: 'base64' } }));
      return;
    }
    decodeDerObject(bytes, { format: 'base64', block: index + 1 }, where, 'any', result);
  });
  return limitCertificates(result);
}

/** One or more DER objects written back to back (a .cer, a .p7b, concatenated DER). */
function decodeDerSequence(bytes: Uint8Array, format: 'der' | 'base64'): DecodedInput {
  const result: DecodedInput = { certificates: [], findings: [] };
  let offset = 0;
  let number = 0;
  while (offset < bytes.length) {
    number++;
    if (number > MAX_BLOCKS) return refuse({ reason: 'blocks', limit: MAX_BLOCKS });
    const rest = bytes.subarray(offset);
    const where = { block: number };
    const used = decodeDerObject(rest, { format, block: number }, where, number === 1 ? 'any' : 'trailing', result);
    if (used <= 0) break;
    offset += used;
  }
  return limitCertificates(result);
}

type Expectation = 'certificate' | 'pkcs7' | 'any' | 'trailing';

/**
 * Classifies one DER object and records a certificate or a finding. Returns the bytes it
 * used (0 when it could not tell where the object ends).
 */
function decodeDerObject(
  bytes: Uint8Array,
  source: CertificateSource,
  where: InputPlace,
  expectation: Expectation,
  result: DecodedInput,
): number {
  const classified = classifyDer(bytes);
  if (!classified.ok) {
    if (classified.reason !== 'not-der') {
      result.findings.push(finding('input.too-large', { params: { ...where, reason: classified.reason } }));
    } else {
      const params = { ...where, reason: 'not-der' } as const;
      result.findings.push(
        expectation === 'any' ? finding('input.unrecognized', { params }) : finding('input.malformed', { params }),
      );
    }
    return 0;
  }
  const object = bytes.subarray(0, classified.length);
  switch (classified.kind) {
    case 'certificate':
      result.certificates.push({ der: object, source });
      break;
    case 'pkcs7': {
      const certificates = certificatesFromPkcs7(classified.node);
      if (certificates.length === 0)
        result.findings.push(finding('input.malformed', { params: { ...where, reason: 'empty-pkcs7' } }));
      certificates.forEach((der, index) => {
        result.certificates.push({ der, source: { ...source, format: 'pkcs7', position: index + 1 } });
      });
      break;
    }
    case 'csr':
      result.findings.push(finding('input.csr', { params: where }));
      break;
    case 'private-key':
      result.findings.push(finding('input.private-key', { params: where }));
      break;
    case 'pkcs12':
      result.findings.push(finding('input.pkcs12', { params: where }));
      break;
    default: {
      const params = {
        ...where,
        reason: classified.kind === 'public-key' ? 'public-key' : 'not-a-certificate',
      } as const;
      result.findings.push(
        expectation === 'any' ? finding('input.unrecognized', { params }) : finding('input.malformed', { params }),
      );
    }
  }
  return classified.length;
}

function limitCertificates(result: DecodedInput): DecodedInput {
  if (result.certificates.length > MAX_CERTIFICATES) return refuse({ reason: 'certificates', limit: MAX_CERTIFICATES });
  return result;
}

function refuse(params: FindingParams['input.too-large']): DecodedInput {
  return { certificates: [], findings: [finding('input.too-large', { params })] };
}
