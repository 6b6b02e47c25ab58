import { parseIPv4, parseIPv6, parseIp } from './ip.ts';
import { equalBytes } from './bytes.ts';

/**
 * Host-name matching, twice: the RFC 9525 answer (what browsers and modern clients do), and
 * separately the extra matches Windows still grants (what the .NET Framework router does).
 * See README.md in this folder for where the two, OpenSSL and Node differ.
 */

/** The names a certificate presents: SAN dNSName and iPAddress entries, and the subject CN. */
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
 * ambiguous numeric forms. It does not trim: `diagnose` trims the URL before calling it.
 */
export function normalizeHost(host: string): ReferenceHost | null {
  if (host.length === 0 || host.length > MAX_HOST_LENGTH + 2) return null;
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
 * `findLegacyHostnameMatch`.
 */
export function matchHostname(names: PresentedNames, host: string): boolean {
  return findHostnameMatch(names, host) !== null;
}

/** Like `matchHostname`, but returns the presented name that matched (for messages), or null. */
export function findHostnameMatch(names: PresentedNames, host: string): string | null {
  const reference = normalizeHost(host);
  return reference ? findRfcMatch(names, reference) : null;
}

function findRfcMatch(names: PresentedNames, reference: ReferenceHost): string | null {
  if (reference.kind === 'ip') {
    return names.ip.find((presented) => sameIp(presented, reference.bytes)) ?? null;
  }
  return names.dns.find((presented) => isRfcMatch(matchDnsName(presented, reference.name))) ?? null;
}

/**
 * What Windows (CryptoAPI, and so .NET Framework) accepts beyond RFC 9525: the subject CN
 * when the certificate has no SAN names at all, and partial wildcards such as
 * `mail*.contoso.com`. Returns the rule and the presented name, or null. A host RFC 9525
 * accepts is never a legacy match, even when another SAN is a partial wildcard that fits it:
 * the answer means "Windows accepts this host only because of an extra rule".
 */
export function findLegacyHostnameMatch(
  names: PresentedNames,
  host: string,
): { rule: LegacyRule; name: string } | null {
  const reference = normalizeHost(host);
  if (!reference || findRfcMatch(names, reference) !== null) return null;
  if (reference.kind === 'dns') {
    const partial = names.dns.find((presented) => matchDnsName(presented, reference.name) === 'partial-wildcard');
    if (partial !== undefined) return { rule: 'partial-wildcard', name: partial };
  }
  const cn = names.cn;
  if (cn && names.dns.length === 0 && names.ip.length === 0) {
    const matches = reference.kind === 'ip' ? sameIp(cn, reference.bytes) : matchDnsName(cn, reference.name) !== null;
    if (matches) return { rule: 'cn-without-san', name: cn };
  }
  return null;
}

/** Lower case, A-labels, no trailing dot; null when not a valid DNS name. */
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
 * Compares one presented dNSName with a normalized host. A wildcard counts only in the
 * left-most label, followed by at least two labels (`*.com` never matches), and stands for
 * part of one label: the whole label (`*`, RFC 9525) or, as Windows still allows, the start
 * or the end of it (`mail*`, `*mail`: 'partial-wildcard'). Like OpenSSL, a star in the middle
 * (`m*l`) or in an A-label (`xn--…`) never matches.
 */
function matchDnsName(presented: string, host: string): DnsMatch {
  const starAt = presented.indexOf('*');
  if (starAt < 0) return isSameDnsName(presented, host) ? 'exact' : null;
  const firstDot = presented.indexOf('.');
  if (firstDot < 0 || starAt > firstDot || presented.indexOf('*', starAt + 1) >= 0) return null;
  const pattern = presented.slice(0, firstDot).toLowerCase();
  const rest = normalizeDnsName(presented.slice(firstDot + 1));
  if (!rest || !rest.includes('.')) return null;

  const hostDot = host.indexOf('.');
  if (hostDot <= 0 || host.slice(hostDot + 1) !== rest) return null;
  const hostLabel = host.slice(0, hostDot);
  if (pattern === '*') return 'wildcard';

  const prefix = pattern.slice(0, starAt);
  const suffix = pattern.slice(starAt + 1);
  if (prefix !== '' && suffix !== '') return null;
  if (!/^[a-z0-9_-]*$/.test(prefix + suffix) || pattern.startsWith('xn--') || hostLabel.startsWith('xn--')) return null;
  const fits =
    hostLabel.length >= prefix.length + suffix.length && hostLabel.startsWith(prefix) && hostLabel.endsWith(suffix);
  return fits ? 'partial-wildcard' : null;
}

/**
 * `normalizeDnsName(presented) === host` for a normalized host. Plain ASCII only needs
 * comparing, lower-cased and without its trailing dot: the host already passed the checks.
 */
function isSameDnsName(presented: string, host: string): boolean {
  if (!isPlainAscii(presented)) return normalizeDnsName(presented) === host;
  const length = presented.endsWith('.') ? presented.length - 1 : presented.length;
  return length === host.length && presented.slice(0, length).toLowerCase() === host;
}

function sameIp(presented: string, bytes: Uint8Array): boolean {
  const parsed = parseIp(presented.trim());
  return parsed !== null && equalBytes(parsed, bytes);
}
