import type { LegacyRule, PresentedNames } from '../../../src/checker/index.ts';

/**
 * A name as the certificate parser reads it when the certificate holds `text` as raw UTF-8
 * bytes: IA5String bytes become one character each, so `ü` (C3 BC) arrives as `Ã¼`. The
 * second-opinion certificates write each such character back as one byte.
 */
export function rawUtf8(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join('');
}

/**
 * The host-matching table: which names a certificate presents, which host the router uses,
 * what RFC 9525 says (`rfc`) and which extra rule Windows matches by (`legacy`). `node` and
 * `openssl` note rows where Node's X509Certificate.checkHost/checkIP or `openssl x509
 * -checkhost/-checkip` answer differently on purpose (see src/checker/README.md); on every
 * other row the test requires them to agree with us.
 */
export const NAME_SETS = {
  mail: { dns: ['mail.contoso.com', 'autodiscover.contoso.com'], ip: [], cn: 'mail.contoso.com' },
  upper: { dns: ['MAIL.Contoso.COM'], ip: [], cn: null },
  dotted: { dns: ['mail.contoso.com.'], ip: [], cn: null },
  dottedWildcard: { dns: ['*.contoso.com.'], ip: [], cn: null },
  dottedCn: { dns: [], ip: [], cn: 'mail.contoso.com.' },
  wildcard: { dns: ['*.contoso.com'], ip: [], cn: '*.contoso.com' },
  wildcardAndApex: { dns: ['*.contoso.com', 'contoso.com'], ip: [], cn: null },
  wildcardTld: { dns: ['*.com'], ip: [], cn: null },
  wildcardDouble: { dns: ['*.*.contoso.com'], ip: [], cn: null },
  wildcardMiddle: { dns: ['mail.*.contoso.com'], ip: [], cn: null },
  wildcardAlone: { dns: ['*'], ip: [], cn: null },
  wildcardTwoStars: { dns: ['m*i*.contoso.com'], ip: [], cn: null },
  partialSuffix: { dns: ['mail*.contoso.com'], ip: [], cn: null },
  partialPrefix: { dns: ['*mail.contoso.com'], ip: [], cn: null },
  partialMiddle: { dns: ['m*l.contoso.com'], ip: [], cn: null },
  partialALabel: { dns: ['xn--*.contoso.com'], ip: [], cn: null },
  // The examples of Microsoft KB 258858, on contoso.com.
  kbW: { dns: ['w*.contoso.com'], ip: [], cn: null },
  kbWw: { dns: ['ww*.contoso.com'], ip: [], cn: null },
  kbWww: { dns: ['www*.contoso.com'], ip: [], cn: null },
  kbStarW: { dns: ['*w.contoso.com'], ip: [], cn: null },
  kbStarWw: { dns: ['*ww.contoso.com'], ip: [], cn: null },
  kbStarWww: { dns: ['*www.contoso.com'], ip: [], cn: null },
  kbWStarW: { dns: ['w*w.contoso.com'], ip: [], cn: null },
  kbTwoLabels: { dns: ['a*.d*.contoso.com'], ip: [], cn: null },
  wildcardAndPartial: { dns: ['*.contoso.com', 'mail*.contoso.com'], ip: [], cn: null },
  idn: { dns: ['xn--potovn-8va73g.contoso.cz'], ip: [], cn: null },
  idnWildcard: { dns: ['*.xn--potovn-8va73g.cz'], ip: [], cn: null },
  unicodeSan: { dns: [rawUtf8('poštovní.contoso.cz')], ip: [], cn: null },
  rawUtf8San: { dns: [rawUtf8('bücher.contoso.com')], ip: [], cn: null },
  rawUtf8Wildcard: { dns: [rawUtf8('*.bücher.contoso.com')], ip: [], cn: null },
  latin1San: { dns: ['bücher.contoso.com'], ip: [], cn: null },
  cnOnlyUnicode: { dns: [], ip: [], cn: 'bücher.contoso.com' },
  cnOnly: { dns: [], ip: [], cn: 'mail.contoso.com' },
  cnOnlyWildcard: { dns: [], ip: [], cn: '*.contoso.com' },
  cnOnlyPartial: { dns: [], ip: [], cn: 'mail*.contoso.com' },
  cnOnlyStarFirst: { dns: [], ip: [], cn: '*mail.contoso.com' },
  cnOnlyIp: { dns: [], ip: [], cn: '192.0.2.10' },
  cnWithOtherSan: { dns: ['owa.contoso.com'], ip: [], cn: 'mail.contoso.com' },
  ips: { dns: ['mail.contoso.com'], ip: ['192.0.2.10', '2001:db8::10'], cn: null },
  ipOnly: { dns: [], ip: ['192.0.2.10'], cn: 'mail.contoso.com' },
  ipv6Only: { dns: [], ip: ['2001:db8::10'], cn: null },
  mappedIpv6: { dns: [], ip: ['::ffff:c000:20a'], cn: null },
  ipAsDns: { dns: ['192.0.2.10'], ip: [], cn: null },
  singleLabel: { dns: ['exchange'], ip: [], cn: null },
  underscore: { dns: ['_autodiscover.contoso.com'], ip: [], cn: null },
  long: { dns: [`${'a'.repeat(63)}.contoso.com`], ip: [], cn: null },
} as const satisfies Record<string, PresentedNames>;

