import { czechPlural, listParam, numberParam, param } from '../format.ts';
import type { CliStrings, Params } from './types.ts';

const where = (params: Params) => {
  const block = param(params, 'block');
  const line = param(params, 'line');
  return block ? `Blok ${block}${line ? ` (řádek ${line})` : ''}` : 'Vstup';
};

const malformedReasons: Record<string, string> = {
  base64: 'text v Base64 je poškozený',
  'no-end-line': 'chybí řádek END',
  'empty-pkcs7': 'balíček PKCS#7 neobsahuje žádný certifikát',
  'public-key': 'je to veřejný klíč, ne certifikát',
  'internal-error': 'selhala sama kontrola (nahlaste nám to prosím)',
};

/** „před 1 dnem“, „před 5 dny“ */
const daysAgo = (count: number) => `před ${count} ${count === 1 ? 'dnem' : 'dny'}`;
/** „za 1 den“, „za 3 dny“, „za 12 dní“ */
const inDays = (count: number) => `za ${count} ${czechPlural(count, 'den', 'dny', 'dní')}`;
/** „dvakrát“ reads better than „2krát“ for the usual counts. */
const times = (count: number) =>
  (({ 2: 'dvakrát', 3: 'třikrát', 4: 'čtyřikrát' }) as Record<number, string>)[count] ?? `${count}krát`;

