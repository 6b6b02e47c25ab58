import { listParam, numberParam, param } from '../format.ts';
import type { CliStrings, Params } from './types.ts';

const where = (params: Params) => {
  const block = param(params, 'block');
  const line = param(params, 'line');
  return block ? `Block ${block}${line ? ` (line ${line})` : ''}` : 'The input';
};

const malformedReasons: Record<string, string> = {
  base64: 'its Base64 text is damaged',
  'no-end-line': 'its END line is missing',
  'empty-pkcs7': 'the PKCS#7 bundle holds no certificate',
  'public-key': 'it is a public key, not a certificate',
  'internal-error': 'the checker itself failed (please report this)',
};

const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;

/** English texts of the trustcheck CLI. */
export const en: CliStrings = {
  usage: `Usage: trustcheck --url URL [FILE ...]
       trustcheck --connect HOST[:PORT] [--url URL]

Checks a certificate (or a whole chain) the way the Dynamics CRM E-mail Router's .NET
validation will, against the URL the router uses. Reads PEM, DER, Base64 or PKCS#7 (.p7b)
FILEs, or standard input when no FILE is given. Nothing is sent anywhere, except that
--connect opens a connection to the server you name.

Options:
  --url URL              the Exchange URL from the router's settings
  --connect HOST[:PORT]  fetch the chain a live server presents (port 443 by default)
  --lang cs|en           report language (default: from LC_ALL / LANG)
  --json                 print the diagnosis as JSON
  -h, --help             show this help

Exit codes: 0 the router will accept the certificate, 1 it will not (or it depends),
2 usage or input error.
`,
  usageError: (error) => {
    switch (error.kind) {
      case 'unknown-option':
        return `Unknown option ${error.option}.`;
      case 'missing-value':
        return `Option ${error.option} needs a value.`;
      case 'bad-lang':
        return `Unknown language "${error.value}": use cs or en.`;
      case 'missing-url':
        return 'Say which URL the router uses: --url https://mail.contoso.com/EWS/Exchange.asmx (or use --connect).';
      case 'bad-connect':
        return `"${error.value}" is not HOST or HOST:PORT.`;
      case 'connect-with-files':
        return '--connect checks what the server presents: do not name files with it.';
    }
  },
  cannotRead: (file, reason) => `Cannot read ${file}: ${reason}`,
  connectFailed: (target, reason) => `Cannot get the certificate chain from ${target}: ${reason}`,
  linksUnavailable: (reason) => `(Links to the articles are not available: ${reason})`,
  verdict: {
    accepts: 'The router will accept this certificate.',
    rejects: 'The router will NOT accept this certificate.',
    depends:
      'The router will accept this certificate only once the missing root or intermediate certificate is installed on the router computer.',
    nothing: 'Nothing to judge: no certificate could be read.',
  },
  expectedFlags: 'Expected SslPolicyErrors',
  heading: {
    host: 'Host',
    noHost: '(no valid host)',
    presentedBy: (target) => `Chain presented by ${target}`,
    certificates: 'Certificates (server certificate first)',
    findings: 'Findings',
    noFindings: 'No findings.',
  },
  field: {
    issuer: 'Issuer',
    validity: 'Valid',
    dnsNames: 'DNS names',
    ipAddresses: 'IP addresses',
    key: 'Key',
    thumbprint: 'Thumbprint',
    source: 'Found in',
    selfSigned: 'self-signed',
    ca: 'certification authority',
  },
  keyDescription: (algorithm, bits, curve) => [algorithm, curve, bits ? `${bits} bits` : ''].filter(Boolean).join(' '),
  source: (format, block, line, position) => {
    const kind =
      { pem: 'PEM block', der: 'DER object', base64: 'Base64 block', pkcs7: 'PKCS#7 bundle' }[format] ?? format;
    return `${kind} ${block}${line ? `, line ${line}` : ''}${position ? `, certificate ${position}` : ''}`;
  },
  certificateLabel: (number) => `#${number}`,
  severity: { error: 'ERROR', warning: 'WARNING', info: 'INFO' },
  moreAt: 'More',
  findings: {
    'input.empty': () => 'Nothing was given: the input is empty.',
    'input.unrecognized': (p) =>
      param(p, 'block')
        ? `${where(p)}${param(p, 'label') ? ` (${param(p, 'label')})` : ''} is not a certificate.`
        : 'No certificate was found in the input.',
    'input.malformed': (p) =>
      `${where(p)} cannot be read as a certificate: ${malformedReasons[param(p, 'reason')] ?? 'it is not a valid certificate'}.`,
    'input.too-large': (p) => {
      const reason = param(p, 'reason');
      if (reason === 'bytes') return 'The input is larger than 1 MiB. Paste only the certificates.';
      if (reason === 'blocks' || reason === 'certificates')
        return `The input has more than ${param(p, 'limit')} blocks or certificates. Paste only the server's chain.`;
      return `${where(p)} is nested too deeply or is too complex to be a certificate.`;
    },
    'input.private-key': (p) =>
      `${where(p)} is a private key. It was not stored or sent anywhere, but a private key should never be pasted: remove it from where you pasted it and keep the key file safe.`,
    'input.csr': (p) =>
      `${where(p)} is a certificate signing request (CSR), not a certificate. Send it to the certification authority and check the certificate it issues.`,
    'input.pkcs12': () =>
      'This is a PFX (PKCS#12) file: password-protected and holding the private key. Export the certificate without its key (.cer, Base64) and check that.',
    'url.invalid': () =>
      'The URL cannot be read. Enter it as the router has it, e.g. https://mail.contoso.com/EWS/Exchange.asmx.',
    'url.not-https': (p) =>
      `The URL uses ${param(p, 'scheme')}://, not https://: without TLS no certificate is checked at all.`,
    'name.match': (p) => `The certificate is issued for ${param(p, 'host')} (it names ${param(p, 'name')}).`,
    'name.mismatch': (p) => {
      const names = [...listParam(p, 'dnsNames'), ...listParam(p, 'ipAddresses')];
      const named =
        names.length > 0 ? names.join(', ') : `no alternative names, only CN=${param(p, 'commonName') || '(none)'}`;
      return `The host ${param(p, 'host')} is not on the certificate, which names: ${named}. The router reports RemoteCertificateNameMismatch.`;
    },
    'name.legacy-only': (p) =>
      param(p, 'rule') === 'partial-wildcard'
        ? `The host ${param(p, 'host')} matches only the partial wildcard ${param(p, 'name')}. Windows accepts that; browsers and modern clients do not.`
        : `The host ${param(p, 'host')} matches only the subject CN (${param(p, 'name')}): the certificate has no Subject Alternative Name. Windows still accepts that; browsers and modern clients do not.`,
    'trust.self-signed': () =>
      'The certificate is self-signed: no certification authority vouches for it, so the router does not trust it (RemoteCertificateChainErrors).',
    'trust.private-root': (p) =>
      `The chain ends at the private root ${param(p, 'root')}. The router accepts it only if this root is in the router computer's Local Computer > Trusted Root Certification Authorities store.`,
    'trust.public-root': (p) =>
      p?.pasted === false
        ? `The chain is issued by the public root ${param(p, 'root')}, which Windows trusts. (That root was not pasted, so its signature could not be checked here.)`
        : `The chain ends at the public root ${param(p, 'root')}, which Windows trusts.`,
    'chain.incomplete': (p, c) =>
      `The issuer of certificate ${c.certificate} (${param(p, 'issuer')}) is not among the certificates given, and it is not a public root. The router computer needs it installed (with its root), or the server must send it.`,
    'chain.bad-signature': (p, c) =>
      `The signature of certificate ${c.certificate} does not verify with the key of ${c.certificateLabel(numberParam(p, 'issuer'))}: the certificate was altered, or another authority issued it.`,
    'chain.issuer-not-ca': (p, c) => {
      const reason =
        {
          'not-a-ca': 'its Basic Constraints say CA:FALSE',
          'no-basic-constraints': 'it has no Basic Constraints extension',
          'key-usage': 'its key usage does not allow signing certificates',
        }[param(p, 'reason')] ?? 'it may not issue certificates';
      return `Certificate ${c.certificate} issued ${c.certificateLabel(numberParam(p, 'issued'))}, but it is not a certification authority: ${reason}.`;
    },
    'chain.order': () =>
      'The certificates were not pasted in chain order (server certificate first, then each issuer). That is fine here; a server must send them in order.',
    'chain.duplicate': (p, c) => `Certificate ${c.certificate} was pasted ${param(p, 'copies')} times.`,
    'chain.unrelated': (_p, c) => `Certificate ${c.certificate} is not part of the server certificate's chain.`,
    'time.expired': (p, c) =>
      `Certificate ${c.certificate} expired on ${c.date(param(p, 'notAfter'))} (${days(numberParam(p, 'days'))} ago).`,
    'time.not-yet-valid': (p, c) =>
      `Certificate ${c.certificate} is not valid until ${c.date(param(p, 'notBefore'))}. Check the router computer's clock too.`,
    'time.expiring-soon': (p, c) =>
      `Certificate ${c.certificate} expires on ${c.date(param(p, 'notAfter'))}, in ${days(numberParam(p, 'days'))}.`,
    'usage.no-server-auth': (p, c) =>
      `Certificate ${c.certificate} may not be used by a TLS server: its extended key usage is ${listParam(p, 'usages').join(', ')}, without Server Authentication.`,
    'usage.leaf-is-ca': () =>
      'The server certificate is marked as a certification authority (CA:TRUE). Ask for an ordinary server certificate.',
    'crypto.weak-key': (p, c) =>
      `Certificate ${c.certificate} has an RSA key of only ${param(p, 'bits')} bits. Use at least 2048 bits.`,
    'crypto.weak-signature': (p, c) =>
      `Certificate ${c.certificate} is signed with ${param(p, 'hash')} (${param(p, 'algorithm')}), which is no longer considered secure.`,
  },
};
