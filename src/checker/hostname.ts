import { parseIPv4, parseIPv6, parseIp } from './ip.ts';
import { equalBytes } from './bytes.ts';

/**
 * Host-name matching, twice: the RFC 9525 answer (what browsers and modern clients do), and
 * separately the extra matches Windows still grants (what the .NET Framework router does).
 * See README.md in this folder for where the two, OpenSSL and Node differ.
 */

/**
 * The names a certificate presents: SAN dNSName and iPAddress entries, and the subject CN.
 * The matchers also take what a JavaScript caller may hand them instead: a missing object, a
 * list that is not an array (read as empty), entries that are not strings (they match nothing).
 */
export interface PresentedNames {
  dns: readonly string[];
  ip: readonly string[];
  cn?: string | null;
}

/** A host reduced to what is compared: an A-label DNS name or the bytes of an IP address. */
export type ReferenceHost = { kind: 'dns'; name: string } | { kind: 'ip'; bytes: Uint8Array; name: string };

/** Why Windows accepts a name that RFC 9525 refuses. */
export type LegacyRule = 'cn-without-san' | 'partial-wildcard';

const MAX_HOST_LENGTH = 253;
const LABEL = /^[a-z0-9_-]{1,63}$/;
/** What may stand before the star of a partial wildcard: part of a label, never of an A-label. */
const PARTIAL_PREFIX = /^(?!xn--)[a-z0-9_-]{1,62}$/;
/** Any character beyond ASCII: never right in a presented DNS name. */
const NON_ASCII = /[\u0080-\uffff]/;
/** Characters a host may contain besides non-ASCII letters (which become A-labels). */
const HOST_CHARACTERS = /^[A-Za-z0-9._\-\u00a0-\uffff]+$/;
/** A last label that WHATWG URL parsers would read as a number, making the host an odd IPv4 form. */
const NUMERIC_LAST_LABEL = /(^|\.)(0x[0-9a-f]*|[0-9]+)$/i;
/** ASCII that the URL parser only lower-cases, unless it holds an A-label (checked, so left to the parser). */
const PLAIN_ASCII = /^[a-z0-9._-]+$/i;
const A_LABEL = /(^|\.)xn--/i;
const isPlainAscii = (name: string) => PLAIN_ASCII.test(name) && !A_LABEL.test(name);

/**
 * Normalizes a bare host for comparison: IPv4, IPv6 (with or without brackets), or a DNS
 * name, lower-cased, converted to A-labels, without its trailing dot. Returns null for
 * anything that is not a valid host: spaces, a port, a path, a scheme, `*`, empty labels,
 * ambiguous numeric forms, and anything that is not a string. It does not trim: `diagnose`
 * trims the URL before calling it.
 */
export function normalizeHost(host: string): ReferenceHost | null {
  if (typeof host !== 'string' || host.length === 0 || host.length > MAX_HOST_LENGTH + 2) return null;
  if (host.startsWith('[')) {
    const bytes = host.endsWith(']') ? parseIPv6(host.slice(1, -1)) : null;
    return bytes ? { kind: 'ip', bytes, name: host.slice(1, -1).toLowerCase() } : null;
  }
  if (host.includes(':')) {
    const bytes = parseIPv6(host);
    return bytes ? { kind: 'ip', bytes, name: host.toLowerCase() } : null;
  }
  const ipv4 = parseIPv4(host);
  if (ipv4) return { kind: 'ip', bytes: ipv4, name: host };
  const name = normalizeDnsName(host);
  return name ? { kind: 'dns', name } : null;
}

/**
 * RFC 9525: does the certificate present this host? DNS hosts match SAN dNSName entries
 * (exactly, or through a wildcard that is the whole left-most label and stands for exactly
 * one label); IP hosts match SAN iPAddress entries, compared as bytes. The subject CN is never
 * used (RFC 9525 dropped CN-IDs); it is accepted here so the same object can be passed to
 * `findLegacyHostnameMatch`. Like the other matchers here it never throws: a host that is not
 * a string, or no names object, matches nothing.
 */
export function matchHostname(names: PresentedNames, host: string): boolean {
  return findHostnameMatch(names, host) !== null;
}

/** Like `matchHostname`, but returns the presented name that matched (for messages), or null. */
export function findHostnameMatch(names: PresentedNames, host: string): string | null {
  const reference = normalizeHost(host);
  const presented = readNames(names);
  return reference && presented ? findRfcMatch(presented, reference) : null;
}

/** The presented names as plain lists; null when there is no names object at all. */
interface NameLists {
  dns: readonly unknown[];
  ip: readonly unknown[];
  cn: unknown;
}

function readNames(names: unknown): NameLists | null {
  if (typeof names !== 'object' || names === null) return null;
  const { dns, ip, cn } = names as Record<string, unknown>;
  return { dns: Array.isArray(dns) ? dns : [], ip: Array.isArray(ip) ? ip : [], cn };
}

function findRfcMatch(names: NameLists, reference: ReferenceHost): string | null {
  for (const presented of reference.kind === 'ip' ? names.ip : names.dns) {
    if (typeof presented !== 'string') continue;
    const matches =
      reference.kind === 'ip'
        ? sameIp(presented, reference.bytes)
        : isRfcMatch(matchDnsName(presented, reference.name));
    if (matches) return presented;
  }
  return null;
}

