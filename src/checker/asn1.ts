import * as asn1js from 'asn1js';
import { MAX_ASN1_DEPTH, MAX_ASN1_NODES } from './limits.ts';

/**
 * A thin, bounded door to asn1js (the BER decoder under @peculiar/asn1-schema). Every DER
 * object the checker looks at goes through `readDer`, so the depth and node limits apply
 * everywhere; the helpers below only read the decoded tree.
 */

export type Asn1Node = asn1js.AsnType;

export type ReadDerResult =
  { ok: true; node: Asn1Node; length: number } | { ok: false; reason: 'asn1-depth' | 'asn1-nodes' | 'not-der' };

/** The limits handed to asn1js, also used by the schema parser. */
export const BER_OPTIONS: asn1js.FromBerOptions = {
  maxDepth: MAX_ASN1_DEPTH,
  maxNodes: MAX_ASN1_NODES,
  // Extension values are decoded one by one with their own schema; decoding every OCTET
  // STRING speculatively would only cost time and nodes.
  parseEmbedded: false,
};

/**
 * Decodes the first ASN.1 object in `bytes`. `length` is how many bytes it used, so
 * concatenated DER objects can be read one after another.
 */
export function readDer(bytes: Uint8Array): ReadDerResult {
  try {
    const { offset, result } = asn1js.fromBER(bytes, BER_OPTIONS);
    if (offset === -1 || result.error) {
      const error = String(result.error ?? '');
      if (/depth/i.test(error)) return { ok: false, reason: 'asn1-depth' };
      if (/node count/i.test(error)) return { ok: false, reason: 'asn1-nodes' };
      return { ok: false, reason: 'not-der' };
    }
    return { ok: true, node: result, length: offset };
  } catch {
    return { ok: false, reason: 'not-der' };
  }
}

/** Children of a constructed node; empty for primitives. */
export function childrenOf(node: Asn1Node | undefined): Asn1Node[] {
  if (!node || !node.idBlock.isConstructed) return [];
  const value = (node.valueBlock as { value?: unknown }).value;
  return Array.isArray(value) ? (value as Asn1Node[]) : [];
}

/** Universal tag numbers the checker looks for. */
export const TAG = { integer: 2, bitString: 3, octetString: 4, null: 5, oid: 6, sequence: 16, set: 17 } as const;

/** True when the node has this universal tag. */
export function isUniversal(node: Asn1Node | undefined, tagNumber: number): boolean {
  return !!node && node.idBlock.tagClass === 1 && node.idBlock.tagNumber === tagNumber;
}

/** True when the node has this context-specific tag (`[n]`). */
export function isContext(node: Asn1Node | undefined, tagNumber: number): boolean {
  return !!node && node.idBlock.tagClass === 3 && node.idBlock.tagNumber === tagNumber;
}

/** The dotted OID of an OBJECT IDENTIFIER node, or null. */
export function oidOf(node: Asn1Node | undefined): string | null {
  return node instanceof asn1js.ObjectIdentifier ? node.getValue() : null;
}

/** The value of a small INTEGER node, or null. */
export function smallIntegerOf(node: Asn1Node | undefined): number | null {
  if (!(node instanceof asn1js.Integer)) return null;
  const hex = node.valueBlock.valueHexView;
  return hex.length <= 4 ? node.valueBlock.valueDec : null;
}

/** The content bytes of an INTEGER node (big-endian, possibly with a sign byte), or null. */
export function integerBytes(node: Asn1Node | undefined): Uint8Array | null {
  return node instanceof asn1js.Integer ? node.valueBlock.valueHexView : null;
}

/** The exact encoded bytes of a node, tag and length included. */
export function encodedBytes(node: Asn1Node): Uint8Array {
  return node.valueBeforeDecodeView;
}
