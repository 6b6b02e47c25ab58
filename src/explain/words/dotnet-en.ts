import type { AspectComparison, DotnetAspect } from '../../checker/index.ts';
import { code, codeList, say, type Piece } from '../pieces.ts';
import type { DotnetWords } from './types.ts';

const aspect: Record<DotnetAspect, string> = {
  'not-available': 'Server certificate',
  name: 'Name',
  chain: 'Chain as a whole',
  trust: 'Root and issuers',
  time: 'Validity period',
  signature: 'Signatures',
  usage: 'Usage and constraints',
  revocation: 'Revocation',
  unknown: 'Other flags',
};

const quoted = (titles: string[]): string => titles.map((title) => `“${title}”`).join(', ');
const flags = (comparison: AspectComparison): Piece[] =>
  codeList(
    comparison.dotnet.map((flag) => flag.name),
    'and',
  );

function aspectSentence(comparison: AspectComparison, titles: string[]): Piece[] {
  const name = aspect[comparison.aspect];
  const checker = quoted(titles);
  if (comparison.aspect === 'not-available')
    return comparison.outcome === 'agree'
      ? [`${name}: the server sent .NET none, and none came with the report either.`]
      : [
          `${name}: they differ. The server sent .NET no certificate, yet certificates came with what you gave: are they from another server?`,
        ];
  switch (comparison.outcome) {
    case 'agree':
      return comparison.dotnet.length > 0
        ? say`${name}: both see a problem. .NET reports ${flags(comparison)}; the checker found ${checker}.`
        : [`${name}: neither finds a problem.`];
    case 'dotnet-answers-depends':
      return comparison.answer === 'trusted'
        ? [
            `${name}: the checker could not tell (${checker}), and .NET reports no problem here: the router computer has what it needs.`,
          ]
        : say`${name}: the checker could not tell (${checker}), and .NET reports ${flags(comparison)}: on the router computer this fails.`;
    case 'differ':
      if (comparison.flaggedBy === 'checker')
        return [`${name}: they differ. The checker found ${checker}, but .NET reports no such problem.`];
      if (comparison.aspect === 'revocation')
        return say`${name}: they differ. .NET reports ${flags(comparison)}; the checker does not check revocation at all, because it cannot reach the revocation lists. Only the router computer can answer this.`;
      if (comparison.aspect === 'unknown')
        return say`${name}: .NET reports ${flags(comparison)}, which the checker does not know.`;
      return titles.length > 0
        ? say`${name}: they differ. .NET reports ${flags(comparison)}, more than the checker found (${checker}).`
        : say`${name}: they differ. .NET reports ${flags(comparison)}, but the checker found no such problem.`;
  }
}

