/**
 * Finds PEM blocks in pasted text. Written as a plain scanner rather than one big regular
 * expression: a lazy `BEGIN…END` pattern goes quadratic on a megabyte of unterminated
 * `-----BEGIN` lines, and the checker must never hang on what it is given.
 */

/** One `-----BEGIN label-----` … `-----END label-----` block. */
export interface PemBlock {
  /** Upper-case label, e.g. `CERTIFICATE`, `PKCS7`, `PRIVATE KEY`. */
  label: string;
  /** The Base64 body with whitespace, e-mail quote marks and RFC 1421 headers removed. */
  body: string;
  /** 1-based line of the BEGIN marker. */
  line: number;
  /** False when the END marker is missing (or belongs to a different label). */
  complete: boolean;
  /** The block had `Proc-Type: 4,ENCRYPTED` style headers (legacy encrypted private keys). */
  hasHeaders: boolean;
}

export interface SplitPemResult {
  blocks: PemBlock[];
  /** More than `maxBlocks` BEGIN markers were found; scanning stopped there. */
  tooMany: boolean;
}

const BEGIN = '-----BEGIN ';
const END = '-----END ';
const DASHES = '-----';
/** Labels are short (`ENCRYPTED PRIVATE KEY` is the longest common one). */
const MAX_LABEL_LENGTH = 64;

/**
 * Splits text into PEM blocks, in input order. Tolerates CRLF, indented lines (pasted from
 * e-mail), `>` quote marks, text around the blocks (`Bag Attributes`, `subject=` lines from
 * openssl) and a whole block on one line.
 */
export function splitPemBlocks(text: string, maxBlocks: number): SplitPemResult {
  const blocks: PemBlock[] = [];
  let position = 0;
  let line = 1;
  let lineCountedUpTo = 0;

  while (position < text.length) {
    const begin = text.indexOf(BEGIN, position);
    if (begin < 0) break;
    if (blocks.length >= maxBlocks) return { blocks, tooMany: true };

    line += countNewlines(text, lineCountedUpTo, begin);
    lineCountedUpTo = begin;

    const labelStart = begin + BEGIN.length;
    const labelEnd = text.indexOf(DASHES, labelStart);
    if (labelEnd < 0 || labelEnd - labelStart > MAX_LABEL_LENGTH) {
      position = labelStart;
      continue;
    }
    const label = normalizeLabel(text.slice(labelStart, labelEnd));
    const bodyStart = labelEnd + DASHES.length;

    const end = text.indexOf(END, bodyStart);
    const nextBegin = text.indexOf(BEGIN, bodyStart);
    if (end < 0 || (nextBegin >= 0 && nextBegin < end)) {
      const bodyEnd = nextBegin >= 0 ? nextBegin : text.length;
      blocks.push({ label, ...cleanBody(text.slice(bodyStart, bodyEnd)), line, complete: false });
      position = bodyEnd;
      continue;
    }

    const endLabelStart = end + END.length;
    const endLabelEnd = text.indexOf(DASHES, endLabelStart);
    const endLabel =
      endLabelEnd >= 0 && endLabelEnd - endLabelStart <= MAX_LABEL_LENGTH
        ? normalizeLabel(text.slice(endLabelStart, endLabelEnd))
        : null;
    blocks.push({ label, ...cleanBody(text.slice(bodyStart, end)), line, complete: endLabel === label });
    position = endLabelEnd >= 0 ? endLabelEnd + DASHES.length : endLabelStart;
  }
  return { blocks, tooMany: false };
}

function normalizeLabel(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ').toUpperCase();
}

/**
 * Drops RFC 1421 header lines (`Proc-Type:`, `DEK-Info:`), e-mail quote marks and all
 * whitespace, keeping only what should be Base64.
 */
function cleanBody(raw: string): { body: string; hasHeaders: boolean } {
  let body = '';
  let hasHeaders = false;
  for (const rawLine of raw.split(/\r\n|\r|\n/)) {
    const content = rawLine.replace(/^[\s>]+/, '').trim();
    if (content.includes(':')) {
      hasHeaders = true;
      continue;
    }
    body += content.replace(/\s+/g, '');
  }
  return { body, hasHeaders };
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    // CR counts only when not followed by LF, so CRLF counts once.
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) count++;
  }
  return count;
}