/** České texty CLI trustcheck. */
export const cs: CliStrings = {
  usage: `Použití: trustcheck --url URL [SOUBOR ...]
         trustcheck --connect SERVER[:PORT] [--url URL]

Zkontroluje certifikát (nebo celý řetězec) stejně, jako ho ověří .NET v E-mail Routeru
pro Dynamics CRM, a to proti adrese URL, kterou router používá. Čte SOUBORY ve formátu PEM,
DER, Base64 nebo PKCS#7 (.p7b), a když žádný nezadáte, standardní vstup. Nic se nikam
neodesílá; jen --connect se připojí k serveru, který uvedete.

Volby:
  --url URL               adresa Exchange z nastavení routeru
  --connect SERVER[:PORT] stáhne řetězec, který server předkládá (výchozí port 443)
  --lang cs|en            jazyk výpisu (výchozí podle LC_ALL / LANG)
  --json                  vypíše výsledek jako JSON
  -h, --help              zobrazí tuto nápovědu

Návratový kód: 0 router certifikát přijme, 1 nepřijme (nebo to záleží na okolnostech),
2 chybné volby nebo vstup.
`,
  usageError: (error) => {
    switch (error.kind) {
      case 'unknown-option':
        return `Neznámá volba ${error.option}.`;
      case 'missing-value':
        return `Volba ${error.option} potřebuje hodnotu.`;
      case 'bad-lang':
        return `Neznámý jazyk „${error.value}“: použijte cs, nebo en.`;
      case 'missing-url':
        return 'Uveďte adresu, kterou router používá: --url https://mail.contoso.com/EWS/Exchange.asmx (nebo použijte --connect).';
      case 'bad-connect':
        return `„${error.value}“ není SERVER ani SERVER:PORT.`;
      case 'connect-with-files':
        return '--connect kontroluje to, co předkládá server: soubory k němu neuvádějte.';
    }
  },
  cannotRead: (file, reason) => `Soubor ${file} nelze přečíst: ${reason}`,
  connectFailed: (target, reason) => `Řetězec certifikátů ze serveru ${target} se nepodařilo získat: ${reason}`,
  linksUnavailable: (reason) => `(Odkazy na články nejsou k dispozici: ${reason})`,
  verdict: {
    accepts: 'Router tento certifikát přijme.',
    rejects: 'Router tento certifikát NEPŘIJME.',
    depends:
      'Router certifikát přijme, až když na jeho počítači bude nainstalovaný chybějící kořenový nebo zprostředkující certifikát.',
    nothing: 'Není co posoudit: nepodařilo se přečíst žádný certifikát.',
  },
  expectedFlags: 'Očekávané SslPolicyErrors',
  heading: {
    host: 'Server',
    noHost: '(neplatný název serveru)',
    presentedBy: (target) => `Řetězec předložený serverem ${target}`,
    certificates: 'Certifikáty (první je certifikát serveru)',
    findings: 'Zjištění',
    noFindings: 'Nic ke zjištění.',
  },
  field: {
    issuer: 'Vystavitel',
    validity: 'Platnost',
    dnsNames: 'Názvy DNS',
    ipAddresses: 'Adresy IP',
    key: 'Klíč',
    thumbprint: 'Kryptografický otisk',
    source: 'Nalezen v',
    selfSigned: 'podepsaný svým držitelem',
    ca: 'certifikační autorita',
  },
  keyDescription: (algorithm, bits, curve) => [algorithm, curve, bits ? `${bits} bitů` : ''].filter(Boolean).join(' '),
  source: (format, block, line, position) => {
    const kind =
      { pem: 'bloku PEM', der: 'objektu DER', base64: 'bloku Base64', pkcs7: 'balíčku PKCS#7' }[format] ?? format;
    return `${kind} ${block}${line ? `, řádek ${line}` : ''}${position ? `, certifikát ${position}` : ''}`;
  },
  certificateLabel: (number) => `č. ${number}`,
  severity: { error: 'CHYBA', warning: 'VAROVÁNÍ', info: 'INFO' },
  moreAt: 'Více',
  findings: {
    'input.empty': () => 'Nebylo zadáno nic: vstup je prázdný.',
    'input.unrecognized': (p) =>
      param(p, 'block')
        ? `${where(p)}${param(p, 'label') ? ` (${param(p, 'label')})` : ''} není certifikát.`
        : 'Ve vstupu není žádný certifikát.',
    'input.malformed': (p) =>
      `${where(p)} nelze přečíst jako certifikát: ${malformedReasons[param(p, 'reason')] ?? 'nejde o platný certifikát'}.`,
    'input.too-large': (p) => {
      const reason = param(p, 'reason');
      if (reason === 'bytes') return 'Vstup je větší než 1 MiB. Vložte jen certifikáty.';
      if (reason === 'blocks' || reason === 'certificates')
        return `Vstup má víc než ${param(p, 'limit')} bloků nebo certifikátů. Vložte jen řetězec certifikátů serveru.`;
      return `${where(p)} je příliš hluboko vnořený nebo příliš složitý, než aby šlo o certifikát.`;
    },
    'input.private-key': (p) =>
      `${where(p)} je soukromý klíč. Nikam se neuložil ani neodeslal, ale soukromý klíč se nemá nikam vkládat: smažte ho tam, kam jste ho vložili, a soubor s klíčem dobře uschovejte.`,
    'input.csr': (p) =>
      `${where(p)} je žádost o certifikát (CSR), ne certifikát. Pošlete ji certifikační autoritě a zkontrolujte certifikát, který vydá.`,
    'input.pkcs12': () =>
      'Jde o soubor PFX (PKCS#12): je chráněný heslem a obsahuje soukromý klíč. Vyexportujte certifikát bez klíče (.cer, Base64) a zkontrolujte ten.',
    'url.invalid': () =>
      'Adresu URL nelze přečíst. Zadejte ji tak, jak ji má router v nastavení, např. https://mail.contoso.com/EWS/Exchange.asmx.',
    'url.not-https': (p) =>
      `Adresa používá ${param(p, 'scheme')}://, ne https://: bez TLS se žádný certifikát nekontroluje.`,
    'name.match': (p) => `Certifikát je vystavený pro ${param(p, 'host')} (uvádí ${param(p, 'name')}).`,
    'name.mismatch': (p) => {
      const names = [...listParam(p, 'dnsNames'), ...listParam(p, 'ipAddresses')];
      const named =
        names.length > 0 ? names.join(', ') : `žádné alternativní názvy, jen CN=${param(p, 'commonName') || '(žádné)'}`;
      return `Název ${param(p, 'host')} na certifikátu není; certifikát uvádí: ${named}. Router ohlásí RemoteCertificateNameMismatch.`;
    },
    'name.legacy-only': (p) =>
      param(p, 'rule') === 'partial-wildcard'
        ? `Název ${param(p, 'host')} odpovídá jen částečnému zástupnému znaku ${param(p, 'name')}. Windows to přijmou, prohlížeče a moderní klienti ne.`
        : `Název ${param(p, 'host')} se shoduje jen s CN předmětu (${param(p, 'name')}), protože certifikát nemá rozšíření Subject Alternative Name. Windows to zatím přijímají, prohlížeče a moderní klienti ne.`,
    'trust.self-signed': () =>
      'Certifikát je podepsaný svým držitelem: neručí za něj žádná certifikační autorita, a router mu proto nedůvěřuje (RemoteCertificateChainErrors).',
    'trust.private-root': (p) =>
      `Řetězec končí u neveřejné kořenové autority ${param(p, 'root')}. Router certifikát přijme, jen když je tato autorita na jeho počítači v úložišti Místní počítač > Důvěryhodné kořenové certifikační autority.`,
    'trust.public-root': (p) =>
      p?.pasted === false
        ? `Řetězec vydala veřejná kořenová autorita ${param(p, 'root')}, které Windows důvěřují. (Její certifikát nebyl vložen, a její podpis tu proto nešlo ověřit.)`
        : `Řetězec končí u veřejné kořenové autority ${param(p, 'root')}, které Windows důvěřují.`,
    'chain.incomplete': (p, c) =>
      `Vystavitel certifikátu ${c.certificate} (${param(p, 'issuer')}) mezi zadanými certifikáty chybí a není ani veřejnou kořenovou autoritou. Počítač s routerem ho potřebuje mít nainstalovaný (i s jeho kořenovou autoritou), nebo ho musí posílat server.`,
    'chain.bad-signature': (p, c) =>
      `Podpis certifikátu ${c.certificate} nejde ověřit klíčem certifikátu ${c.certificateLabel(numberParam(p, 'issuer'))}: certifikát byl pozměněn, nebo ho vydala jiná autorita.`,
    'chain.issuer-not-ca': (p, c) => {
      const reason =
        {
          'not-a-ca': 'Basic Constraints uvádí CA:FALSE',
          'no-basic-constraints': 'chybí mu rozšíření Basic Constraints',
          'key-usage': 'jeho použití klíče nedovoluje podepisovat certifikáty',
        }[param(p, 'reason')] ?? 'nesmí vydávat certifikáty';
      return `Certifikát ${c.certificate} vydal certifikát ${c.certificateLabel(numberParam(p, 'issued'))}, ale není certifikační autoritou: ${reason}.`;
    },
    'chain.order': () =>
      'Certifikáty nebyly vloženy v pořadí řetězce (nejdřív certifikát serveru, pak jeho vystavitelé). Tady to nevadí, server je ale musí posílat ve správném pořadí.',
    'chain.duplicate': (p, c) => `Certifikát ${c.certificate} byl vložen ${times(numberParam(p, 'copies'))}.`,
    'chain.unrelated': (_p, c) => `Certifikát ${c.certificate} do řetězce certifikátu serveru nepatří.`,
    'time.expired': (p, c) =>
      `Platnost certifikátu ${c.certificate} skončila ${c.date(param(p, 'notAfter'))} (${daysAgo(numberParam(p, 'days'))}).`,
    'time.not-yet-valid': (p, c) =>
      `Certifikát ${c.certificate} platí až od ${c.date(param(p, 'notBefore'))}. Zkontrolujte také hodiny na počítači s routerem.`,
    'time.expiring-soon': (p, c) =>
      `Platnost certifikátu ${c.certificate} skončí ${c.date(param(p, 'notAfter'))}, tedy ${inDays(numberParam(p, 'days'))}.`,
    'usage.no-server-auth': (p, c) =>
      `Certifikát ${c.certificate} nesmí používat server TLS: jeho rozšířené použití klíče je ${listParam(p, 'usages').join(', ')}, bez Ověření serveru (Server Authentication).`,
    'usage.leaf-is-ca': () =>
      'Certifikát serveru je označený jako certifikační autorita (CA:TRUE). Vyžádejte si běžný serverový certifikát.',
    'crypto.weak-key': (p, c) =>
      `Certifikát ${c.certificate} má klíč RSA o délce jen ${param(p, 'bits')} bitů. Používejte alespoň 2048 bitů.`,
    'crypto.weak-signature': (p, c) =>
      `Certifikát ${c.certificate} je podepsaný algoritmem ${param(p, 'hash')} (${param(p, 'algorithm')}), který se už nepovažuje za bezpečný.`,
  },
};
