/**
 * Where Windows' root program has stopped trusting a root that Mozilla's list (our public root
 * table) still holds. Microsoft's "NotBefore" keeps trusting certificates issued before a date
 * and distrusts those issued after it
 * (https://github.com/MicrosoftDocs/security/blob/main/security-docs/trusted-root/Deprecation.md).
 * We compare the server certificate's own NotBefore with that date.
 *
 * Keyed by the root's key hash in the table (`publicRootKeyHash`); `sha1` is the thumbprint
 * Microsoft's notice names, and a unit test checks that both describe the same root of Node's
 * list. Only roots in Node's list matter here: a root Mozilla dropped is not public to the
 * checker anyway (README.md, "How Mozilla's list relates to Windows' root program").
 */
export interface WindowsNotBefore {
  /** The root's subject common name, as Microsoft's notice names it. */
  root: string;
  /** SHA-1 thumbprint of the root certificate, upper-case hex. */
  sha1: string;
  /** Certificates issued after this moment are not trusted by Windows. */
  notBefore: string;
  /** The deployment notice, in MicrosoftDocs/security. */
  source: string;
}

const AUGUST_2025 = 'security-docs/trusted-root/2025/august-2025.md';

export const WINDOWS_NOT_BEFORE: Readonly<Record<string, WindowsNotBefore>> = {
  '50cc86ba96db3263': {
    root: 'Hellenic Academic and Research Institutions RootCA 2015',
    sha1: '010C0695A6981914FFBF5FC6B0B695EA29E912A6',
    notBefore: '2025-09-15T00:00:00.000Z',
    source: AUGUST_2025,
  },
  bb52086d0639e8db: {
    root: 'Hellenic Academic and Research Institutions ECC RootCA 2015',
    sha1: '9FF1718D92D59AF37D7497B4BC6F84680BBAB666',
    notBefore: '2025-09-15T00:00:00.000Z',
    source: AUGUST_2025,
  },
};

/** The NotBefore date past which Windows distrusts certificates under this root, if it has one and `issued` is past it. */
export function windowsDistrust(rootKeyHash: string, issued: Date): WindowsNotBefore | null {
  const policy = Object.hasOwn(WINDOWS_NOT_BEFORE, rootKeyHash) ? WINDOWS_NOT_BEFORE[rootKeyHash]! : null;
  return policy && issued.getTime() > Date.parse(policy.notBefore) ? policy : null;
}
