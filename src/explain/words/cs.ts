import type { FindingParams, InputPlace, IssuerProblem, MalformedReason, UrlProblem } from '../../checker/index.ts';
import { cert, code, codeList, say, type Piece } from '../pieces.ts';
import { dotnetCs } from './dotnet-cs.ts';
import { longDate } from './long-date.ts';
import type { CheckerWords } from './types.ts';

/** „Blok 2 (řádek 31)“, nebo „Vstup“. */
const where = ({ block, line }: Partial<InputPlace>): string => {
  return block ? `Blok ${block}${line ? ` (řádek ${line})` : ''}` : 'Vstup';
};

const malformed: Record<MalformedReason, string> = {
  base64: 'text v Base64 je poškozený (nechybí nebo se nezměnil některý řádek?)',
  'no-end-line': 'chybí řádek -----END-----',
  'empty-pkcs7': 'balíček PKCS#7 neobsahuje žádný certifikát',
  'public-key': 'je to veřejný klíč, ne certifikát',
  'not-a-certificate': 'není to certifikát',
  'not-der': 'jeho bajty nejsou objekt DER',
  schema: 'nemá stavbu certifikátu X.509',
  extension: 'některé z jeho rozšíření je poškozené',
  'internal-error': 'selhala sama kontrola (dejte nám prosím vědět)',
};

const badUrl: Record<UrlProblem, string> = {
  empty: 'je prázdná',
  'too-long': 'je příliš dlouhá',
  syntax: 'nemá tvar adresy URL',
  'no-host': 'neuvádí žádný server',
  host: 'název serveru v ní není platný',
};

const notCa: Record<IssuerProblem, string> = {
  'not-a-ca': 'v Basic Constraints má CA:FALSE',
  'no-basic-constraints': 'nemá rozšíření Basic Constraints',
  'key-usage': 'použití klíče mu nedovoluje podepisovat certifikáty',
};

const plural = new Intl.PluralRules('cs');
/** 1 den, 2 dny, 5 dní: the form after „za“ and in counts. */
const days = (n: number) => `${n} ${({ one: 'den', few: 'dny' } as Record<string, string>)[plural.select(n)] ?? 'dní'}`;
/** před 1 dnem, před 5 dny. */
const daysAgo = (n: number) => `před ${n} ${n === 1 ? 'dnem' : 'dny'}`;
/** „dvakrát“ reads better than „2krát“ for the usual counts. */
const times = (n: number) =>
  (({ 2: 'dvakrát', 3: 'třikrát', 4: 'čtyřikrát' }) as Record<number, string>)[n] ?? `${n}krát`;
const date = longDate('cs-CZ');
/** "certifikát CA", "certifikáty CA", "certifikátů CA": the noun after a count. */
const caCount = (n: number) =>
  (({ one: 'certifikát CA', few: 'certifikáty CA' }) as Record<string, string>)[plural.select(n)] ?? 'certifikátů CA';

const nameForm: Record<FindingParams['chain.name-constraints']['form'], string> = {
  dns: 'Jeho název DNS',
  ip: 'Jeho adresa IP',
  dn: 'Jeho předmět',
};

const unusedIssuer = ({ reason, instead }: FindingParams['chain.unused-issuer']): Piece[] => {
  const used = instead === undefined ? [] : say` (${cert(instead)})`;
  switch (reason) {
    case 'public-root':
      return [
        'Nese název a klíč veřejné kořenové autority, podepsala ho ale jiná autorita (křížově podepsaná kopie). Windows místo něj použijí kořenovou autoritu z vlastního úložiště, takže tato kopie o výsledku nerozhoduje, i kdyby jí skončila platnost.',
      ];
    case 'self-signed-root':
      return say`Má stejný název a klíč jako kořenová autorita${used}, která se podepisuje sama. Windows řetězec ukončí u ní, takže tato kopie o výsledku nerozhoduje, i kdyby jí skončila platnost.`;
    case 'time-invalid':
      return say`Mohl vydat některý certifikát řetězce, jeho platnost ale skončila nebo ještě nezačala, a Windows proto sestaví řetězec přes platného vystavitele${used}.`;
    case 'bad-signature':
      return say`Má název vystavitele, jeho klíč ale neověří podpis certifikátu pod ním, a Windows proto sestaví řetězec přes jiného vystavitele${used}.`;
    case 'other-path':
      return say`Také by mohl vydat některý certifikát řetězce; Windows sestaví lepší cestu${instead === undefined ? [] : say` přes ${cert(instead)}`}.`;
  }
};
const names = (params: FindingParams['name.mismatch']): Piece[] => {
  const all = [...params.dnsNames, ...params.ipAddresses];
  if (all.length > 0) return say`certifikát uvádí jen ${codeList(all, 'a')}`;
  const cn = params.commonName;
  return cn
    ? say`certifikát nemá rozšíření Subject Alternative Name, jen běžný název (CN) ${code(cn)}`
    : ['certifikát neuvádí žádný název'];
};