export type NameSet = keyof typeof NAME_SETS;

export interface HostCase {
  names: NameSet;
  host: string;
  rfc: boolean;
  legacy?: LegacyRule;
  /** Why Node's checkHost/checkIP answers otherwise on this row; absent = it must agree. */
  node?: string;
  /** Why openssl's -checkhost/-checkip answers otherwise on this row; absent = it must agree. */
  openssl?: string;
}

const IDN = 'they compare bytes; we convert the host to A-labels first';
const TRAILING = 'they keep the trailing dot; we strip one (an absolute name)';
const DOTTED =
  'they compare a dotted name with a dotted host as text; a presented name with a trailing dot matches nothing';
const RAW_BYTES = 'they compare the UTF-8 bytes of the host with the raw bytes in the certificate';
const LITERAL = 'they compare a wildcard host as literal text; a host with * is not a host';
const UNDERSCORE = 'OpenSSL lets a wildcard stand only for letters, digits and hyphens';
const LEADING_DOT = 'OpenSSL reads a leading dot as "any subdomain of"';
const STAR_FIRST = 'OpenSSL accepts a star at the start of the label; Windows (KB 258858) does not';
const EMPTY_STAR = 'OpenSSL lets the star stand for nothing; we require a character (no source says what Windows does)';
const CN_FALLBACK =
  'OpenSSL reads the CN when there is no DNS SAN; Windows (and we) only when there is no SAN name at all';

/** Compact rows: [names, host, rfc, legacy rule?, node note?, openssl note?] */
type Row = [NameSet, string, boolean, LegacyRule?, string?, string?];

