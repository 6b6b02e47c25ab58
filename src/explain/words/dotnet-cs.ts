import type { AspectComparison, DotnetAspect } from '../../checker/index.ts';
import { code, codeList, say, type Piece } from '../pieces.ts';
import type { DotnetWords } from './types.ts';

const aspect: Record<DotnetAspect, string> = {
  'not-available': 'Certifikát serveru',
  name: 'Název',
  chain: 'Řetězec jako celek',
  trust: 'Kořenová autorita a vystavitelé',
  time: 'Doba platnosti',
  signature: 'Podpisy',
  usage: 'Použití a omezení',
  revocation: 'Odvolání',
  unknown: 'Další příznaky',
};

const quoted = (titles: string[]): string => titles.map((title) => `„${title}“`).join(', ');
const flags = (comparison: AspectComparison): Piece[] =>
  codeList(
    comparison.dotnet.map((flag) => flag.name),
    'a',
  );

function aspectSentence(comparison: AspectComparison, titles: string[]): Piece[] {
  const name = aspect[comparison.aspect];
  const checker = quoted(titles);
  if (comparison.aspect === 'not-available')
    return comparison.outcome === 'agree'
      ? [`${name}: server .NET žádný neposlal a ani ve zprávě žádný není.`]
      : [
          `${name}: tady se liší. Server .NET žádný certifikát neposlal, v tom, co jste vložili, ale certifikáty jsou: nejsou z jiného serveru?`,
        ];
  switch (comparison.outcome) {
    case 'agree':
      return comparison.dotnet.length > 0
        ? say`${name}: problém vidí obě strany. .NET hlásí ${flags(comparison)}, kontrola našla ${checker}.`
        : [`${name}: ani jedna strana tu problém nevidí.`];
    case 'dotnet-answers-depends':
      return comparison.answer === 'trusted'
        ? [
            `${name}: kontrola to sama rozhodnout nemohla (${checker}) a .NET tu žádný problém nehlásí, takže počítač s routerem má vše, co potřebuje.`,
          ]
        : say`${name}: kontrola to sama rozhodnout nemohla (${checker}) a .NET hlásí ${flags(comparison)}, takže na počítači s routerem to neprojde.`;
    case 'differ':
      if (comparison.flaggedBy === 'checker')
        return [`${name}: tady se liší. Kontrola našla ${checker}, .NET ale žádný takový problém nehlásí.`];
      if (comparison.aspect === 'revocation')
        return say`${name}: tady se liší. .NET hlásí ${flags(comparison)}, kontrola ale odvolání vůbec neověřuje, protože se k seznamům odvolaných certifikátů nedostane. Odpověď zná jen počítač s routerem.`;
      if (comparison.aspect === 'unknown') return say`${name}: .NET hlásí ${flags(comparison)}, které kontrola nezná.`;
      return titles.length > 0
        ? say`${name}: tady se liší. .NET hlásí ${flags(comparison)}, víc, než našla kontrola (${checker}).`
        : say`${name}: tady se liší. .NET hlásí ${flags(comparison)}, kontrola ale nic takového nenašla.`;
  }
}

