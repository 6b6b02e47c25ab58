import type { CliStrings } from './types.ts';

/** Czech texts of the trustcheck CLI: its usage and its errors (findings are worded by src/explain/). */
export const cs: CliStrings = {
  usage: `Použití: trustcheck --url URL [SOUBOR ...]
         trustcheck --connect SERVER[:PORT] [--url URL]

Zkontroluje certifikát (nebo celý řetězec) stejně, jako ho ověří .NET v E-mail Routeru
pro Dynamics CRM, a to proti adrese URL, kterou router používá. Čte SOUBORY ve formátu PEM,
DER, Base64 nebo PKCS#7 (.p7b), a když žádný nezadáte, standardní vstup. Nic se nikam
neodesílá; jen --connect se připojí k serveru, který uvedete.

SOUBOREM může být i výstup skriptu trustkb .NET TLS report spuštěného na počítači
s routerem: zkontrolují se certifikáty v něm, vedle odpovědi kontroly se vypíše, co tam
hlásil .NET, a bez --url se použije adresa URL ze zprávy.

Volby:
  --url URL               adresa Exchange z nastavení routeru
  --connect SERVER[:PORT] stáhne řetězec, který server předkládá (výchozí port 443)
  --lang cs|en            jazyk výpisu (výchozí podle LC_ALL / LANG)
  --json                  vypíše výsledek jako JSON
  --site URL              web trustkb, kam vedou odkazy, např. https://kb.example.org/kb/
                          (výchozí: TRUSTKB_SITE; bez obojího jsou odkazy cesty na webu)
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
        return 'Uveďte adresu, kterou router používá: --url https://mail.contoso.com/EWS/Exchange.asmx (nebo použijte --connect či zadejte zprávu .NET TLS report).';
      case 'bad-connect':
        return `„${error.value}“ není SERVER ani SERVER:PORT.`;
      case 'connect-with-files':
        return '--connect kontroluje to, co předkládá server: soubory k němu neuvádějte.';
      case 'bad-site':
        return `„${error.value}“ není adresa webu pro --site: zadejte úplnou adresu http(s), například https://kb.example.org/kb/, bez dotazu a fragmentu.`;
    }
  },
  cannotRead: (file, reason) => `Soubor ${file} nelze přečíst: ${reason}`,
  connectFailed: (target, reason) => `Řetězec certifikátů ze serveru ${target} se nepodařilo získat: ${reason}`,
  linksUnavailable: (reason) => `(Odkazy na články nejsou k dispozici: ${reason})`,
  badSiteSetting: (variable, value) =>
    variable === 'TRUSTKB_SITE'
      ? `TRUSTKB_SITE="${value}" není adresa webu: nastavte úplnou adresu http(s), například https://kb.example.org/kb/, proměnnou zrušte, nebo zadejte --site.`
      : `TRUSTKB_BASE="${value}" není cesta jako /kb/, nebo se liší od cesty v TRUSTKB_SITE: opravte ji či zrušte, nebo zadejte --site.`,
  linksArePaths:
    'Odkazy jsou cesty na vašem webu trustkb: otevřete je tam, nebo nastavte TRUSTKB_SITE (či zadejte --site) a dostanete úplné adresy.',
  checkerPage: 'Kontrola certifikátu',
  presentedBy: (target) => `Řetězec předložený serverem ${target}`,
};