/** České texty výsledků kontroly certifikátu. */
export const cs: CheckerWords = {
  verdict: {
    accept: { title: 'Router tento certifikát přijme', text: 'Windows řetězci důvěřují a název odpovídá adrese URL.' },
    reject: {
      title: 'Router tento certifikát odmítne',
      text: 'Test Access skončí chybou „Nelze navázat vztah důvěryhodnosti pro zabezpečený kanál SSL/TLS“.',
    },
    depends: {
      title: 'Router ho přijme, jen pokud důvěřuje vaší kořenové autoritě',
      text: 'Certifikát projde, až bude chybějící kořenový nebo zprostředkující certifikát v úložišti Místní počítač na počítači s routerem, nebo až ho bude posílat server. Do té doby ověření selže.',
    },
    nothing: {
      title: 'Není co kontrolovat',
      text: 'V tom, co jste zadali, není žádný certifikát: podrobnosti najdete níže.',
    },
  },
  dotnetFlags: '.NET hlásí:',
  dotnetNone: 'SslPolicyErrors.None',
  waiting: {
    url: 'Zadejte adresu URL, kterou router používá, a uvidíte, jestli tento certifikát přijme.',
    certificate: 'Vložte certifikát, přetáhněte sem jeho soubor nebo ho vyberte a uvidíte, jestli ho router přijme.',
  },
  severity: { error: 'Chyba', warning: 'Varování', info: 'Informace' },
  findings: {
    'input.empty': {
      title: 'Nic nevloženo',
      explain: () => [
        'Vložte certifikát, tedy text od -----BEGIN CERTIFICATE----- po -----END CERTIFICATE-----, nebo sem přetáhněte jeho soubor .cer.',
      ],
    },
    'input.unrecognized': {
      title: 'Není to certifikát',
      explain: ({ params: p }) =>
        p.block !== undefined
          ? say`${where(p)}${p.label ? say` (${code(p.label)})` : []} není certifikát.`
          : [
              'Žádný certifikát se nenašel. Vložte ho jako text PEM (-----BEGIN CERTIFICATE-----) nebo v Base64, případně přetáhněte soubor .cer, .crt, .pem, .der nebo .p7b.',
            ],
    },
    'input.malformed': {
      title: 'Poškozený certifikát',
      explain: ({ params: p }) => [`${where(p)} nejde přečíst jako certifikát: ${malformed[p.reason]}.`],
    },
    'input.too-large': {
      title: 'Příliš mnoho dat',
      explain: ({ params: p }) => {
        const reason = p.reason;
        if (reason === 'bytes') return ['Vstup je větší než 1 MiB. Vložte jen certifikáty.'];
        if (reason === 'blocks' || reason === 'certificates')
          return [`Bloků nebo certifikátů je víc než ${p.limit}. Vložte jen řetězec, který posílá server.`];
        return [`${where(p)} je příliš hluboko vnořený nebo příliš složitý, než aby šlo o certifikát.`];
      },
    },
    'input.private-key': {
      title: 'Soukromý klíč: uchovejte ho v tajnosti',
      explain: ({ params: p }) => [
        `${where(p)} je soukromý klíč. Tady se nezobrazuje a nic se neuložilo ani neodeslalo, soukromý klíč ale patří jen na svůj server: smažte ho z pole výše i odtud, odkud jste ho zkopírovali. Pokud putoval e-mailem nebo chatem, nechte certifikát vystavit znovu s novým klíčem.`,
      ],
    },
    'input.csr': {
      title: 'Žádost o certifikát, ne certifikát',
      explain: ({ params: p }) => [
        `${where(p)} je žádost o podepsání certifikátu (CSR). Pošlete ji certifikační autoritě a zkontrolujte až certifikát, který vydá.`,
      ],
    },
    'input.pkcs12': {
      title: 'Soubor PFX: zkontrolujte certifikát bez klíče',
      explain: () => [
        'Jde o soubor PFX (PKCS#12): je chráněný heslem a obsahuje soukromý klíč. Vyexportujte certifikát bez klíče (X.509, kódování Base-64, .cer) a zkontrolujte ten; soubor PFX si nechte pro sebe.',
      ],
    },
    'url.invalid': {
      title: 'Adresu URL nejde přečíst',
      explain: ({ params: p }) => [
        `Adresu URL nelze použít: ${badUrl[p.reason]}. Zadejte ji tak, jak ji má profil routeru, například https://mail.contoso.com/EWS/Exchange.asmx.`,
      ],
    },
    'url.not-https': {
      title: 'Adresa nezačíná https://',
      explain: ({ params: p }) =>
        say`Adresa URL začíná ${code(`${p.scheme}://`)}: nenaváže se žádné spojení TLS, a žádný certifikát se tedy vůbec nekontroluje. Adresa EWS v routeru obvykle začíná https://.`,
    },
    'name.match': {
      title: 'Název odpovídá',
      explain: ({ params: p }) => say`Certifikát uvádí název ${code(p.name)}, který pokrývá server ${code(p.host)}.`,
    },
    'name.mismatch': {
      title: 'Název serveru na certifikátu není',
      explain: ({ params: p }) => say`Router se připojuje k serveru ${code(p.host)}, ale ${names(p)}.`,
    },
    'name.legacy-only': {
      title: 'Název odpovídá jen podle starých pravidel Windows',
      explain: ({ params: p }) =>
        p.rule === 'partial-wildcard'
          ? say`Server ${code(p.host)} odpovídá jen částečnému zástupnému znaku ${code(p.name)}. Windows to přijmou, prohlížeče a novější klienti ne.`
          : say`Server ${code(p.host)} odpovídá jen běžnému názvu (CN) předmětu ${code(p.name)}, protože certifikát nemá rozšíření Subject Alternative Name. Windows to zatím přijímají, prohlížeče a novější klienti ne: při příštím obnovení nechte název doplnit do SAN.`,
    },
    'trust.self-signed': {
      title: 'Certifikát podepsaný svým držitelem',
      explain: () => [
        'Certifikát je podepsaný vlastním klíčem: neručí za něj žádná certifikační autorita, a počítač s routerem mu proto nedůvěřuje (nedůvěryhodný kořen, RemoteCertificateChainErrors).',
      ],
    },
    'trust.private-root': {
      title: 'Neveřejná kořenová autorita: počítač s routerem jí musí důvěřovat',
      explain: ({ params: p }) =>
        say`Řetězec končí u kořenové autority ${code(p.root)}, která není veřejná. Router certifikát přijme, jen pokud je tato autorita na počítači s routerem v úložišti Důvěryhodné kořenové certifikační autority (Místní počítač, ne úložiště uživatele).`,
    },
    'trust.public-root': {
      title: 'Vydán pod veřejnou kořenovou autoritou',
      explain: ({ params: p }) =>
        !p.pasted
          ? say`Řetězec vydala veřejná kořenová autorita ${code(p.root)}, které Windows důvěřují. Podpis byl ověřen klíčem této autority.`
          : say`Řetězec končí u ${code(p.root)}, veřejné kořenové autority, které Windows důvěřují.`,
    },
    'trust.windows-distrusted': {
      title: 'Windows už této kořenové autoritě u nových certifikátů nedůvěřují',
      explain: ({ params: p }) =>
        say`Řetězec končí u veřejné kořenové autority ${code(p.root)}. Certifikátům, které pod ní vznikly po ${date(p.notBefore)}, Windows přestaly důvěřovat (program důvěryhodných kořenových autorit Microsoftu), a certifikát serveru byl vydán ${date(p.issued)}. Prohlížeče se seznamem Mozilly ho možná přijmou, počítač s routerem s aktuálními aktualizacemi kořenových certifikátů ne. Pořiďte si certifikát od jiné certifikační autority.`,
    },
    'trust.public-root-unverified': {
      title: 'Veřejná kořenová autorita: podpis se nepodařilo ověřit',
      explain: ({ params: p }) =>
        say`Jako vystavitele uvádí veřejnou kořenovou autoritu ${code(p.root)}, její klíč se ale nepodařilo načíst, a podpis proto nebyl ověřen (chybí připojení?). Zkontrolujte certifikát znovu, až se klíč načte; do té doby se na tento výsledek nespoléhejte.`,
    },
    'chain.incomplete': {
      title: 'Chybí certifikát vystavitele',
      explain: ({ params: p }) =>
        p.caIssuers.length === 0
          ? say`Jeho vystavitel ${code(p.issuer)} mezi zadanými certifikáty není a není ani veřejnou kořenovou autoritou. Musí ho posílat server, nebo ho musí mít počítač s routerem nainstalovaný (i s jeho kořenovou autoritou).`
          : say`Jeho vystavitel ${code(p.issuer)} mezi zadanými certifikáty není a není ani veřejnou kořenovou autoritou. Certifikát uvádí, odkud ho stáhnout: ${codeList(p.caIssuers, 'nebo')}. Windows si ho odtud stáhnou, pokud se počítač s routerem na tuto adresu dostane (zastaví to proxy nebo zavřený firewall). Vyzkoušíte to na počítači s routerem příkazem ${code('certutil -urlfetch -verify server.cer')}, kde server.cer je uložený certifikát serveru. Spolehlivější je, aby ho posílal server, nebo ho nainstalovat (i s kořenovou autoritou) na počítač s routerem.`,
    },
    'chain.bad-signature': {
      title: 'Podpis nesedí',
      explain: ({ params: p, certificate: about }) =>
        'root' in p
          ? say`Podpis nejde ověřit klíčem veřejné kořenové autority ${code(p.root)}, kterou certifikát uvádí jako vystavitele: tato autorita ho nevydala. Windows ho odmítnou.`
          : p.issuer === about
            ? ['Podpis nejde ověřit jeho vlastním klíčem: certifikát byl pozměněn.']
            : say`Podpis nejde ověřit klíčem certifikátu ${cert(p.issuer)}: certifikát byl pozměněn, nebo ho vydala jiná autorita.`,
    },
    'chain.signature-unchecked': {
      title: 'Podpis, který kontrola neumí ověřit',
      explain: ({ params: p }) =>
        say`Je podepsaný algoritmem ${code(p.algorithm)}, který tu kontrola neumí spočítat, a nemohla proto ověřit, jestli ho opravdu podepsal ${'root' in p ? say`veřejná kořenová autorita ${code(p.root)}` : cert(p.issuer)}. Windows podpis ověřují; dokud ho neověříte jinde, na tento výsledek se nespoléhejte. Na počítači s routerem to zjistíte příkazem ${code('certutil -verify server.cer')}.`,
    },
    'chain.issuer-not-ca': {
      title: 'Vystavitel není certifikační autorita',
      explain: ({ params: p }) =>
        say`Vydal certifikát ${cert(p.issued)}, certifikáty ale vydávat nesmí: ${notCa[p.reason]}.`,
    },
    'chain.path-length': {
      title: 'Překročené omezení délky cesty',
      explain: ({ params: p }) =>
        say`Tato certifikační autorita dovoluje pod sebou nejvýš ${code(p.limit)} ${caCount(p.limit)} (pathLenConstraint), řetězec jich ale má ${code(p.below)}. Windows řetězec odmítnou (CERT_TRUST_INVALID_BASIC_CONSTRAINTS).`,
    },
    'chain.name-constraints': {
      title: 'Název, který vydávající CA nesmí certifikovat',
      explain: ({ params: p }) =>
        say`${nameForm[p.form]} ${code(p.name)} ${p.rule === 'excluded' ? 'patří do oboru názvů, který omezení názvů (name constraints) certifikátu' : 'leží mimo všechny obory názvů, které omezení názvů (name constraints) certifikátu'} ${cert(p.ca)} ${p.rule === 'excluded' ? 'vylučují' : 'povolují'}. Windows řetězec odmítnou (CERT_TRUST_HAS_${p.rule === 'excluded' ? 'EXCLUDED' : 'NOT_PERMITTED'}_NAME_CONSTRAINT). Nechte certifikát vystavit certifikační autoritou, která tento název certifikovat smí, nebo ať správce CA její omezení upraví.`,
    },
    'chain.unused-issuer': {
      title: 'Vynechán z řetězce',
      explain: ({ params: p }) => unusedIssuer(p),
    },
    'chain.order': {
      title: 'Vloženo v nesprávném pořadí',
      explain: () => [
        'Certifikáty nebyly v pořadí řetězce (nejdřív certifikát serveru, pak postupně jeho vystavitelé). Kontrola si je seřadila, server by je ale měl posílat ve správném pořadí.',
      ],
    },
    'chain.duplicate': {
      title: 'Vloženo víckrát',
      explain: ({ params: p }) => [`Byl vložen ${times(p.copies)} (bloky ${p.blocks.join(', ')}); stačí jednou.`],
    },
    'chain.unrelated': {
      title: 'Nepatří do řetězce',
      explain: () => [
        'Do řetězce certifikátu serveru nepatří. Router ho vůbec neuvidí; zkontrolujte, jestli jste vyexportovali ten správný certifikát.',
      ],
    },
    'time.expired': {
      title: 'Platnost skončila',
      explain: ({ params: p }) => [`Platnost skončila ${date(p.notAfter)}, tedy ${daysAgo(p.days)}.`],
    },
    'time.not-yet-valid': {
      title: 'Ještě neplatí',
      explain: ({ params: p }) => [
        `Platí až od ${date(p.notBefore)}. Pokud to datum už nastalo, jdou špatně hodiny tohoto počítače nebo počítače s routerem.`,
      ],
    },
    'time.expiring-soon': {
      title: 'Brzy vyprší',
      explain: ({ params: p }) => [
        `Platnost skončí ${date(p.notAfter)}, tedy za ${days(p.days)}. Obnovte certifikát včas.`,
      ],
    },
    'usage.no-server-auth': {
      title: 'Nesmí sloužit serveru TLS',
      explain: ({ params: p }) =>
        say`Rozšířené použití klíče dovoluje jen ${codeList(p.usages, 'a')}, ne Ověření serveru (Server Authentication), a Windows ho proto pro HTTPS odmítnou.`,
    },
    'usage.leaf-is-ca': {
      title: 'Certifikát serveru je označený jako CA',
      explain: () => [
        'Certifikát serveru uvádí CA:TRUE. Windows ho sice přijmou, je ale vystavený chybně: vyžádejte si běžný serverový certifikát.',
      ],
    },
    'usage.unknown-critical-extension': {
      title: 'Kritické rozšíření, které Windows neznají',
      explain: ({ params: p }) =>
        say`Má ${p.oids.length === 1 ? 'kritické rozšíření' : 'kritická rozšíření'}, která Windows nezpracovávají: ${codeList(p.oids, 'a')}. Certifikát s kritickým rozšířením, kterému nerozumějí, Windows odmítnou (CERT_TRUST_HAS_NOT_SUPPORTED_CRITICAL_EXT, v .NET HasNotSupportedCriticalExtension). Vystavitel ho musí vydat znovu bez tohoto rozšíření, nebo s rozšířením, které není označené jako kritické.`,
    },
    'crypto.weak-key': {
      title: 'Slabý klíč',
      explain: ({ params: p }) => [`Jeho klíč RSA má jen ${p.bits} bitů. Používejte alespoň 2048 bitů.`],
    },
    'crypto.weak-signature': {
      title: 'Slabý podpis',
      explain: ({ params: p }) =>
        say`Je podepsaný algoritmem ${code(p.hash)} (${code(p.algorithm)}), který se už nepovažuje za bezpečný.`,
    },
  },
  readMore: { problem: 'Příčina a řešení:', note: 'Vysvětlení:' },
  headings: { findings: 'Zjištění', certificates: 'Certifikáty', chain: 'Řetězec důvěry' },
  checkedFor: (host, when) => say`Zkontrolováno pro server ${code(host)} dne ${when}.`,
  role: {
    leaf: 'Certifikát serveru',
    intermediate: 'Vydávající CA',
    root: 'Kořenová autorita',
    unrelated: 'Mimo řetězec',
  },
  certificateNumber: (number) => `Certifikát č. ${number}`,
  field: {
    subject: 'Předmět',
    issuer: 'Vystavitel',
    names: 'Názvy (Subject Alternative Name)',
    noNames: 'žádné',
    commonName: 'Běžný název (CN)',
    hostBeside: 'Server v adrese URL:',
    matched: 'odpovídá',
    validity: 'Platnost',
    key: 'Veřejný klíč',
    signature: 'Algoritmus podpisu',
    serial: 'Sériové číslo',
    sha1: 'Kryptografický otisk (SHA-1)',
    sha256: 'Otisk SHA-256',
    usages: 'Rozšířené použití klíče',
    anyUsage: 'jakékoli (rozšíření chybí)',
    ca: 'Certifikační autorita',
    source: 'Nalezen v',
    selfSigned: 'podepsaný svým držitelem',
  },
  validity: {
    expiresIn: (n) => `vyprší za ${days(n)}`,
    expiredAgo: (n) => `platnost skončila ${daysAgo(n)}`,
    validIn: (n) => `začne platit za ${days(n)}`,
    today: 'vyprší dnes',
  },
  keyDescription: (algorithm, bits, curve) => [algorithm, curve, bits ? `${bits} bitů` : ''].filter(Boolean).join(' '),
  source: (format, block, line, position) => {
    const kind =
      { pem: 'bloku PEM', der: 'souboru DER', base64: 'bloku Base64', pkcs7: 'balíčku PKCS#7' }[format] ?? format;
    return `${kind} ${block}${line ? `, řádek ${line}` : ''}${position ? `, certifikát ${position}` : ''}`;
  },
  chain: {
    label: 'Od certifikátu serveru ke kořenové autoritě',
    signedBy: 'jeho vystavitel:',
    breaks: 'Tady se řetězec přerušuje',
    missingIssuer: (issuer) => say`Chybí: ${code(issuer)}`,
    publicRoot: (root) => say`${code(root)} (nevložen)`,
    status: {
      publicRoot: 'veřejná kořenová autorita, Windows jí důvěřují',
      privateRoot: 'neveřejná kořenová autorita: počítač s routerem jí musí důvěřovat',
      selfSigned: 'podepsaný svým držitelem: nikdo za něj neručí',
      badSignature: 'podpis nesedí',
      expired: 'platnost skončila',
      notYetValid: 'ještě neplatí',
      notCa: 'není certifikační autorita',
      pathLength: 'překročená délka cesty',
      unknownExtension: 'neznámé kritické rozšíření',
      nameConstraints: 'název, který CA nesmí certifikovat',
    },
    unrelated: 'Vloženo navíc, mimo řetězec:',
  },
  copy: {
    button: 'Kopírovat',
    fingerprint: (name) => `Kopírovat: ${name}`,
    copied: 'Zkopírováno',
    failed: 'Označte text a zkopírujte ho ručně',
  },
  report: {
    copyText: 'Kopírovat zprávu',
    copyMarkdown: 'Kopírovat jako Markdown',
    copied: 'Zpráva je zkopírovaná',
    title: 'Kontrola certifikátu trustkb',
    url: 'Adresa URL',
    host: 'Server',
    checked: 'Zkontrolováno',
    verdict: 'Výsledek',
    more: 'Více',
  },
  date,
  dotnet: dotnetCs,
};
