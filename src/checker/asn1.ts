import * as asn1js from 'asn1js';
import { MAX_ASN1_DEPTH, MAX_ASN1_NODES } from './limits.ts';

/**
 * The one door to ASN.1. Every DER object the checker looks at goes through `readDer`, so
 * the depth and node limits apply everywhere; the helpers below only read the tree it returns.
 *
 * `readDer` walks the tag-length-value structure itself and decodes no value until a helper
 * asks for one. Building asn1js's object tree instead costs a couple of microseconds per node:
 * tens of milliseconds for a certificate with thousands of names, and as much again when the
 * schema parser reads that tree. The walk refuses what asn1js refuses (malformed lengths and
 * tags, reserved tags, bad OID, BIT STRING, BMPString, UniversalString and GeneralizedTime
 * contents, constructed strings made of other types) and, stricter than asn1js, a child that
 * runs past its parent's end or an end-of-contents marker with contents: DER never has either.
 * asn1js (under @peculiar/asn1-schema) still decodes the small pieces certificate.ts hands to
 * the schema parser, with the same limits (`BER_OPTIONS`).
 */

/**
 * One tag-length-value triple: offsets into the input, which is never copied. `encoded` and
 * `content` make their views only when asked, since most nodes of a walk are never looked at.
 */
export class Asn1Node {
  readonly bytes: Uint8Array;
  /** Where the identifier starts, the contents start and end, and the node ends (after end-of-contents). */
  readonly start: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly end: number;
  /** 1 universal, 2 application, 3 context-specific, 4 private (as asn1js numbers them). */
  readonly tagClass: number;
  /** -1 when the tag number takes more than 8 bytes (asn1js's "hex only" tags). */
  readonly tagNumber: number;
  readonly constructed: boolean;
  /** Children of a constructed node, without end-of-contents markers; empty for primitives. */
  readonly children: readonly Asn1Node[];

  // Positional, so a walk of thousands of nodes allocates nothing else per node.
  constructor(
    bytes: Uint8Array,
    start: number,
    contentStart: number,
    contentEnd: number,
    end: number,
    tagClass: number,
    tagNumber: number,
    constructed: boolean,
    children: readonly Asn1Node[],
  ) {
    this.bytes = bytes;
    this.start = start;
    this.contentStart = contentStart;
    this.contentEnd = contentEnd;
    this.end = end;
    this.tagClass = tagClass;
    this.tagNumber = tagNumber;
    this.constructed = constructed;
    this.children = children;
  }

  /** The exact encoding: identifier, length, contents and, for the indefinite form, end-of-contents. */
  get encoded(): Uint8Array {
    return this.bytes.subarray(this.start, this.end);
  }

  /** The contents octets alone. */
  get content(): Uint8Array {
    return this.bytes.subarray(this.contentStart, this.contentEnd);
  }
}

const NO_CHILDREN: readonly Asn1Node[] = Object.freeze([]);

type Asn1Failure = 'asn1-depth' | 'asn1-nodes' | 'not-der';

export type ReadDerResult = { ok: true; node: Asn1Node; length: number } | { ok: false; reason: Asn1Failure };

/** The limits handed to asn1js by the schema parser. */
export const BER_OPTIONS: asn1js.FromBerOptions = {
  maxDepth: MAX_ASN1_DEPTH,
  maxNodes: MAX_ASN1_NODES,
  // Extension values are decoded one by one with their own schema; decoding every OCTET
  // STRING speculatively would only cost time and nodes.
  parseEmbedded: false,
};

/**
 * Decodes the first ASN.1 object in `bytes`. `length` is how many bytes it used, so
 * concatenated DER objects can be read one after another. The object (depth 0) may nest
 * MAX_ASN1_DEPTH levels below it and hold MAX_ASN1_NODES nodes in all, end-of-contents
 * markers included, as asn1js counts them.
 */
export function readDer(bytes: Uint8Array): ReadDerResult {
  const walk: Walk = { bytes, nodes: 0 };
  try {
    const node = readNode(walk, 0, bytes.length, 0);
    return { ok: true, node, length: node.end };
  } catch (error) {
    return { ok: false, reason: error instanceof Asn1Error ? error.reason : 'not-der' };
  }
}

interface Walk {
  bytes: Uint8Array;
  nodes: number;
}

