/**
 * IP address text ⇄ bytes. Strict on purpose: only dotted-quad IPv4 and RFC 4291 IPv6 text
 * count as addresses. The odd forms some parsers accept (`010.1.1.1`, `0x7f.1`, `127.1`)
 * mean different things to different clients, so a host written that way matches nothing.
 */

/** Parses `192.0.2.1`: four decimal parts 0–255, no leading zeros. */
export function parseIPv4(text: string): Uint8Array | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes = new Uint8Array(4);
  for (let index = 0; index < 4; index++) {
    const part = parts[index] ?? '';
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    bytes[index] = value;
  }
  return bytes;
}

/** Parses IPv6 text (`2001:db8::1`, `::ffff:192.0.2.1`), without brackets or zone id. */
export function parseIPv6(text: string): Uint8Array | null {
  if (text.length > 45 || !/^[0-9a-fA-F:.]+$/.test(text)) return null;
  const doubleColon = text.indexOf('::');
  if (doubleColon >= 0 && text.indexOf('::', doubleColon + 1) >= 0) return null;
  const [headText, tailText] =
    doubleColon >= 0 ? [text.slice(0, doubleColon), text.slice(doubleColon + 2)] : [text, ''];
  const head = headText === '' ? [] : headText.split(':');
  const tail = tailText === '' ? [] : tailText.split(':');

  const groups: number[] = [];
  // An embedded IPv4 address may only be the last textual part (`::ffff:192.0.2.1`).
  const lastList = doubleColon >= 0 ? tail : head;
  const last = lastList[lastList.length - 1];
  let embeddedIPv4: Uint8Array | null = null;
  if (last !== undefined && last.includes('.')) {
    embeddedIPv4 = parseIPv4(last);
    if (!embeddedIPv4) return null;
    lastList.pop();
  }
  for (const group of [...head, ...tail]) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return null;
  }
  const explicitGroups = head.length + tail.length + (embeddedIPv4 ? 2 : 0);
  if (doubleColon >= 0 ? explicitGroups > 7 : explicitGroups !== 8) return null;

  for (const group of head) groups.push(parseInt(group, 16));
  if (doubleColon >= 0) for (let fill = explicitGroups; fill < 8; fill++) groups.push(0);
  for (const group of tail) groups.push(parseInt(group, 16));
  const bytes = new Uint8Array(16);
  groups.forEach((group, index) => {
    bytes[index * 2] = group >> 8;
    bytes[index * 2 + 1] = group & 0xff;
  });
  if (embeddedIPv4) bytes.set(embeddedIPv4, 12);
  return bytes;
}

/** Parses either family; IPv6 may be written in brackets. */
export function parseIp(text: string): Uint8Array | null {
  if (text.startsWith('[') && text.endsWith(']')) return parseIPv6(text.slice(1, -1));
  return text.includes(':') ? parseIPv6(text) : parseIPv4(text);
}

/** Canonical text: dotted quad, or RFC 5952 IPv6 (lower case, longest zero run as `::`). */
export function formatIp(bytes: Uint8Array): string {
  if (bytes.length === 4) return Array.from(bytes).join('.');
  if (bytes.length !== 16) return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  const groups: number[] = [];
  for (let index = 0; index < 16; index += 2) groups.push(((bytes[index] ?? 0) << 8) | (bytes[index + 1] ?? 0));
  let bestStart = -1;
  let bestLength = 0;
  for (let start = 0; start < 8;) {
    if (groups[start] !== 0) {
      start++;
      continue;
    }
    let end = start;
    while (end < 8 && groups[end] === 0) end++;
    if (end - start > bestLength) {
      bestStart = start;
      bestLength = end - start;
    }
    start = end;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestLength < 2) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}
