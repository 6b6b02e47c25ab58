import type { CliStrings } from './types.ts';

/** English texts of the trustcheck CLI: its usage and its errors (findings are worded by src/explain/). */
export const en: CliStrings = {
  usage: `Usage: trustcheck --url URL [FILE ...]
       trustcheck --connect HOST[:PORT] [--url URL]

Checks a certificate (or a whole chain) the way the Dynamics CRM E-mail Router's .NET
validation will, against the URL the router uses. Reads PEM, DER, Base64 or PKCS#7 (.p7b)
FILEs, or standard input when no FILE is given. Nothing is sent anywhere, except that
--connect opens a connection to the server you name.

A FILE may also be the output of the trustkb .NET TLS report script run on the router
computer: the certificates in it are checked, what .NET reported there is printed beside
the checker's answer, and its URL is used when --url is not given.

Options:
  --url URL              the Exchange URL from the router's settings
  --connect HOST[:PORT]  fetch the chain a live server presents (port 443 by default)
  --lang cs|en           report language (default: from LC_ALL / LANG)
  --json                 print the diagnosis as JSON
  --site URL             the trustkb site the links lead to, e.g. https://kb.example.org/kb/
                         (default: TRUSTKB_SITE; without either, links are paths on the site)
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
        return 'Say which URL the router uses: --url https://mail.contoso.com/EWS/Exchange.asmx (or use --connect, or give a .NET TLS report).';
      case 'bad-connect':
        return `"${error.value}" is not HOST or HOST:PORT.`;
      case 'connect-with-files':
        return '--connect checks what the server presents: do not name files with it.';
      case 'bad-site':
        return `"${error.value}" is not a site address for --site: give a full http(s) address such as https://kb.example.org/kb/, without a query or fragment.`;
    }
  },
  cannotRead: (file, reason) => `Cannot read ${file}: ${reason}`,
  connectFailed: (target, reason) => `Cannot get the certificate chain from ${target}: ${reason}`,
  linksUnavailable: (reason) => `(Links to the articles are not available: ${reason})`,
  badSiteSetting: (variable, value) =>
    variable === 'TRUSTKB_SITE'
      ? `TRUSTKB_SITE="${value}" is not a site address: set a full http(s) address such as https://kb.example.org/kb/, unset it, or pass --site.`
      : `TRUSTKB_BASE="${value}" is not a path such as /kb/, or differs from the path in TRUSTKB_SITE: fix or unset it, or pass --site.`,
  linksArePaths:
    'The links are paths on your trustkb site: open them there, or set TRUSTKB_SITE (or pass --site) to get full addresses.',
  checkerPage: 'Certificate checker',
  presentedBy: (target) => `Chain presented by ${target}`,
};