/** České texty oddílu o zprávě z .NET vložené do kontroly. */
export const dotnetCs: DotnetWords = {
  heading: 'Co hlásí .NET na počítači s routerem',
  details: 'Zpráva řádek po řádku',
  predicted: 'Kontrola předpokládá, že .NET ohlásí:',
  field: {
    url: 'Adresa URL',
    account: 'Účet',
    time: 'Čas',
    clr: 'Běhové prostředí .NET (CLR)',
    windows: 'Windows',
    protocols: 'Povolené protokoly (SecurityProtocol)',
    revocationCheck: 'Ověřuje se odvolání (CheckCertificateRevocationList)',
    sslPolicyErrors: 'SslPolicyErrors',
    chainStatus: 'Stav řetězce',
    element: (index) => `Článek řetězce ${index}${index === 0 ? ' (certifikát serveru)' : ''}`,
    thumbprint: 'Kryptografický otisk',
    status: 'Stav',
    statusInformation: 'Podrobnosti stavu',
    result: 'Výsledek',
    inner: 'Vnitřní výjimka',
    sent: 'Počet certifikátů, které poslal server',
  },
  yes: 'ano',
  no: 'ne',
  notReached: 'nedošlo na ně: .NET se ke kontrole certifikátu vůbec nedostal',
  unknownFlag: 'hodnota, kterou kontrola nezná',
  flag: {
    None: 'bez problému: .NET certifikát přijal',
    NoError: 'bez chyby',
    RemoteCertificateNotAvailable: 'server neposlal žádný certifikát',
    RemoteCertificateNameMismatch: 'server z adresy URL mezi názvy v certifikátu není',
    RemoteCertificateChainErrors: 'Windows našly chybu v řetězci certifikátů: podrobnosti ukazuje stav řetězce',
    NotTimeValid: 'je mimo dobu platnosti: vypršel, nebo ještě neplatí (případně jdou špatně hodiny)',
    NotTimeNested: 'jeho platnost přesahuje platnost vystavitele (dnes se už nekontroluje)',
    Revoked: 'certifikační autorita, která ho vydala, ho odvolala',
    NotSignatureValid: 'jeho podpis nejde ověřit',
    NotValidForUsage: 'není určený k tomuto použití (ověření serveru)',
    UntrustedRoot: 'řetězec končí kořenovou autoritou, které tento počítač nedůvěřuje',
    RevocationStatusUnknown: 'nepodařilo se zjistit, jestli nebyl odvolán',
    Cyclic: 'řetězec nejde sestavit: vystavitelé se točí v kruhu',
    InvalidExtension: 'některé rozšíření je neplatné',
    InvalidPolicyConstraints: 'nesplňuje omezení certifikačních zásad',
    InvalidBasicConstraints:
      'porušená základní omezení: vystavitel, který není certifikační autorita, nebo delší řetězec, než je dovoleno',
    InvalidNameConstraints: 'omezení názvů jsou neplatná',
    HasNotSupportedNameConstraint: 'omezení názvů takového druhu, jaký Windows nepodporují',
    HasNotDefinedNameConstraint: 'název druhu, o kterém omezení názvů certifikační autority nic neříkají',
    HasNotPermittedNameConstraint: 'název mimo to, co omezení názvů certifikační autority dovolují',
    HasExcludedNameConstraint: 'název, který omezení názvů certifikační autority vylučují',
    PartialChain: 'řetězec nejde sestavit až ke kořenové autoritě: chybí vydávající certifikát',
    CtlNotTimeValid: 'použitému seznamu důvěryhodných certifikátů (CTL) skončila platnost',
    CtlNotSignatureValid: 'použitý seznam důvěryhodných certifikátů (CTL) má neplatný podpis',
    CtlNotValidForUsage: 'použitý seznam důvěryhodných certifikátů (CTL) na toto použití neplatí',
    HasWeakSignature: 'je podepsaný slabou hashovací funkcí (MD2 nebo MD5)',
    OfflineRevocation: 'server s informacemi o odvolání (adresa CRL nebo OCSP) není dostupný',
    NoIssuanceChainPolicy: 'nemá certifikační zásadu, přestože ji nastavení vyžaduje',
    ExplicitDistrust:
      'výslovně nedůvěryhodný: je v úložišti Nedůvěryhodné certifikáty nebo na seznamu zakázaných od Microsoftu',
    HasNotSupportedCriticalExtension: 'má kritické rozšíření, které Windows nepodporují',
  },
  result: {
    accepted: 'TLS prošlo; na odpovědi HTTP u certifikátu nezáleží',
    TrustFailure: 'certifikát nebyl přijat',
    SecureChannelFailure: 'zabezpečené spojení TLS se nepodařilo navázat (verze protokolu nebo šifry)',
    SendFailure:
      'spojení se přerušilo při odesílání, často už při navazování TLS, když obě strany nemají společnou verzi protokolu',
    NameResolutionFailure: 'název serveru nejde přeložit (DNS)',
    ProxyNameResolutionFailure: 'název proxy serveru nejde přeložit',
    ConnectFailure: 'k serveru se nepodařilo připojit (zavřený port, firewall, nedostupný server)',
    ReceiveFailure: 'spojení se přerušilo při příjmu odpovědi',
    ConnectionClosed: 'server spojení předčasně ukončil',
    Timeout: 'odpověď nepřišla včas',
    ProtocolError: 'server odpověděl chybou HTTP; samotné TLS prošlo',
    PipelineFailure: 'selhal požadavek odeslaný v řetězení (pipelining)',
    RequestCanceled: 'požadavek byl zrušen',
    ServerProtocolViolation: 'odpověď serveru porušila pravidla HTTP',
    KeepAliveFailure: 'udržované spojení (keep-alive) bylo ukončeno',
    Pending: 'na odpověď se ještě čekalo',
    UnknownError: 'chyba neznámého druhu',
    MessageLengthLimitExceeded: 'odpověď byla delší, než je dovoleno',
    CacheEntryNotFound: 'v mezipaměti se nenašla',
    RequestProhibitedByCachePolicy: 'zásada mezipaměti požadavek nedovolila',
    RequestProhibitedByProxy: 'proxy server požadavek odmítl',
  },
  unknownResult: 'stav, který kontrola nezná',
  urlFromReport: ['Adresu URL jste nezadali, kontrola proto použila tu ze zprávy.'],
  otherHost: (reportHost, host) =>
    say`.NET se připojoval k ${code(reportHost)}, kontrola ale ověřovala ${code(host)}: porovnání názvu se tak týká dvou různých serverů.`,
  otherCertificate:
    'Kontrola posuzovala jiný certifikát, než jaký viděl .NET (kryptografické otisky se liší): porovnání níže proto nemusí platit.',
  incomplete: 'Zpráva končí předčasně (chybí její poslední řádek): něco z ní se mohlo ztratit.',
  capped: 'Zpráva je delší, než kolik kontrola přečte: zobrazuje se jen její začátek.',
  comparison: {
    heading: 'Kontrola a .NET v porovnání',
    aspect,
    overall: (overall, account) => {
      const who = account ? say` pod účtem ${code(account)}` : [];
      switch (overall.outcome) {
        case 'agree':
          return overall.dotnet === 'accepted'
            ? say`Obě strany se shodují: počítač s routerem tento certifikát přijímá${who}.`
            : ['Obě strany se shodují: počítač s routerem tento certifikát odmítá.'];
        case 'dotnet-answers-depends':
          return overall.answer === 'trusted'
            ? say`Kontrola odpověděla „jen pokud počítač s routerem důvěřuje vaší kořenové autoritě“. .NET na tom počítači certifikát přijal${who}, takže to potřebné tam nainstalované je.`
            : [
                'Kontrola odpověděla „jen pokud počítač s routerem důvěřuje vaší kořenové autoritě“. .NET na tom počítači certifikát odmítl: kořenová autorita nebo vydávající certifikát tam chybí.',
              ];
        case 'differ':
          return overall.flaggedBy === 'checker'
            ? say`Tady se liší: podle kontroly router certifikát odmítne, .NET na počítači s routerem ho ale přijal${who}.`
            : [
                `Tady se liší: podle kontroly ${overall.checker === true ? 'router certifikát přijme' : 'certifikát projde, jakmile bude kořenová autorita důvěryhodná'}, .NET na počítači s routerem ho ale odmítl.`,
              ];
      }
    },
    aspectSentence,
    notComparable: (reason, sentCount) => {
      switch (reason) {
        case 'not-reached':
          return ['.NET se ke kontrole certifikátu vůbec nedostal (viz výsledek), není tedy co porovnávat.'];
        case 'incomplete':
          return ['Zpráva končí před řádkem SslPolicyErrors, není tedy co porovnávat: vložte ji celou.'];
        case 'no-certificates':
          return [
            `Podle zprávy poslal server ${sentCount === null ? 'certifikáty' : certificates(sentCount)}, v tom, co jste vložili, ale žádný z nich není: vložte zprávu až po její poslední řádek.`,
          ];
      }
    },
  },
};

/** `1 certifikát`, `2 certifikáty`, `5 certifikátů`. */
function certificates(count: number): string {
  const form = count === 1 ? 'certifikát' : count >= 2 && count <= 4 ? 'certifikáty' : 'certifikátů';
  return `${count} ${form}`;
}
