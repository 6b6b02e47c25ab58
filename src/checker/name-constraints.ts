/**
 * Name constraints (RFC 5280 4.2.1.10), as CryptoAPI applies them: a CA's permitted and
 * excluded subtrees bind every certificate below it. Windows reports a violation as
 * CERT_TRUST_HAS_EXCLUDED_NAME_CONSTRAINT or CERT_TRUST_HAS_NOT_PERMITTED_NAME_CONSTRAINT and
 * the chain fails. We check the name forms a TLS server certificate carries: DNS names (and the
 * subject CN where Windows reads it as the host name), IP addresses and the subject DN.
 */

/** One subtree of a nameConstraints extension, reduced to what the checks need. */
export type NameSubtree =
  | { kind: 'dns'; name: string }
  | { kind: 'ip'; address: Uint8Array; mask: Uint8Array }
  /** The subtree's RDNs, most general first, each as comparable text (`c=cz`, `o=contoso ltd`). */
  | { kind: 'dn'; rdns: string[] }
  /** A form we do not compare (e-mail, URI, UPN, others): it constrains names a TLS server certificate does not carry. */
  | { kind: 'other' };

export interface NameConstraints {
  permitted: NameSubtree[];
  excluded: NameSubtree[];
}

/** The names of one certificate that constraints bind. */
export interface ConstrainedNames {
  dns: string[];
  ip: Uint8Array[];
  /** The subject's RDNs, most general first, as comparable text; empty for an empty subject. */
  subject: string[];
}

export interface NameViolation {
  rule: 'excluded' | 'not-permitted';
  form: 'dns' | 'ip' | 'dn';
  /** The name as the certificate carries it (an IP address in text). */
  name: string;
}

/** The first name that breaks the constraints, or null. */
export function nameConstraintViolation(
  constraints: NameConstraints,
  names: ConstrainedNames,
  formatIp: (bytes: Uint8Array) => string,
): NameViolation | null {
  const candidates: {
    form: 'dns' | 'ip' | 'dn';
    name: string;
    within: (subtree: NameSubtree, excluded: boolean) => boolean;
  }[] = [
    ...names.dns.map((name) => ({
      form: 'dns' as const,
      name,
      within: (subtree: NameSubtree, excluded: boolean) =>
        subtree.kind === 'dns' && dnsWithin(name, subtree.name, excluded),
    })),
    ...names.ip.map((bytes) => ({
      form: 'ip' as const,
      name: formatIp(bytes),
      within: (subtree: NameSubtree) => subtree.kind === 'ip' && ipWithin(bytes, subtree),
    })),
  ];
  if (names.subject.length > 0) {
    const subject = names.subject;
    candidates.push({
      form: 'dn',
      name: [...subject].reverse().join(', '),
      within: (subtree) => subtree.kind === 'dn' && subtree.rdns.every((rdn, index) => subject[index] === rdn),
    });
  }
  for (const candidate of candidates) {
    if (constraints.excluded.some((subtree) => candidate.within(subtree, true))) {
      return { rule: 'excluded', form: candidate.form, name: candidate.name };
    }
    const sameForm = constraints.permitted.filter((subtree) => subtree.kind === candidate.form);
    if (sameForm.length > 0 && !sameForm.some((subtree) => candidate.within(subtree, false))) {
      return { rule: 'not-permitted', form: candidate.form, name: candidate.name };
    }
  }
  return null;
}

/**
 * Is the DNS name inside the constraint? `contoso.com` covers itself and every name under it,
 * `.contoso.com` only the names under it, and an empty constraint everything. A wildcard name
 * counts as every name it can stand for: inside a permitted subtree only if all of them are,
 * inside an excluded one if any of them is.
 */
function dnsWithin(presented: string, constraint: string, excluded: boolean): boolean {
  const name = presented.toLowerCase().replace(/\.$/, '');
  const subdomainsOnly = constraint.startsWith('.');
  const domain = constraint.toLowerCase().replace(/^\./, '').replace(/\.$/, '');
  if (domain === '') return true;
  const under = (candidate: string) => candidate.endsWith(`.${domain}`);
  if (!name.startsWith('*.')) return under(name) || (!subdomainsOnly && name === domain);
  const parent = name.slice(2);
  if (parent === domain || under(parent)) return true;
  // `*.contoso.com` can stand for `mail.contoso.com`, which an excluded `mail.contoso.com` forbids.
  if (!excluded || subdomainsOnly || !domain.endsWith(`.${parent}`)) return false;
  return !domain.slice(0, -(parent.length + 1)).includes('.');
}

function ipWithin(address: Uint8Array, subtree: { address: Uint8Array; mask: Uint8Array }): boolean {
  if (address.length !== subtree.address.length || subtree.mask.length !== address.length) return false;
  return address.every(
    (byte, index) => (byte & subtree.mask[index]!) === (subtree.address[index]! & subtree.mask[index]!),
  );
}
