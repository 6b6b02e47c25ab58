import type { UiStrings } from './types.ts';

/** České texty rozhraní. Klíče musí odpovídat anglické tabulce (hlídá to unit test). */
export const cs = {
  site: {
    name: 'trustkb',
    tagline: 'Řešení chyb důvěryhodnosti TLS ve Windows a .NET',
    description:
      'Články o chybách důvěryhodnosti SSL/TLS, na které narážejí správci Windows a .NET, a kontrola certifikátu přímo v prohlížeči.',
  },
  nav: {
    skip: 'Přejít na obsah',
    main: 'Hlavní',
    home: 'Úvod',
    articles: 'Články',
    checker: 'Kontrola certifikátu',
    breadcrumb: 'Drobečková navigace',
  },
  language: {
    label: 'Jazyk',
    switchTo: 'English',
    switchToHint: 'Tato stránka v angličtině',
    cs: 'Čeština',
    en: 'English',
  },
  theme: {
    toggle: 'Tmavý režim',
  },
  home: {
    title: 'Chyby důvěryhodnosti TLS: příčiny a řešení',
    intro:
      'Vložte chybu, kterou hlásí váš server, nebo si certifikát zkontrolujte sami. Každý článek vede od příznaku přes příčinu k řešení, česky i anglicky.',
    listTitle: 'Články',
    articleCount_one: '{{count}} článek',
    articleCount_few: '{{count}} články',
    articleCount_other: '{{count}} článků',
    errorLabel: 'Chybová zpráva',
    productsLabel: 'Týká se',
    byErrorTitle: 'Podle chyby, kterou vidíte',
    byProductTitle: 'Podle produktu',
    symptom: {
      trust: 'Nelze navázat vztah důvěryhodnosti pro zabezpečený kanál SSL/TLS',
      'secure-channel': 'Nelze vytvořit zabezpečený kanál SSL/TLS',
      unauthorized: 'Vzdálený server vrátil chybu (401) – neoprávněný přístup',
    },
    symptomHint: 'Za stejnou zprávou v Test Access může stát kterákoli z těchto příčin:',
    checkerTitle: 'Kontrola certifikátu',
    checkerText:
      'Vložte certifikát, který server předkládá, a adresu URL, na kterou se připojujete: kontrola řekne, co .NET odmítne a proč. Nic neopustí váš prohlížeč.',
  },
  article: {
    appliesTo: 'Týká se',
    reviewed: 'Zkontrolováno',
    originalKb: 'Původní článek Microsoftu',
    toc: 'Na této stránce',
    symptom: 'Příznaky',
    causes: 'Příčiny',
    resolutions: 'Řešení',
    fixes: 'Řeší',
    references: 'Zdroje',
    related: 'Související články',
    linkToSection: 'Odkaz na tento oddíl',
    messagesTitle: 'Všechna znění této chyby',
    messagesIntro: 'Podle programu, jazyka Windows a verze .NET se stejná chyba hlásí těmito slovy:',
    identifiers: 'Stavové názvy z .NET a Exchange, které ji provázejí:',
    checkTitle: 'Zkontrolujte svůj certifikát',
    checkText:
      'Vložte certifikát serveru a adresu URL z profilu routeru: kontrola řekne, zda mu .NET bude důvěřovat a která z příčin platí. Běží ve vašem prohlížeči, nic se nikam neodesílá.',
    checkAction: 'Otevřít kontrolu certifikátu',
    note: 'Poznámka',
    warning: 'Upozornění',
  },
  messageSource: {
    router: 'E-mail Router, Test Access',
    'dotnet-framework': '.NET Framework',
    dotnet: '.NET 5 a novější',
    'dotnet-status': 'Stavový kód .NET',
    exchange: 'Exchange',
    crm: 'Dynamics CRM',
  },
  messageLanguage: {
    cs: 'česky',
    en: 'anglicky',
    de: 'německy',
  },
  command: {
    copy: 'Kopírovat',
    copied: 'Zkopírováno',
    copyFailed: 'Označte text a zkopírujte ho ručně',
    shell: {
      powershell: 'PowerShell',
      cmd: 'Příkazový řádek',
      bash: 'Shell',
    },
  },
  search: {
    label: 'Hledat ve znalostní bázi',
    placeholder: 'Vložte chybovou zprávu…',
    submit: 'Hledat',
    shortcut: 'Zkratka: / nebo Ctrl+K',
    resultsLabel: 'Výsledky hledání',
    resultCount_one: '{{count}} výsledek',
    resultCount_few: '{{count}} výsledky',
    resultCount_other: '{{count}} výsledků',
    noResults: 'Nic nenalezeno.',
    noResultsHint:
      'Zkuste podstatnou část zprávy, třeba „Nelze navázat vztah důvěryhodnosti“, nebo název z .NET, například RemoteCertificateNameMismatch.',
    articlesLink: 'Projít všechny články',
    showAll: 'Zobrazit všechny výsledky',
    correctedTo: 'Na slova tak, jak jsou napsaná, nic nesedí; zobrazuji výsledky pro „{query}“.',
    failed: 'Vyhledávání se nepodařilo načíst. Obnovte stránku a zkuste to znovu.',
    searching: 'Hledám…',
    inSection: 'Oddíl: ',
    pageTitle: 'Hledání',
    pageDescription:
      'Hledejte v článcích trustkb podle chybové zprávy, kterou vidíte, česky i anglicky, celou nebo jen její část.',
    pageLabel: 'Chybová zpráva, výpis z protokolu nebo hledaná slova',
    pageHint:
      'Vložte celou zprávu nebo výpis z protokolu: časové údaje, výpisy zásobníku a kódy se při hledání vynechají.',
    noScript: 'Vyhledávání potřebuje JavaScript. Níže najdete všechny články.',
    allArticles: 'Všechny články',
    homeTitle: 'Hledat podle chybové zprávy',
  },
  checker: {
    title: 'Kontrola certifikátu',
    description:
      'Ověřte certifikát Exchange nebo IIS proti adrese URL, kterou používá E-mail Router: co .NET odmítne a proč, celé ve vašem prohlížeči.',
    intro:
      'Vložte certifikát, který předkládá server Exchange (nebo sem přetáhněte jeho soubor), a zadejte adresu URL z profilu routeru. Kontrola vám řekne, jestli mu router bude důvěřovat, co přesně je špatně a který článek popisuje nápravu.',
    certificateLabel: 'Certifikát nebo celý řetězec',
    certificateHint:
      'Text PEM od -----BEGIN CERTIFICATE----- po -----END-----, Base64, celý výpis příkazu openssl s_client -showcerts nebo celou zprávu trustkb .NET TLS report z počítače s routerem.',
    fileButton: 'Vybrat soubor…',
    fileHint: 'nebo přetáhněte soubor .cer, .crt, .pem, .der či .p7b kamkoli do kontroly.',
    urlLabel: 'Adresa URL, kterou router používá',
    urlHint:
      'Pole Server v příchozím profilu routeru; stačí i samotný název serveru. Když vložíte zprávu .NET TLS report, může zůstat prázdné.',
    check: 'Zkontrolovat',
    clear: 'Vymazat',
    examplesLabel: 'Nemáte certifikát po ruce? Vyzkoušejte příklad:',
    exampleSelfSigned: 'Podepsaný svým držitelem',
    exampleMismatch: 'Nesouhlasí název',
    exampleInternalCa: 'Řetězec interní CA',
    privacy: 'Všechno probíhá ve vašem prohlížeči: nic z toho, co vložíte, se nikam nenahrává, neukládá ani neodesílá.',
    loadFailed: 'Kontrolu se nepodařilo načíst. Obnovte stránku a zkuste to znovu.',
    noScript:
      'Kontrola potřebuje JavaScript, který má tento prohlížeč vypnutý. Tytéž údaje ze souboru certifikátu vám ručně ukážou příkazy níže.',
    noScriptArticle: 'Kontrola potřebuje JavaScript, který má tento prohlížeč vypnutý.',
    manualLink: 'Jak certifikát přečíst ručně',
    results: 'Výsledek kontroly',
    manualTitle: 'Jak certifikát přečíst ručně',
    opensslLabel: 'Na libovolném počítači s OpenSSL: názvy, vystavitel a data platnosti',
    opensslTextLabel: 'OpenSSL: všechno, co certifikát obsahuje, včetně klíče a algoritmu podpisu',
    certutilLabel: 'Windows: celý řetězec včetně důvodu, proč selhává',
    certutilDumpLabel: 'Windows: všechna pole souboru s certifikátem včetně otisku a názvů',
    powershellLabel: 'Windows PowerShell: certifikáty v úložišti počítače',
  },
  notFound: {
    title: 'Stránka nenalezena',
    text: 'Na této adrese žádná stránka není. Zkuste úvodní stránku nebo seznam článků.',
    home: 'Přejít na úvodní stránku',
  },
  footer: {
    about:
      'trustkb je nezávislá znalostní báze. Microsoft, Windows, Exchange a Dynamics jsou ochranné známky společnosti Microsoft.',
    privacy: 'Žádné cookies, žádné sledování, žádné požadavky na jiné weby.',
  },
  languagePicker: {
    title: 'Vyberte jazyk',
    text: 'Znalostní báze trustkb je česky i anglicky.',
  },
} as const satisfies UiStrings;
