/** English UI strings. Czech has the same keys (a unit test compares them). */
export const en = {
  site: {
    name: 'trustkb',
    tagline: 'Fixes for TLS trust errors in Windows and .NET',
    description:
      'Troubleshooting articles for SSL/TLS trust failures that Windows and .NET administrators meet, with a certificate checker that runs in your browser.',
  },
  nav: {
    skip: 'Skip to content',
    main: 'Main',
    home: 'Home',
    articles: 'Articles',
    checker: 'Certificate checker',
    breadcrumb: 'Breadcrumb',
  },
  language: {
    label: 'Language',
    switchTo: 'Česky',
    switchToHint: 'Read this page in Czech',
    cs: 'Čeština',
    en: 'English',
  },
  theme: {
    toggle: 'Dark mode',
  },
  home: {
    title: 'TLS trust errors, explained and fixed',
    intro:
      'Paste the error your server shows, or check the certificate yourself. Each article goes from the symptom to the cause to the fix, in Czech and in English.',
    listTitle: 'Articles',
    articleCount_one: '{{count}} article',
    articleCount_other: '{{count}} articles',
    errorLabel: 'Error message',
    productsLabel: 'Applies to',
    byErrorTitle: 'By the error you see',
    byProductTitle: 'By product',
    symptom: {
      trust: 'Could not establish trust relationship for the SSL/TLS secure channel',
      'secure-channel': 'Could not create SSL/TLS secure channel',
      unauthorized: 'The remote server returned the error (401) Unauthorized',
    },
    symptomHint: 'The same message in Test Access can have any of these causes:',
    checkerTitle: 'Check a certificate',
    checkerText:
      'Paste the certificate your server presents and the URL you connect to: the checker tells you what .NET will reject and why. Nothing leaves your browser.',
  },
  article: {
    appliesTo: 'Applies to',
    reviewed: 'Reviewed',
    originalKb: 'Original Microsoft article',
    toc: 'On this page',
    symptom: 'Symptom',
    causes: 'Causes',
    resolutions: 'Resolutions',
    fixes: 'Fixes',
    references: 'References',
    related: 'Related articles',
    linkToSection: 'Link to this section',
    messagesTitle: 'Every wording of this error',
    messagesIntro:
      'Depending on the program, the Windows language and the .NET version, the same failure is reported in these words:',
    identifiers: 'Status names from .NET and Exchange that come with it:',
    checkTitle: 'Check your certificate',
    checkText:
      'Paste the server certificate and the URL from the router profile: the checker says whether .NET will trust it, and which of the causes applies. It runs in your browser; nothing is uploaded.',
    checkAction: 'Open the certificate checker',
    note: 'Note',
    warning: 'Warning',
  },
  messageSource: {
    router: 'E-mail Router, Test Access',
    'dotnet-framework': '.NET Framework',
    dotnet: '.NET 5 and later',
    'dotnet-status': '.NET status name',
    exchange: 'Exchange',
    crm: 'Dynamics CRM',
  },
  messageLanguage: {
    cs: 'Czech',
    en: 'English',
    de: 'German',
  },
  command: {
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Select the text and copy it by hand',
    shell: {
      powershell: 'PowerShell',
      cmd: 'Command Prompt',
      bash: 'Shell',
    },
  },
  search: {
    label: 'Search the knowledge base',
    placeholder: 'Paste an error message…',
    submit: 'Search',
    shortcut: 'Shortcut: / or Ctrl+K',
    resultsLabel: 'Search results',
    resultCount_one: '{{count}} result',
    resultCount_other: '{{count}} results',
    noResults: 'Nothing found.',
    noResultsHint:
      'Try the key part of the message, such as “Could not establish trust relationship”, or a .NET name such as RemoteCertificateNameMismatch.',
    articlesLink: 'Browse all articles',
    showAll: 'Show all results',
    correctedTo: 'Nothing matched the words as typed; showing results for “{query}”.',
    failed: 'Search could not be loaded. Reload the page and try again.',
    searching: 'Searching…',
    inSection: 'Section: ',
    pageTitle: 'Search',
    pageDescription:
      'Search the trustkb articles by the error message you see, in English or Czech, pasted whole or in part.',
    pageLabel: 'Error message, log excerpt or search words',
    pageHint:
      'Paste the whole message or a log excerpt: timestamps, stack traces and codes are left out of the search.',
    noScript: 'Search needs JavaScript. All articles are listed below.',
    allArticles: 'All articles',
    homeTitle: 'Search by error message',
  },
  checker: {
    title: 'Certificate checker',
    description:
      'Check an Exchange or IIS certificate against the URL the E-mail Router uses: what .NET will reject and why, entirely in your browser.',
    intro:
      'Paste the certificate the Exchange server presents (or drop its file) and enter the URL from the router profile. The checker tells you whether the router will trust it, what exactly is wrong and which article explains the fix.',
    certificateLabel: 'Certificate or whole chain',
    certificateHint:
      'PEM text from -----BEGIN CERTIFICATE----- to -----END-----, Base64, everything openssl s_client -showcerts prints, or the whole trustkb .NET TLS report from the router computer.',
    fileButton: 'Choose a file…',
    fileHint: 'or drop a .cer, .crt, .pem, .der or .p7b file anywhere on the checker.',
    urlLabel: 'URL the router uses',
    urlHint:
      'The Server field of the router’s incoming profile; a host name alone will do. With a .NET TLS report pasted, it may stay empty.',
    check: 'Check',
    clear: 'Clear',
    examplesLabel: 'No certificate at hand? Try an example:',
    exampleSelfSigned: 'Self-signed',
    exampleMismatch: 'Name mismatch',
    exampleInternalCa: 'Internal CA chain',
    privacy: 'It all happens in your browser: nothing you paste is uploaded, stored or sent anywhere.',
    loadFailed: 'The checker could not be loaded. Reload the page and try again.',
    noScript:
      'The checker needs JavaScript, which is off in this browser. The commands below read the same facts from a certificate file by hand.',
    noScriptArticle: 'The checker needs JavaScript, which is off in this browser.',
    manualLink: 'Read the certificate by hand instead',
    results: 'Result of the check',
    manualTitle: 'Read the certificate by hand',
    opensslLabel: 'Any machine with OpenSSL: the names, the issuer and the dates',
    opensslTextLabel: 'OpenSSL: everything in the certificate, key and signature algorithm included',
    certutilLabel: 'Windows: the whole chain, with the reason it fails',
    certutilDumpLabel: 'Windows: every field of a certificate file, thumbprint and names included',
    powershellLabel: 'Windows PowerShell: the certificates in the computer store',
  },
  notFound: {
    title: 'Page not found',
    text: 'This address does not lead to any page. Try the home page or the list of articles.',
    home: 'Go to the home page',
  },
  footer: {
    about:
      'trustkb is an independent knowledge base. Microsoft, Windows, Exchange and Dynamics are trademarks of Microsoft.',
    privacy: 'No cookies, no tracking, no requests to other sites.',
  },
  languagePicker: {
    title: 'Choose a language',
    text: 'trustkb is written in Czech and English.',
  },
} as const;