class Asn1Error extends Error {
  readonly reason: Asn1Failure;
  constructor(reason: Asn1Failure) {
    super(reason);
    this.reason = reason;
  }
}

const fail = (reason: Asn1Failure = 'not-der'): never => {
  throw new Asn1Error(reason);
};

/** Universal types that asn1js refuses in constructed form. */
const PRIMITIVE_ONLY = new Set([1, 2, 5, 6, 9, 13, 14, 23, 24, 31, 32, 33, 34]);

/** Reads one node that starts at `start` and must end by `end`. */
function readNode(walk: Walk, start: number, end: number, depth: number): Asn1Node {
  const { bytes } = walk;
  if (start >= end) fail();
  if (++walk.nodes > MAX_ASN1_NODES) fail('asn1-nodes');

  const first = bytes[start]!;
  const tagClass = (first >> 6) + 1;
  const constructed = (first & 0x20) !== 0;
  let tagNumber = first & 0x1f;
  let position = start + 1;
  if (tagNumber === 0x1f) {
    const tagStart = position;
    do {
      if (position >= end) fail();
    } while (bytes[position++]! & 0x80);
    tagNumber = position - tagStart <= 8 ? fromBase(bytes, tagStart, position, 7) : -1;
  }
  const universal = tagClass === 1;
  if (universal && constructed && PRIMITIVE_ONLY.has(tagNumber)) fail();

  if (position >= end) fail();
  const lengthByte = bytes[position++]!;
  const indefinite = lengthByte === 0x80;
  let length = 0;
  if (lengthByte === 0xff) fail();
  if (lengthByte < 0x80) {
    length = lengthByte;
  } else if (!indefinite) {
    const count = lengthByte & 0x7f;
    if (count > 8 || position + count > end) fail();
    length = fromBase(bytes, position, position + count, 8);
    position += count;
  }
  if (indefinite && !constructed) fail();
  // Tags asn1js reserves; end-of-contents (universal 0) only as the empty primitive marker.
  if (universal && (tagNumber >= 37 || tagNumber === 15 || (tagNumber === 0 && (constructed || length > 0)))) fail();
  if (!indefinite && length > end - position) fail();

  const contentStart = position;
  if (!constructed) {
    const contentEnd = contentStart + length;
    if (universal)
      checkPrimitive(tagNumber, bytes.subarray(contentStart, contentEnd), bytes.subarray(start, contentEnd));
    // asn1js reads the contents of a SEQUENCE or SET as children even when the tag says
    // primitive; it only hides them. Walk them too, so the same inputs are refused.
    if (universal && (tagNumber === TAG.sequence || tagNumber === TAG.set)) {
      for (let offset = contentStart; offset < contentEnd;) {
        if (depth + 1 > MAX_ASN1_DEPTH) fail('asn1-depth');
        offset = readNode(walk, offset, contentEnd, depth + 1).end;
      }
    }
    return new Asn1Node(bytes, start, contentStart, contentEnd, contentEnd, tagClass, tagNumber, false, NO_CHILDREN);
  }
  const children: Asn1Node[] = [];
  let contentEnd: number;
  if (indefinite) {
    for (;;) {
      if (depth + 1 > MAX_ASN1_DEPTH) fail('asn1-depth');
      const child = readNode(walk, position, end, depth + 1);
      position = child.end;
      if (child.tagClass === 1 && child.tagNumber === 0) {
        contentEnd = child.start;
        break;
      }
      children.push(child);
    }
  } else {
    contentEnd = contentStart + length;
    while (position < contentEnd) {
      if (depth + 1 > MAX_ASN1_DEPTH) fail('asn1-depth');
      const child = readNode(walk, position, contentEnd, depth + 1);
      position = child.end;
      children.push(child);
    }
  }
  if (universal && (tagNumber === TAG.bitString || tagNumber === TAG.octetString))
    checkStringParts(tagNumber, children);
  return new Asn1Node(bytes, start, contentStart, contentEnd, position, tagClass, tagNumber, true, children);
}

/** Big-endian digits of `bits` bits each, as asn1js adds them up (exact up to 2^53). */
function fromBase(bytes: Uint8Array, from: number, to: number, bits: number): number {
  const mask = bits === 7 ? 0x7f : 0xff;
  let value = 0;
  for (let index = from; index < to; index++) value += (bytes[index]! & mask) * 2 ** (bits * (to - 1 - index));
  return value;
}

