import { childrenOf, isUniversal, oidOf, TAG, type Asn1Node } from './asn1.ts';
import { latin1Text, toHex } from './bytes.ts';
import { NAME_ATTRIBUTES, OID } from './oids.ts';

/**
 * Distinguished names as text. The checker shows them the way Windows does (most specific
 * first, `, ` between parts, quotes around values with separators) because that is what the
 * admin compares them with. The strings are data: whoever renders them must escape them.
 */

/** One attribute of a name: its type OID and its value as text. */
export interface NameAttribute {
  type: string;
  value: string;
}

/** A distinguished name: its RDNs in encoded order (least specific first), each a set of attributes. */
export type DistinguishedName = NameAttribute[][];

/**
 * Reads a Name (SEQUENCE OF SET OF SEQUENCE { type, value }) straight from the DER walk, or
 * returns null when the node is not one. Values read as @peculiar/asn1-x509's AttributeValue
 * reads them, so subjects look as they always did: the string types as text (UTF8String,
 * BMPString and UniversalString decoded, the others byte by byte), NULL as nothing, anything
 * else as the hex of its encoding. A certificate can carry thousands of attributes: this costs
 * well under a microsecond each, where the schema parser spent several.
 */
export function readName(node: Asn1Node): DistinguishedName | null {
  if (!isUniversal(node, TAG.sequence) || !node.constructed) return null;
  const name: DistinguishedName = [];
  for (const rdnNode of childrenOf(node)) {
    if (!isUniversal(rdnNode, TAG.set) || !rdnNode.constructed) return null;
    const rdn: NameAttribute[] = [];
    for (const attributeNode of childrenOf(rdnNode)) {
      const [typeNode, valueNode, extra] = childrenOf(attributeNode);
      const type = oidOf(typeNode);
      if (!isUniversal(attributeNode, TAG.sequence) || type === null || !valueNode || extra) return null;
      rdn.push({ type, value: attributeValue(valueNode) });
    }
    name.push(rdn);
  }
  return name;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** AttributeValue.toString() of @peculiar/asn1-x509, on the node asn1js would have decoded. */
function attributeValue(node: Asn1Node): string {
  const content = node.content;
  if (node.tagClass === 1 && !node.constructed) {
    switch (node.tagNumber) {
      case 19: // PrintableString
      case 20: // TeletexString
      case 22: // IA5String
        return latin1Text(content);
      case 12: // UTF8String; asn1js keeps the bytes as Latin-1 when they are not UTF-8
        try {
          return UTF8.decode(content);
        } catch {
          return latin1Text(content);
        }
      case 30: // BMPString: UTF-16 big-endian
        return codeUnits(content, 2);
      case 28: // UniversalString: UTF-32 big-endian, each code point cut to 16 bits as asn1js does
        return codeUnits(content, 4);
      case TAG.null:
        return '';
    }
  }
  return toHex(node.encoded).toLowerCase();
}

function codeUnits(bytes: Uint8Array, size: 2 | 4): string {
  let text = '';
  for (let index = 0; index + size <= bytes.length; index += size) {
    text += String.fromCharCode((bytes[index + size - 2]! << 8) | bytes[index + size - 1]!);
  }
  return text;
}

/** The name as Windows shows it: most specific RDN first, `, ` between RDNs, ` + ` inside one. */
export function formatName(name: DistinguishedName): string {
  const parts: string[] = [];
  for (let index = name.length - 1; index >= 0; index--) {
    const rdn = name[index];
    if (!rdn) continue;
    parts.push(
      rdn
        .map(
          (attribute) => `${NAME_ATTRIBUTES[attribute.type] ?? `OID.${attribute.type}`}=${quoteValue(attribute.value)}`,
        )
        .join(' + '),
    );
  }
  return parts.join(', ');
}

/**
 * The name's RDNs as name constraints compare them, least specific first: each attribute as
 * `type=value`, the value trimmed, lower-cased and with inner spaces folded (RFC 5280 7.1's
 * matching rules, simplified), the attributes of one RDN sorted.
 */
export function comparableRdns(name: DistinguishedName): string[] {
  return name.map((rdn) =>
    rdn
      .map((attribute) => `${attribute.type}=${attribute.value.trim().toLowerCase().replace(/\s+/g, ' ')}`)
      .sort()
      .join('+'),
  );
}

/** The most specific common name, which is what Windows and OpenSSL fall back to. */
export function commonNameOf(name: DistinguishedName): string | null {
  for (let index = name.length - 1; index >= 0; index--) {
    const attribute = name[index]?.find((candidate) => candidate.type === OID.commonName);
    if (attribute) return attribute.value;
  }
  return null;
}

function quoteValue(value: string): string {
  return /[,+="\\<>#;\n\r]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