const rows: Row[] = [
  // Exact names, case, trailing dots.
  ['mail', 'mail.contoso.com', true],
  ['mail', 'autodiscover.contoso.com', true],
  ['mail', 'MAIL.CONTOSO.COM', true],
  ['mail', 'Mail.Contoso.Com', true],
  ['mail', 'mail.contoso.com.', true, undefined, TRAILING, TRAILING],
  ['mail', 'mail.contoso.com..', false],
  ['mail', '.mail.contoso.com', false],
  ['mail', 'owa.contoso.com', false],
  ['mail', 'contoso.com', false],
  ['mail', 'mail.contoso.co', false],
  ['mail', 'mail.contoso.com.cz', false],
  ['mail', 'xmail.contoso.com', false],
  ['mail', 'mail', false],
  ['mail', 'ail.contoso.com', false],
  ['mail', 'mail.contoso', false],
  ['upper', 'mail.contoso.com', true],
  ['upper', 'MAIL.contoso.com', true],
  // A presented name never ends with a dot: one that does matches nothing.
  ['dotted', 'mail.contoso.com', false],
  ['dotted', 'mail.contoso.com.', false, undefined, DOTTED, DOTTED],
  ['dotted', 'MAIL.contoso.com', false],
  ['dotted', 'owa.contoso.com', false],
  ['dottedWildcard', 'mail.contoso.com', false],
  ['dottedWildcard', 'owa.contoso.com.', false],
  ['dottedWildcard', 'contoso.com', false],
  ['dottedCn', 'mail.contoso.com', false],
  ['dottedCn', 'mail.contoso.com.', false, undefined, DOTTED, DOTTED],
  ['singleLabel', 'exchange', true],
  ['singleLabel', 'EXCHANGE', true],
  ['singleLabel', 'exchange.contoso.com', false],
  ['underscore', '_autodiscover.contoso.com', true],
  ['underscore', 'autodiscover.contoso.com', false],
  ['long', `${'a'.repeat(63)}.contoso.com`, true],
  ['long', `${'a'.repeat(64)}.contoso.com`, false],
  // Invalid hosts match nothing.
  ['mail', '', false],
  ['mail', ' mail.contoso.com', false],
  ['mail', 'mail.contoso.com ', false],
  ['mail', 'mail .contoso.com', false],
  ['mail', 'mail.contoso.com:443', false],
  ['mail', 'https://mail.contoso.com', false],
  ['mail', 'mail.contoso.com/owa', false],
  ['mail', 'mail..contoso.com', false],
  ['mail', 'mail.contoso.com?x', false],
  ['mail', 'user@mail.contoso.com', false],
  ['mail', '*.contoso.com', false],
  ['mail', 'mail.contoso.com%00', false],
  [
    'mail',
    'mail.contoso.com\u0000',
    false,
    undefined,
    'checkHost hands the string to C, which stops at the NUL byte',
    'a NUL byte cannot be passed on a command line',
  ],
  ['mail', '.', false],
  ['wildcard', '*.contoso.com', false, undefined, LITERAL, LITERAL],
  ['wildcard', '*', false],
  // Whole-label wildcards.
  ['wildcard', 'mail.contoso.com', true],
  ['wildcard', 'owa.contoso.com', true],
  ['wildcard', 'OWA.CONTOSO.COM', true],
  ['wildcard', 'a.contoso.com', true],
  ['wildcard', '_sip.contoso.com', true, undefined, UNDERSCORE, UNDERSCORE],
  ['wildcard', 'contoso.com', false],
  ['wildcard', '.contoso.com', false, undefined, LEADING_DOT, LEADING_DOT],
  ['wildcard', 'a.mail.contoso.com', false],
  ['wildcard', 'mail.contoso.com.cz', false],
  ['wildcard', 'mailcontoso.com', false],
  ['wildcard', 'mail.contoso.com.', true, undefined, TRAILING, TRAILING],
  ['wildcard', 'xn--bcher-kva.contoso.com', true],
  ['wildcard', 'bücher.contoso.com', true, undefined, IDN, IDN],
  ['wildcardAndApex', 'contoso.com', true],
  ['wildcardAndApex', 'mail.contoso.com', true],
  ['wildcardAndApex', 'a.b.contoso.com', false],
  ['wildcardTld', 'contoso.com', false],
  ['wildcardTld', 'com', false],
  ['wildcardTld', 'mail.contoso.com', false],
  ['wildcardDouble', 'a.b.contoso.com', false],
  ['wildcardDouble', 'mail.contoso.com', false],
  ['wildcardMiddle', 'mail.a.contoso.com', false],
  ['wildcardMiddle', 'mail.contoso.com', false],
  ['wildcardAlone', 'mail', false],
  ['wildcardAlone', 'contoso.com', false],
  ['wildcardTwoStars', 'mail.contoso.com', false],
  ['wildcardTwoStars', 'mxixx.contoso.com', false],
  // Partial wildcards: Windows only, and only with the star at the end of the left-most label
  // (Microsoft KB 258858). The star stands for at least one character.
  ['partialSuffix', 'mail1.contoso.com', false, 'partial-wildcard'],
  ['partialSuffix', 'mail-eu.contoso.com', false, 'partial-wildcard'],
  ['partialSuffix', 'MAIL2.contoso.com', false, 'partial-wildcard'],
  ['partialSuffix', 'mailbox.contoso.com', false, 'partial-wildcard'],
  ['partialSuffix', 'mail.contoso.com', false, undefined, EMPTY_STAR, EMPTY_STAR],
  ['partialSuffix', 'owa.contoso.com', false],
  ['partialSuffix', 'mai.contoso.com', false],
  ['partialSuffix', 'mail1.a.contoso.com', false],
  ['partialSuffix', 'contoso.com', false],
  ['partialPrefix', 'mail.contoso.com', false, undefined, STAR_FIRST, STAR_FIRST],
  ['partialPrefix', 'webmail.contoso.com', false, undefined, STAR_FIRST, STAR_FIRST],
  ['partialPrefix', 'mail1.contoso.com', false],
  ['partialMiddle', 'mail.contoso.com', false],
  ['partialMiddle', 'ml.contoso.com', false],
  ['partialMiddle', 'michael.contoso.com', false],
  ['partialALabel', 'xn--bcher-kva.contoso.com', false],
  ['partialSuffix', 'xn--mail-abc.contoso.com', false],
  ['partialPrefix', 'xn--mail.contoso.com', false],
  ['kbW', 'www.contoso.com', false, 'partial-wildcard'],
  ['kbW', 'w3.contoso.com', false, 'partial-wildcard'],
  ['kbW', 'mail.contoso.com', false],
  ['kbW', 'w.contoso.com', false, undefined, EMPTY_STAR, EMPTY_STAR],
  ['kbWw', 'www.contoso.com', false, 'partial-wildcard'],
  ['kbWww', 'www.contoso.com', false, undefined, EMPTY_STAR, EMPTY_STAR],
  ['kbWww', 'www1.contoso.com', false, 'partial-wildcard'],
  ['kbStarW', 'www.contoso.com', false, undefined, STAR_FIRST, STAR_FIRST],
  ['kbStarW', 'w.contoso.com', false, undefined, STAR_FIRST, STAR_FIRST],
  ['kbStarWw', 'www.contoso.com', false, undefined, STAR_FIRST, STAR_FIRST],
  ['kbStarWww', 'www.contoso.com', false, undefined, STAR_FIRST, STAR_FIRST],
  ['kbWStarW', 'www.contoso.com', false],
  ['kbWStarW', 'ww.contoso.com', false],
  ['kbTwoLabels', 'abc.def.contoso.com', false],
  // A host RFC 9525 accepts is not a legacy match, even when a partial wildcard fits it too.
  ['wildcardAndPartial', 'mail.contoso.com', true],
  ['wildcardAndPartial', 'MAIL1.contoso.com.', true, undefined, TRAILING, TRAILING],
  ['wildcardAndPartial', 'mail.a.contoso.com', false],
  // Internationalized names.
  ['idn', 'xn--potovn-8va73g.contoso.cz', true],
  ['idn', 'poštovní.contoso.cz', true, undefined, IDN, IDN],
  ['idn', 'POŠTOVNÍ.contoso.cz', true, undefined, IDN, IDN],
  ['idn', 'postovni.contoso.cz', false],
  ['idn', 'XN--POTOVN-8VA73G.CONTOSO.CZ', true],
  ['idnWildcard', 'mail.xn--potovn-8va73g.cz', true],
  ['idnWildcard', 'mail.poštovní.cz', true, undefined, IDN, IDN],
  ['idnWildcard', 'xn--potovn-8va73g.cz', false],
  // A presented name with bytes beyond ASCII (raw UTF-8 or Latin-1 in an IA5String, a U-label
  // in the CN) matches nothing: it is never converted to an A-label.
  ['unicodeSan', 'xn--potovn-8va73g.contoso.cz', false],
  ['unicodeSan', 'poštovní.contoso.cz', false, undefined, RAW_BYTES, RAW_BYTES],
  ['unicodeSan', 'postovni.contoso.cz', false],
  ['rawUtf8San', 'xn--bcher-kva.contoso.com', false],
  ['rawUtf8San', 'bücher.contoso.com', false, undefined, RAW_BYTES, RAW_BYTES],
  ['rawUtf8San', 'BÜCHER.contoso.com', false],
  ['rawUtf8San', 'bucher.contoso.com', false],
  ['rawUtf8Wildcard', 'mail.xn--bcher-kva.contoso.com', false],
  ['rawUtf8Wildcard', 'mail.bücher.contoso.com', false],
  ['latin1San', 'xn--bcher-kva.contoso.com', false],
  ['latin1San', 'bücher.contoso.com', false],
  ['cnOnlyUnicode', 'xn--bcher-kva.contoso.com', false],
  ['cnOnlyUnicode', 'bücher.contoso.com', false, undefined, RAW_BYTES, RAW_BYTES],
  ['mail', 'mail.contoso.com。', true, undefined, IDN, IDN],
  ['mail', 'ｍａｉｌ.contoso.com', true, undefined, IDN, IDN],
  // The subject CN: ignored by RFC 9525, used by Windows only without SAN names.
  ['cnOnly', 'mail.contoso.com', false, 'cn-without-san'],
  ['cnOnly', 'MAIL.contoso.com', false, 'cn-without-san'],
  ['cnOnly', 'mail.contoso.com.', false, 'cn-without-san', TRAILING, TRAILING],
  ['cnOnly', 'owa.contoso.com', false],
  ['cnOnly', '192.0.2.10', false],
  ['cnOnlyWildcard', 'mail.contoso.com', false, 'cn-without-san'],
  ['cnOnlyWildcard', 'contoso.com', false],
  ['cnOnlyWildcard', 'a.b.contoso.com', false],
  ['cnOnlyPartial', 'mail1.contoso.com', false, 'cn-without-san'],
  ['cnOnlyPartial', 'owa.contoso.com', false],
  ['cnOnlyPartial', 'mail.contoso.com', false, undefined, EMPTY_STAR, EMPTY_STAR],
  ['cnOnlyStarFirst', 'webmail.contoso.com', false, undefined, STAR_FIRST, STAR_FIRST],
  ['cnOnlyStarFirst', 'mail1.contoso.com', false],
  [
    'cnOnlyIp',
    '192.0.2.10',
    false,
    'cn-without-san',
    'X509_check_ip never reads the CN',
    'X509_check_ip never reads the CN',
  ],
  ['cnOnlyIp', '192.0.2.11', false],
  ['cnWithOtherSan', 'mail.contoso.com', false],
  ['cnWithOtherSan', 'owa.contoso.com', true],
  ['mail', 'autodiscover.contoso.com.', true, undefined, TRAILING, TRAILING],
  // IP addresses: only iPAddress SANs, compared as bytes.
  ['ips', '192.0.2.10', true],
  ['ips', '192.0.2.11', false],
  ['ips', '192.0.2.1', false],
  ['ips', '192.000.2.10', false],
  ['ips', '192.0.2.010', false],
  ['ips', '192.0.2', false],
  ['ips', '3221226058', false],
  ['ips', '0xc0.0.2.10', false],
  ['ips', '192.0.2.10.', false],
  ['ips', '192.0.2.256', false],
  ['ips', '2001:db8::10', true],
  ['ips', '[2001:db8::10]', true, undefined, 'checkIP takes no brackets', 'checkip takes no brackets'],
  ['ips', '2001:DB8::10', true],
  ['ips', '2001:db8:0:0:0:0:0:10', true],
  ['ips', '2001:0db8:0000:0000:0000:0000:0000:0010', true],
  ['ips', '2001:db8::0:10', true],
  ['ips', '2001:db8::11', false],
  ['ips', '2001:db8::10%eth0', false, undefined, undefined, 'openssl -checkip drops the zone id'],
  ['ips', '[2001:db8::10]:443', false],
  ['ips', '2001:db8:::10', false],
  ['ips', '2001:db8::10::1', false],
  ['ips', '::ffff:192.0.2.10', false],
  ['ips', 'mail.contoso.com', true],
  ['ipOnly', '192.0.2.10', true],
  ['ipOnly', 'mail.contoso.com', false, undefined, CN_FALLBACK, CN_FALLBACK],
  ['ipOnly', '192.0.2.100', false],
  ['ipv6Only', '2001:db8::10', true],
  ['ipv6Only', '2001:db8:0::10', true],
  ['ipv6Only', '[2001:db8::10]', true, undefined, 'checkIP takes no brackets', 'checkip takes no brackets'],
  ['ipv6Only', '2001:db8::1', false],
  ['ipv6Only', '192.0.2.10', false],
  ['mappedIpv6', '::ffff:192.0.2.10', true],
  ['mappedIpv6', '::ffff:c000:20a', true],
  ['mappedIpv6', '192.0.2.10', false],
  ['ipAsDns', '192.0.2.10', false],
  ['ipAsDns', 'mail.contoso.com', false],
  ['mail', '192.0.2.10', false],
  ['mail', '2001:db8::10', false],
  ['mail', 'MAIL.CONTOSO.COM.', true, undefined, TRAILING, TRAILING],
  ['wildcard', 'mail-1.contoso.com', true],
  ['wildcard', '1.contoso.com', true],
  ['wildcard', 'xn--potovn-8va73g.contoso.com', true],
  ['partialSuffix', 'mail1.contoso.com.', false, 'partial-wildcard', TRAILING, TRAILING],
  ['partialPrefix', 'owamail.contoso.com', false, undefined, STAR_FIRST, STAR_FIRST],
  ['ipv6Only', '2001:db8:0:0:0:0:0:10', true],
  ['ipv6Only', '::', false],
  ['ipOnly', '0.0.0.0', false],
];

export const HOST_CASES: HostCase[] = rows.map(([names, host, rfc, legacy, node, openssl]) => ({
  names,
  host,
  rfc,
  ...(legacy ? { legacy } : {}),
  ...(node ? { node } : {}),
  ...(openssl ? { openssl } : {}),
}));