/** The contents asn1js cannot decode make the whole object unreadable, as they did with asn1js. */
function checkPrimitive(tagNumber: number, content: Uint8Array, encoded: Uint8Array): void {
  switch (tagNumber) {
    case TAG.bitString:
      if (content.length > 0 && content[0]! > 7) fail();
      break;
    case TAG.oid:
    case 13: // RELATIVE-OID
      if (content.length > 0 && content[content.length - 1]! & 0x80) fail();
      break;
    case 24: // GeneralizedTime: asn1js throws on text it cannot read as a date
      try {
        if (asn1js.fromBER(encoded).offset === -1) fail();
      } catch {
        fail();
      }
      break;
    case 28: // UniversalString: UTF-32
      if (content.length % 4 !== 0) fail();
      break;
    case 30: // BMPString: UTF-16
      if (content.length % 2 !== 0) fail();
      break;
  }
}

/** A constructed BIT STRING or OCTET STRING is made of parts of its own type (BER). */
function checkStringParts(tagNumber: number, parts: readonly Asn1Node[]): void {
  let unusedBits = 0;
  for (const part of parts) {
    if (part.tagClass !== 1 || part.tagNumber !== tagNumber) fail();
    if (tagNumber !== TAG.bitString) continue;
    const partUnusedBits = part.constructed ? 0 : (part.content[0] ?? 0);
    // Only the last part may leave bits unused.
    if (unusedBits > 0 && partUnusedBits > 0) fail();
    unusedBits = partUnusedBits;
  }
}

/** Children of a constructed node; empty for primitives. */
export function childrenOf(node: Asn1Node | undefined): readonly Asn1Node[] {
  return node ? node.children : NO_CHILDREN;
}

/** Universal tag numbers the checker looks for. */
export const TAG = {
  boolean: 1,
  integer: 2,
  bitString: 3,
  octetString: 4,
  null: 5,
  oid: 6,
  sequence: 16,
  set: 17,
} as const;

/** True when the node has this universal tag. */
export function isUniversal(node: Asn1Node | undefined, tagNumber: number): boolean {
  return !!node && node.tagClass === 1 && node.tagNumber === tagNumber;
}

/** True when the node has this context-specific tag (`[n]`). */
export function isContext(node: Asn1Node | undefined, tagNumber: number): boolean {
  return !!node && node.tagClass === 3 && node.tagNumber === tagNumber;
}

/**
 * The dotted OID of an OBJECT IDENTIFIER node, or null. Written as asn1js writes it, down to
 * its `{hex}` form for a sub-identifier longer than 8 bytes.
 */
export function oidOf(node: Asn1Node | undefined): string | null {
  if (!isUniversal(node, TAG.oid) || node!.constructed) return null;
  const content = node!.content;
  let text = '';
  let start = 0;
  for (let index = 0; index < content.length; index++) {
    if (content[index]! & 0x80) continue;
    const end = index + 1;
    const first = start === 0;
    if (!first) text += '.';
    if (end - start > 8) {
      const hex = `{${Array.from(content.subarray(start, end), (byte) => (byte & 0x7f).toString(16).padStart(2, '0')).join('')}}`;
      text = first ? `2.{${hex} - 80}` : text + hex;
    } else {
      const value = fromBase(content, start, end, 7);
      if (!first) text += String(value);
      else if (value <= 39) text += `0.${value}`;
      else if (value <= 79) text += `1.${value - 40}`;
      else text += `2.${value - 80}`;
    }
    start = end;
  }
  return text;
}

/** The value of a small INTEGER node (at most 4 content bytes, two's complement), or null. */
export function smallIntegerOf(node: Asn1Node | undefined): number | null {
  const bytes = integerBytes(node);
  if (!bytes || bytes.length > 4) return null;
  let value = bytes.length > 0 && bytes[0]! & 0x80 ? -1 : 0;
  for (const byte of bytes) value = value * 256 + byte;
  return value;
}

/** The content bytes of an INTEGER node (big-endian, possibly with a sign byte), or null. */
export function integerBytes(node: Asn1Node | undefined): Uint8Array | null {
  return isUniversal(node, TAG.integer) && !node!.constructed ? node!.content : null;
}

/** The exact encoded bytes of a node, tag and length included. */
export function encodedBytes(node: Asn1Node): Uint8Array {
  return node.encoded;
}
