import type { FindingParams, InputPlace, IssuerProblem, MalformedReason, UrlProblem } from '../../checker/index.ts';
import { cert, code, codeList, say, type Piece } from '../pieces.ts';
import { dotnetEn } from './dotnet-en.ts';
import { longDate } from './long-date.ts';
import type { CheckerWords } from './types.ts';

/** "Block 2 (line 31)" or "What you gave". */
const where = ({ block, line }: Partial<InputPlace>): string => {
  return block ? `Block ${block}${line ? ` (line ${line})` : ''}` : 'What you gave';
};

const malformed: Record<MalformedReason, string> = {
  base64: 'its Base64 text is damaged (a line missing or changed?)',
  'no-end-line': 'its -----END----- line is missing',
  'empty-pkcs7': 'the PKCS#7 bundle holds no certificate',
  'public-key': 'it is a public key, not a certificate',
  'not-a-certificate': 'it is not a certificate',
  'not-der': 'its bytes are not a DER object',
  schema: 'it is not built like an X.509 certificate',
  extension: 'one of its extensions is damaged',
  'internal-error': 'the checker itself failed (please tell us)',
};

const badUrl: Record<UrlProblem, string> = {
  empty: 'it is empty',
  'too-long': 'it is too long',
  syntax: 'it is not written like a URL',
  'no-host': 'it names no server',
  host: 'its server name is not valid',
};

const notCa: Record<IssuerProblem, string> = {
  'not-a-ca': 'its Basic Constraints say CA:FALSE',
  'no-basic-constraints': 'it has no Basic Constraints extension',
  'key-usage': 'its key usage does not allow signing certificates',
};

const unusedIssuer = ({ reason, instead }: FindingParams['chain.unused-issuer']): Piece[] => {
  const used = instead === undefined ? [] : say` (${cert(instead)})`;
  switch (reason) {
    case 'public-root':
      return [
        'It carries the name and key of a public root but is signed by another authority (a cross-signed copy). Windows uses the root from its own store instead, so this copy does not decide the result, even if it has expired.',
      ];
    case 'self-signed-root':
      return say`It has the same name and key as the root${used}, which signs itself. Windows ends the chain at that root, so this copy does not decide the result, even if it has expired.`;
    case 'time-invalid':
      return say`It could have issued a certificate of the chain, but it is expired or not yet valid, so Windows builds the chain through a valid issuer${used}.`;
    case 'bad-signature':
      return say`It has the issuer's name, but its key does not verify the signature of the certificate below it, so Windows builds the chain through another issuer${used}.`;
    case 'other-path':
      return say`It could also issue a certificate of the chain; Windows builds the better path${instead === undefined ? [] : say` through ${cert(instead)}`}.`;
  }
};

const nameForm: Record<FindingParams['chain.name-constraints']['form'], string> = {
  dns: 'Its DNS name',
  ip: 'Its IP address',
  dn: 'Its subject',
};

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
const date = longDate('en-GB');
const names = (params: FindingParams['name.mismatch']): Piece[] => {
  const all = [...params.dnsNames, ...params.ipAddresses];
  if (all.length > 0) return say`the certificate names ${codeList(all, 'and')}`;
  const cn = params.commonName;
  return cn
    ? say`the certificate has no Subject Alternative Name, only the common name ${code(cn)}`
    : ['the certificate carries no name at all'];
};