/**
 * What Windows (CryptoAPI, and so .NET Framework) accepts beyond RFC 9525: the subject CN
 * when the certificate has no SAN names at all, and a partial wildcard with the star at the
 * end of the left-most label, such as `mail*.contoso.com`. Returns the rule and the presented
 * name, or null. A host RFC 9525 accepts is never a legacy match, even when another SAN is a
 * partial wildcard that fits it: the answer means "Windows accepts this host only because of
 * an extra rule".
 */
export function findLegacyHostnameMatch(
  names: PresentedNames,
  host: string,
): { rule: LegacyRule; name: string } | null {
  const reference = normalizeHost(host);
  const presented = readNames(names);
  if (!reference || !presented || findRfcMatch(presented, reference) !== null) return null;
  if (reference.kind === 'dns') {
    for (const name of presented.dns) {
      if (typeof name === 'string' && matchDnsName(name, reference.name) === 'partial-wildcard') {
        return { rule: 'partial-wildcard', name };
      }
    }
  }
  // Any SAN entry, even one that is not a string, means the certificate has SAN names.
  const cn = presented.cn;
  if (typeof cn === 'string' && cn !== '' && presented.dns.length === 0 && presented.ip.length === 0) {
    const matches = reference.kind === 'ip' ? sameIp(cn, reference.bytes) : matchDnsName(cn, reference.name) !== null;
    if (matches) return { rule: 'cn-without-san', name: cn };
  }
  return null;
}

/** The host side: lower case, A-labels, no trailing dot; null when not a valid DNS name. */
function normalizeDnsName(raw: string): string | null {
  if (!HOST_CHARACTERS.test(raw)) return null;
  // The platform's URL parser does IDNA (UTS #46) the same way in Node and in browsers; it
  // also maps full-width letters and ideographic full stops, so the trailing dot is dropped after it.
  // Plain ASCII skips it: a certificate may present thousands of names, each compared more than once.
  let name: string;
  try {
    name = isPlainAscii(raw) ? raw.toLowerCase() : new URL(`https://${raw}/`).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (name.endsWith('.')) name = name.slice(0, -1);
  if (name.length === 0 || name.length > MAX_HOST_LENGTH || NUMERIC_LAST_LABEL.test(name)) return null;
  return name.split('.').every((label) => LABEL.test(label)) ? name : null;
}

type DnsMatch = 'exact' | 'wildcard' | 'partial-wildcard' | null;

function isRfcMatch(match: DnsMatch): boolean {
  return match === 'exact' || match === 'wildcard';
}

/**
 * A presented DNS name as it is compared: lower case, nothing else changed. Null when it can
 * match nothing. A dNSName is IA5String, so any character beyond ASCII means the certificate
 * holds raw bytes (UTF-8 or Latin-1) where an A-label belongs; the parser reads such bytes
 * one to one (UTF-8 `ü` arrives as `Ã¼`), and a name holding them matches no host, not even
 * the same U-label typed by the user. A trailing dot is not part of a presented name either
 * (RFC 5280, 4.2.1.6: a dNSName is in the preferred name syntax, without the root label).
 */
function presentedDnsName(raw: string): string | null {
  if (raw.length === 0 || raw.length > MAX_HOST_LENGTH || raw.endsWith('.') || NON_ASCII.test(raw)) return null;
  return raw.toLowerCase();
}

/**
 * Compares one presented DNS name with a normalized host. A wildcard counts only in the
 * left-most label, followed by at least two labels (`*.com` never matches), and stands for
 * one whole label (`*.contoso.com`, RFC 9525: 'wildcard') or, as Windows still allows, for
 * the end of it (`mail*.contoso.com`: 'partial-wildcard'). Microsoft's KB 258858 lists
 * `w*.example.com` and `ww*.example.com` as matching `www.example.com`, and `*w`, `*www`,
 * `w*w` and two stars as not accepted; see README.md for what no source confirms. The star
 * then stands for at least one character, and never inside an A-label (`xn--…`).
 */
function matchDnsName(raw: string, host: string): DnsMatch {
  const presented = presentedDnsName(raw);
  if (presented === null) return null;
  const starAt = presented.indexOf('*');
  // The host is a valid name, so a name equal to it is one too.
  if (starAt < 0) return presented === host ? 'exact' : null;
  const firstDot = presented.indexOf('.');
  if (firstDot < 0 || starAt > firstDot || presented.indexOf('*', starAt + 1) >= 0) return null;
  const pattern = presented.slice(0, firstDot);
  const rest = presented.slice(firstDot + 1);
  if (!rest.includes('.')) return null;

  const hostDot = host.indexOf('.');
  if (hostDot <= 0 || host.slice(hostDot + 1) !== rest) return null;
  const hostLabel = host.slice(0, hostDot);
  if (pattern === '*') return 'wildcard';

  // Windows: letters before the star, nothing after it.
  if (starAt !== pattern.length - 1) return null;
  const prefix = pattern.slice(0, starAt);
  if (!PARTIAL_PREFIX.test(prefix) || hostLabel.startsWith('xn--')) return null;
  return hostLabel.length > prefix.length && hostLabel.startsWith(prefix) ? 'partial-wildcard' : null;
}

function sameIp(presented: string, bytes: Uint8Array): boolean {
  const parsed = parseIp(presented.trim());
  return parsed !== null && equalBytes(parsed, bytes);
}