/** English words of the section on a .NET report pasted into the checker. */
export const dotnetEn: DotnetWords = {
  heading: '.NET on the router computer reported',
  details: 'The report line by line',
  predicted: 'The checker expects .NET to report:',
  field: {
    url: 'URL',
    account: 'Account',
    time: 'Time',
    clr: '.NET runtime (CLR)',
    windows: 'Windows',
    protocols: 'Protocols allowed (SecurityProtocol)',
    revocationCheck: 'Revocation checked (CheckCertificateRevocationList)',
    sslPolicyErrors: 'SslPolicyErrors',
    chainStatus: 'Chain status',
    element: (index) => `Chain element ${index}${index === 0 ? ' (server certificate)' : ''}`,
    thumbprint: 'Thumbprint',
    status: 'Status',
    statusInformation: 'Status information',
    result: 'Result',
    inner: 'Inner exception',
    sent: 'Certificates sent by the server',
  },
  yes: 'yes',
  no: 'no',
  notReached: 'not reached: .NET never got as far as checking the certificate',
  unknownFlag: 'a value the checker does not know',
  flag: {
    None: 'no problem: .NET accepted the certificate',
    NoError: 'no problem',
    RemoteCertificateNotAvailable: 'the server sent no certificate',
    RemoteCertificateNameMismatch: 'the host in the URL is not among the names of the certificate',
    RemoteCertificateChainErrors: 'Windows found a problem in the chain: see the chain status',
    NotTimeValid: 'outside its validity period: expired or not yet valid (or a clock is wrong)',
    NotTimeNested: 'its validity period does not lie within its issuer’s (no longer checked)',
    Revoked: 'revoked by the certification authority that issued it',
    NotSignatureValid: 'its signature does not verify',
    NotValidForUsage: 'not allowed for this use (server authentication)',
    UntrustedRoot: 'the chain ends at a root this computer does not trust',
    RevocationStatusUnknown: 'whether it was revoked could not be found out',
    Cyclic: 'the chain could not be built: its issuers go round in a circle',
    InvalidExtension: 'an extension is not valid',
    InvalidPolicyConstraints: 'the certificate policy constraints are not met',
    InvalidBasicConstraints: 'basic constraints broken: an issuer that is not a CA, or a chain longer than allowed',
    InvalidNameConstraints: 'the name constraints are not valid',
    HasNotSupportedNameConstraint: 'a name constraint of a kind Windows does not support',
    HasNotDefinedNameConstraint: 'a name of a kind that the CA’s name constraints say nothing about',
    HasNotPermittedNameConstraint: 'a name outside what the CA’s name constraints permit',
    HasExcludedNameConstraint: 'a name that the CA’s name constraints exclude',
    PartialChain: 'the chain could not be built up to a root: an issuing certificate is missing',
    CtlNotTimeValid: 'a certificate trust list that was used has expired',
    CtlNotSignatureValid: 'a certificate trust list that was used has a bad signature',
    CtlNotValidForUsage: 'a certificate trust list that was used does not cover this use',
    HasWeakSignature: 'signed with a weak hash (MD2 or MD5)',
    OfflineRevocation: 'the revocation server (a CRL or OCSP address) could not be reached',
    NoIssuanceChainPolicy: 'no certificate policy, although a policy setting requires one',
    ExplicitDistrust: 'explicitly distrusted: in the Untrusted Certificates store or on Microsoft’s disallowed list',
    HasNotSupportedCriticalExtension: 'a critical extension Windows does not support',
  },
  result: {
    accepted: 'TLS passed; the HTTP answer does not matter to the certificate',
    TrustFailure: 'the certificate was not accepted',
    SecureChannelFailure: 'the TLS connection could not be set up (protocol version or ciphers)',
    SendFailure:
      'the connection broke while sending, often during the TLS handshake when the two sides share no protocol version',
    NameResolutionFailure: 'the server name could not be resolved (DNS)',
    ProxyNameResolutionFailure: 'the proxy’s name could not be resolved',
    ConnectFailure: 'no connection to the server (port closed, firewall, server down)',
    ReceiveFailure: 'the connection broke while the answer was coming in',
    ConnectionClosed: 'the server closed the connection early',
    Timeout: 'no answer in time',
    ProtocolError: 'the server answered with an HTTP error; TLS itself passed',
    PipelineFailure: 'a pipelined request failed',
    RequestCanceled: 'the request was cancelled',
    ServerProtocolViolation: 'the server’s answer broke the HTTP rules',
    KeepAliveFailure: 'a kept-alive connection was closed',
    Pending: 'the answer was still awaited',
    UnknownError: 'an error of an unknown kind',
    MessageLengthLimitExceeded: 'the answer was longer than allowed',
    CacheEntryNotFound: 'not found in the cache',
    RequestProhibitedByCachePolicy: 'the cache policy did not allow the request',
    RequestProhibitedByProxy: 'the proxy refused the request',
  },
  unknownResult: 'a status the checker does not know',
  urlFromReport: ['No URL was entered, so the checker used the one from the report.'],
  otherHost: (reportHost, host) =>
    say`.NET connected to ${code(reportHost)}, but the checker checked ${code(host)}: the name comparison is about different hosts.`,
  otherCertificate:
    'The certificate the checker judged is not the one .NET saw (their thumbprints differ): the comparison below may not hold.',
  incomplete: 'The report ends early (its last line is missing): some of it may be lost.',
  capped: 'The report was longer than the checker reads: only its start is shown.',
  comparison: {
    heading: 'The checker and .NET compared',
    aspect,
    overall: (overall, account) => {
      const who = account ? say` for the account ${code(account)}` : [];
      switch (overall.outcome) {
        case 'agree':
          return overall.dotnet === 'accepted'
            ? say`Both agree: the router computer accepts this certificate${who}.`
            : ['Both agree: the router computer rejects this certificate.'];
        case 'dotnet-answers-depends':
          return overall.answer === 'trusted'
            ? say`The checker’s answer was “only if the router computer trusts your root”. .NET on that computer accepted it${who}, so what it needs is installed there.`
            : [
                'The checker’s answer was “only if the router computer trusts your root”. .NET on that computer rejected it: the root, or an issuing certificate, is missing there.',
              ];
        case 'differ':
          return overall.flaggedBy === 'checker'
            ? say`They differ: the checker expects the router to reject this certificate, but .NET on the router computer accepted it${who}.`
            : [
                `They differ: the checker expects ${overall.checker === true ? 'the router to accept this certificate' : 'it to pass once the root is trusted'}, but .NET on the router computer rejected it.`,
              ];
      }
    },
    aspectSentence,
    notComparable: (reason, sentCount) => {
      switch (reason) {
        case 'not-reached':
          return ['.NET never got as far as the certificate (see the result), so there is nothing to compare.'];
        case 'incomplete':
          return ['The report stops before its SslPolicyErrors line, so there is nothing to compare: paste all of it.'];
        case 'no-certificates':
          return [
            `The report says the server sent ${sentCount ?? 'some'} ${sentCount === 1 ? 'certificate' : 'certificates'}, but none of them is in what you gave: paste the report down to its last line.`,
          ];
      }
    },
  },
};