/** English words of the checker's results. */
export const en: CheckerWords = {
  verdict: {
    accept: {
      title: 'The router will accept this certificate',
      text: 'Windows trusts the chain and the name matches the URL.',
    },
    reject: {
      title: 'The router will reject this certificate',
      text: 'Test Access fails with “Could not establish trust relationship for the SSL/TLS secure channel”.',
    },
    depends: {
      title: 'The router accepts it only if it trusts your root',
      text: 'It passes once the missing root or intermediate certificate is in the Local Computer store of the router computer, or the server sends it. Until then it fails.',
    },
    nothing: { title: 'Nothing to check', text: 'No certificate was found in what you gave: see below.' },
  },
  dotnetFlags: '.NET reports:',
  dotnetNone: 'SslPolicyErrors.None',
  waiting: {
    url: 'Enter the URL the router uses to see whether it will accept this certificate.',
    certificate: 'Paste the certificate, drop its file here or choose it, to see whether the router will accept it.',
  },
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  findings: {
    'input.empty': {
      title: 'Nothing pasted',
      explain: () => [
        'Paste the certificate, the text from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----, or drop its .cer file here.',
      ],
    },
    'input.unrecognized': {
      title: 'Not a certificate',
      explain: ({ params: p }) =>
        p.block !== undefined
          ? say`${where(p)}${p.label ? say` (${code(p.label)})` : []} is not a certificate.`
          : [
              'No certificate was found. Paste it as PEM text (-----BEGIN CERTIFICATE-----) or Base64, or drop the .cer, .crt, .pem, .der or .p7b file.',
            ],
    },
    'input.malformed': {
      title: 'Damaged certificate',
      explain: ({ params: p }) => [`${where(p)} cannot be read as a certificate: ${malformed[p.reason]}.`],
    },
    'input.too-large': {
      title: 'Too much to check',
      explain: ({ params: p }) => {
        const reason = p.reason;
        if (reason === 'bytes') return ['The input is larger than 1 MiB. Paste only the certificates.'];
        if (reason === 'blocks' || reason === 'certificates')
          return [`There are more than ${p.limit} blocks or certificates. Paste only the chain the server sends.`];
        return [`${where(p)} is nested too deeply or is too complex to be a certificate.`];
      },
    },
    'input.private-key': {
      title: 'A private key: keep it secret',
      explain: ({ params: p }) => [
        `${where(p)} is a private key. It is not shown here, and nothing was stored or sent, but a private key belongs only on its server: delete it from the box above and from wherever you copied it. If it has travelled by e-mail or chat, have the certificate reissued with a new key.`,
      ],
    },
    'input.csr': {
      title: 'A certificate request, not a certificate',
      explain: ({ params: p }) => [
        `${where(p)} is a certificate signing request (CSR). Send it to your certification authority, then check the certificate it issues.`,
      ],
    },
    'input.pkcs12': {
      title: 'A PFX file: check the certificate without its key',
      explain: () => [
        'This is a PFX (PKCS#12) file: protected by a password, with the private key inside. Export the certificate without its key (Base-64 encoded X.509, .cer) and check that file; keep the PFX to yourself.',
      ],
    },
    'url.invalid': {
      title: 'The URL cannot be read',
      explain: ({ params: p }) => [
        `The URL cannot be used: ${badUrl[p.reason]}. Enter it as the router profile has it, for example https://mail.contoso.com/EWS/Exchange.asmx.`,
      ],
    },
    'url.not-https': {
      title: 'Not an HTTPS address',
      explain: ({ params: p }) =>
        say`The URL starts with ${code(`${p.scheme}://`)}: no TLS connection is made, so no certificate is checked at all. The router's EWS URL normally starts with https://.`,
    },
    'name.match': {
      title: 'The name matches',
      explain: ({ params: p }) => say`The certificate names ${code(p.name)}, which covers the host ${code(p.host)}.`,
    },
    'name.mismatch': {
      title: 'The host name is not on the certificate',
      explain: ({ params: p }) => say`The router connects to ${code(p.host)}, but ${names(p)}.`,
    },
    'name.legacy-only': {
      title: 'The name matches only by old Windows rules',
      explain: ({ params: p }) =>
        p.rule === 'partial-wildcard'
          ? say`The host ${code(p.host)} matches only the partial wildcard ${code(p.name)}. Windows accepts it; browsers and newer clients do not.`
          : say`The host ${code(p.host)} matches only the subject common name ${code(p.name)}, because the certificate has no Subject Alternative Name. Windows still accepts that; browsers and newer clients do not, so have the name added to the SAN at the next renewal.`,
    },
    'trust.self-signed': {
      title: 'Self-signed certificate',
      explain: () => [
        'It is signed by itself: no certification authority vouches for it, so the router computer does not trust it (untrusted root, RemoteCertificateChainErrors).',
      ],
    },
    'trust.private-root': {
      title: 'Private root: the router computer must trust it',
      explain: ({ params: p }) =>
        say`The chain ends at the root ${code(p.root)}, which is not a public root. The router accepts the certificate only if this root is in the Trusted Root Certification Authorities store of the router computer (Local Computer, not a user's store).`,
    },
    'trust.public-root': {
      title: 'Issued under a public root',
      explain: ({ params: p }) =>
        !p.pasted
          ? say`The chain is issued by the public root ${code(p.root)}, which Windows trusts. The signature was checked with that root's key.`
          : say`The chain ends at ${code(p.root)}, a public root that Windows trusts.`,
    },
    'trust.windows-distrusted': {
      title: 'Windows no longer trusts this root for new certificates',
      explain: ({ params: p }) =>
        say`The chain ends at the public root ${code(p.root)}. Windows stopped trusting certificates issued under it after ${date(p.notBefore)} (Microsoft Trusted Root Program), and the server certificate was issued on ${date(p.issued)}. Browsers that use Mozilla's list may still accept it; the router computer, with current root updates, does not. Get a certificate from another certification authority.`,
    },
    'trust.public-root-unverified': {
      title: 'Public root: the signature could not be checked',
      explain: ({ params: p }) =>
        say`It names the public root ${code(p.root)} as its issuer, but that root's key could not be loaded to check the signature (no network?). Check again once the key can load; until then, do not rely on this result.`,
    },
    'chain.incomplete': {
      title: 'The issuing certificate is missing',
      explain: ({ params: p }) =>
        p.caIssuers.length === 0
          ? say`Its issuer, ${code(p.issuer)}, is not among the certificates given and is not a public root. The server must send it, or the router computer must have it installed (with its root).`
          : say`Its issuer, ${code(p.issuer)}, is not among the certificates given and is not a public root. The certificate says where to get it: ${codeList(p.caIssuers, 'or')}. Windows downloads it from there when the router computer can reach that address (a proxy or a closed firewall stops it). To test, run ${code('certutil -urlfetch -verify server.cer')} on the router computer, with the server certificate saved as server.cer. Safer still: have the server send it, or install it (with its root) on the router computer.`,
    },
    'chain.bad-signature': {
      title: 'A signature does not verify',
      explain: ({ params: p, certificate: about }) =>
        'root' in p
          ? say`Its signature does not verify with the key of the public root ${code(p.root)} that it names as its issuer: that root did not issue it. Windows rejects it.`
          : p.issuer === about
            ? ['Its signature does not verify with its own key: the certificate was altered.']
            : say`Its signature does not verify with the key of ${cert(p.issuer)}: the certificate was altered, or another authority issued it.`,
    },
    'chain.signature-unchecked': {
      title: 'A signature the checker cannot verify',
      explain: ({ params: p }) =>
        say`It is signed with ${code(p.algorithm)}, which the checker cannot compute here, so it could not tell whether ${'root' in p ? say`the public root ${code(p.root)}` : cert(p.issuer)} really signed it. Windows checks it; until it is verified elsewhere, do not rely on this result. Check it on the router computer with ${code('certutil -verify server.cer')}.`,
    },
    'chain.issuer-not-ca': {
      title: 'The issuer is not a certification authority',
      explain: ({ params: p }) =>
        say`It issued ${cert(p.issued)}, but it may not issue certificates: ${notCa[p.reason]}.`,
    },
    'chain.path-length': {
      title: 'Path length constraint exceeded',
      explain: ({ params: p }) =>
        say`This certification authority allows at most ${code(p.limit)} ${p.limit === 1 ? 'CA certificate' : 'CA certificates'} below it (pathLenConstraint), but the chain has ${code(p.below)}. Windows rejects the chain (CERT_TRUST_INVALID_BASIC_CONSTRAINTS).`,
    },
    'chain.name-constraints': {
      title: 'A name the issuing CA may not certify',
      explain: ({ params: p }) =>
        say`${nameForm[p.form]} ${code(p.name)} is ${p.rule === 'excluded' ? 'in a namespace that the name constraints of' : 'outside every namespace that the name constraints of'} ${cert(p.ca)} ${p.rule === 'excluded' ? 'exclude' : 'permit'}. Windows rejects the chain (CERT_TRUST_HAS_${p.rule === 'excluded' ? 'EXCLUDED' : 'NOT_PERMITTED'}_NAME_CONSTRAINT). Have the certificate issued by a CA allowed to certify this name, or have the CA's constraints changed by whoever runs it.`,
    },
    'chain.unused-issuer': {
      title: 'Left out of the chain',
      explain: ({ params: p }) => unusedIssuer(p),
    },
    'chain.order': {
      title: 'Pasted out of order',
      explain: () => [
        'The certificates were not in chain order (server certificate first, then each issuer). The checker sorted them; a server should send them in order.',
      ],
    },
    'chain.duplicate': {
      title: 'Pasted more than once',
      explain: ({ params: p }) => [`It was pasted ${p.copies} times (blocks ${p.blocks.join(', ')}); once is enough.`],
    },
    'chain.unrelated': {
      title: 'Not part of the chain',
      explain: () => [
        "It does not belong to the server certificate's chain. The router never sees it; check whether the right certificate was exported.",
      ],
    },
    'time.expired': {
      title: 'Expired',
      explain: ({ params: p }) => [`It expired on ${date(p.notAfter)}, ${days(p.days)} ago.`],
    },
    'time.not-yet-valid': {
      title: 'Not valid yet',
      explain: ({ params: p }) => [
        `It is valid only from ${date(p.notBefore)}. If that date has passed, the clock of this computer or of the router computer is wrong.`,
      ],
    },
    'time.expiring-soon': {
      title: 'Expires soon',
      explain: ({ params: p }) => [`It expires on ${date(p.notAfter)}, in ${days(p.days)}. Renew it before then.`],
    },
    'usage.no-server-auth': {
      title: 'Not allowed for a TLS server',
      explain: ({ params: p }) =>
        say`Its extended key usage allows only ${codeList(p.usages, 'and')}, not Server Authentication, so Windows refuses it for HTTPS.`,
    },
    'usage.leaf-is-ca': {
      title: 'The server certificate is marked as a CA',
      explain: () => [
        'The server certificate says CA:TRUE. Windows still accepts it, but it is a misissued certificate: ask for an ordinary server certificate.',
      ],
    },
    'usage.unknown-critical-extension': {
      title: 'A critical extension Windows does not know',
      explain: ({ params: p }) =>
        say`It has ${p.oids.length === 1 ? 'a critical extension' : 'critical extensions'} that Windows does not process: ${codeList(p.oids, 'and')}. Windows refuses a certificate with a critical extension it does not understand (CERT_TRUST_HAS_NOT_SUPPORTED_CRITICAL_EXT, in .NET HasNotSupportedCriticalExtension). The issuer must reissue it without the extension, or with the extension not marked critical.`,
    },
    'crypto.weak-key': {
      title: 'Weak key',
      explain: ({ params: p }) => [`Its RSA key has only ${p.bits} bits. Use at least 2048 bits.`],
    },
    'crypto.weak-signature': {
      title: 'Weak signature',
      explain: ({ params: p }) =>
        say`It is signed with ${code(p.hash)} (${code(p.algorithm)}), which is no longer considered secure.`,
    },
  },
  readMore: { problem: 'Cause and fix:', note: 'Explained in:' },
  headings: { findings: 'Findings', certificates: 'Certificates', chain: 'Chain of trust' },
  checkedFor: (host, when) => say`Checked for ${code(host)} on ${when}.`,
  role: { leaf: 'Server certificate', intermediate: 'Issuing CA', root: 'Root', unrelated: 'Not in the chain' },
  certificateNumber: (number) => `Certificate ${number}`,
  field: {
    subject: 'Subject',
    issuer: 'Issuer',
    names: 'Names (Subject Alternative Name)',
    noNames: 'none',
    commonName: 'Common name (CN)',
    hostBeside: 'Host in the URL:',
    matched: 'matches',
    validity: 'Valid',
    key: 'Public key',
    signature: 'Signature algorithm',
    serial: 'Serial number',
    sha1: 'Thumbprint (SHA-1)',
    sha256: 'SHA-256 fingerprint',
    usages: 'Extended key usage',
    anyUsage: 'any (no extension)',
    ca: 'Certification authority',
    source: 'Found in',
    selfSigned: 'self-signed',
  },
  validity: {
    expiresIn: (n) => `expires in ${days(n)}`,
    expiredAgo: (n) => `expired ${days(n)} ago`,
    validIn: (n) => `valid in ${days(n)}`,
    today: 'expires today',
  },
  keyDescription: (algorithm, bits, curve) => [algorithm, curve, bits ? `${bits} bits` : ''].filter(Boolean).join(' '),
  source: (format, block, line, position) => {
    const kind =
      { pem: 'PEM block', der: 'DER file', base64: 'Base64 block', pkcs7: 'PKCS#7 bundle' }[format] ?? format;
    return `${kind} ${block}${line ? `, line ${line}` : ''}${position ? `, certificate ${position}` : ''}`;
  },
  chain: {
    label: 'From the server certificate to the root',
    signedBy: 'issued by',
    breaks: 'The chain breaks here',
    missingIssuer: (issuer) => say`Missing: ${code(issuer)}`,
    publicRoot: (root) => say`${code(root)} (not pasted)`,
    status: {
      publicRoot: 'public root, trusted by Windows',
      privateRoot: 'private root: the router computer must trust it',
      selfSigned: 'self-signed: trusted by no one',
      badSignature: 'signature does not verify',
      expired: 'expired',
      notYetValid: 'not valid yet',
      notCa: 'not a certification authority',
      pathLength: 'path length exceeded',
      unknownExtension: 'unknown critical extension',
      nameConstraints: 'name not allowed by its CA',
    },
    unrelated: 'Also pasted, not part of the chain:',
  },
  copy: {
    button: 'Copy',
    fingerprint: (name) => `Copy ${name}`,
    copied: 'Copied',
    failed: 'Select the text and copy it by hand',
  },
  report: {
    copyText: 'Copy report',
    copyMarkdown: 'Copy as Markdown',
    copied: 'Report copied',
    title: 'trustkb certificate check',
    url: 'URL',
    host: 'Host',
    checked: 'Checked',
    verdict: 'Verdict',
    more: 'More',
  },
  date,
  dotnet: dotnetEn,
};
