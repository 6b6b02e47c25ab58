import type { Name } from '@peculiar/asn1-x509';
import { NAME_ATTRIBUTES, OID } from './oids.ts';

/**
 * Distinguished names as text. The checker shows them the way Windows does (most specific
 * first, `, ` between parts, quotes around values with separators) because that is what the
 * admin compares them with. The strings are data: whoever renders them must escape them.
 */
export function formatName(name: Name): string {
  const parts: string[] = [];
  for (let index = name.length - 1; index >= 0; index--) {
    const rdn = name[index];
    if (!rdn) continue;
    parts.push(
      rdn
        .map(
          (attribute) =>
            `${NAME_ATTRIBUTES[attribute.type] ?? `OID.${attribute.type}`}=${quoteValue(attribute.value.toString())}`,
        )
        .join(' + '),
    );
  }
  return parts.join(', ');
}

/** The most specific common name, which is what Windows and OpenSSL fall back to. */
export function commonNameOf(name: Name): string | null {
  for (let index = name.length - 1; index >= 0; index--) {
    const attribute = name[index]?.find((candidate) => candidate.type === OID.commonName);
    if (attribute) return attribute.value.toString();
  }
  return null;
}

function quoteValue(value: string): string {
  return /[,+="\\<>#;\n\r]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
