import { finding } from './finding.ts';
import { normalizeHost } from './hostname.ts';
import { formatIp, parseIPv6 } from './ip.ts';
import type { UrlProblem } from './finding-params.ts';
import type { Finding } from './types.ts';

/**
 * Reads the host out of what the admin typed into the router's settings: a full URL
 * (`https://mail.contoso.com/EWS/Exchange.asmx`), a bare host, host:port, an IPv4 address,
 * an IPv6 address with or without brackets, a Unicode host; with spaces around, in any case.
 */
export interface UrlHost {
  /** Normalized host (see `Diagnosis.host`), or null when there is none. */
  host: string | null;
  findings: Finding[];
}

const MAX_URL_LENGTH = 4096;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Extracts and normalizes the host of a URL; problems come back as findings, never as exceptions. */
export function hostFromUrl(input: string): UrlHost {
  const text = String(input ?? '').trim();
  if (text === '') return invalid('empty');
  if (text.length > MAX_URL_LENGTH) return invalid('too-long');

  // A bare IPv6 address is not a URL authority: `https://2001:db8::1` does not parse.
  const bareIPv6 = parseIPv6(text);
  if (bareIPv6) return { host: formatIp(bareIPv6), findings: [] };

  let url: URL;
  try {
    url = new URL(HAS_SCHEME.test(text) ? text : `https://${text}`);
  } catch {
    return invalid('syntax');
  }
  const findings: Finding[] = [];
  const scheme = url.protocol.replace(/:$/, '').toLowerCase();
  if (scheme !== 'https') findings.push(finding('url.not-https', { params: { scheme } }));

  const hostname = url.hostname;
  if (hostname === '') return invalid('no-host', findings);
  const reference = normalizeHost(hostname);
  if (!reference) return invalid('host', findings);
  const host = reference.kind === 'ip' ? formatIp(reference.bytes) : reference.name;
  return { host, findings };
}

function invalid(reason: UrlProblem, findings: Finding[] = []): UrlHost {
  return { host: null, findings: [...findings, finding('url.invalid', { params: { reason } })] };
}
