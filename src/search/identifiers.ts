/**
 * Finds the error identifiers of the catalog (content/identifiers/catalog.yaml) in a paste: HRESULTs
 * in any spelling, Win32 and socket codes, CERT_TRUST_* flags, .NET enum values, OpenSSL verify
 * codes and texts, curl error numbers, Schannel event ids. They are the most precise signal a paste
 * holds: `0x800B0109` says which cause it is, where the sentence around it only says "not trusted".
 *
 * Plain data in, plain data out: the catalog arrives as JSON in the browser and as parsed YAML in
 * tests, and both go through the same matching.
 */

export const IDENTIFIER_KINDS = [
  'hresult',
  'win32',
  'trust',
  'dotnet',
  'openssl',
  'curl',
  'text',
  'schannel',
  'browser',
  'node',
  'java',
] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export interface CatalogIdentifier {
  kind: IdentifierKind;
  /** The symbolic name: CERT_E_UNTRUSTEDROOT, PartialChain, X509_V_ERR_CERT_HAS_EXPIRED… */
  name?: string;
  /** The value: an HRESULT as '0x800B0109', any other code as a number. */
  code?: string | number;
  /** A fixed message text the identifier comes with (OpenSSL's verify texts, curl's messages). */
  text?: string;
}

export interface CatalogGroup {
  /** `<article>#<cause>`, or `<article>#triage`. */
  target: string;
  /** Counts only when no identifier of a non-generic group is in the paste. */
  generic?: boolean;
  identifiers: CatalogIdentifier[];
}

export interface IdentifierHit {
  target: string;
  /** The identifier as the paste wrote it, for the "found in your paste" line. */
  found: string;
  /** The identifier's symbolic name when the paste wrote it otherwise (0x800B0109 → CERT_E_UNTRUSTEDROOT). */
  name?: string;
}

interface Match {
  group: number;
  name?: string;
  start: number;
  end: number;
}

const NAME_EDGE = '[A-Za-z0-9_]';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A symbolic name as a whole word: CERT_E_EXPIRED must not match inside CERT_E_EXPIRED_X. */
function namePattern(name: string, caseSensitive: boolean): RegExp {
  return new RegExp(`(?<!${NAME_EDGE})${escape(name)}(?!${NAME_EDGE})`, caseSensitive ? 'g' : 'gi');
}

/**
 * A fixed text, with any run of spaces or hyphens between its words: OpenSSL 3 writes
 * "self-signed certificate" where 1.1 wrote "self signed certificate", and log viewers rewrap lines.
 */
function textPattern(text: string): RegExp {
  // Typographic and straight apostrophes both occur ("certificate's"), depending on who copied.
  const words = text.split(/[\s-]+/).map((word) => escape(word).replace(/['’]/g, "['’]"));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]+')}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Every spelling of one identifier that search recognizes, as patterns over the paste. */
export function identifierPatterns(identifier: CatalogIdentifier): RegExp[] {
  const patterns: RegExp[] = [];
  const { kind, name, code, text } = identifier;
  // CamelCase names are written one way; upper-case constants turn up in any case in logs.
  if (name) patterns.push(namePattern(name, kind === 'dotnet' || kind === 'java'));
  if (text) patterns.push(textPattern(text));
  if (code === undefined) return patterns;
  switch (kind) {
    case 'hresult': {
      const value = Number(code);
      const hex = value.toString(16).padStart(8, '0');
      // 0x800B0109 and the bare 800B0109 of CAPI2's <Result value="800B0109">; the signed
      // decimal of .NET's HResult property and the unsigned one some tools print.
      patterns.push(new RegExp(`(?<![\\w-])(?:0x)?${hex}(?!\\w)`, 'gi'));
      patterns.push(new RegExp(`(?<![\\w.-])-${2 ** 32 - value}(?![\\w.])`, 'g'));
      patterns.push(new RegExp(`(?<![\\w.-])${value}(?![\\w.])`, 'g'));
      break;
    }
    case 'win32':
      patterns.push(new RegExp(`(?<![\\w.-])${Number(code)}(?![\\w.])`, 'g'));
      patterns.push(new RegExp(`(?<![\\w-])0x0*${Number(code).toString(16)}(?!\\w)`, 'gi'));
      break;
    case 'openssl':
      // Node.js and Python name the same errors without the X509_V_ERR_ prefix (UNABLE_TO_VERIFY_LEAF_SIGNATURE).
      if (name?.startsWith('X509_V_ERR_')) patterns.push(namePattern(name.slice('X509_V_ERR_'.length), false));
      // s_client: "verify error:num=20:…", "Verify return code: 20 (…)"; openssl verify: "error 20 at 0 depth".
      patterns.push(new RegExp(`num=${code}(?!\\d)`, 'g'));
      patterns.push(new RegExp(`return code:\\s*${code}\\s*\\(`, 'gi'));
      patterns.push(new RegExp(`(?<![\\w-])error ${code} at \\d+ depth`, 'gi'));
      break;
    case 'curl':
      patterns.push(new RegExp(`curl:\\s*\\(${code}\\)`, 'gi'));
      break;
    case 'schannel':
      patterns.push(new RegExp(`(?<![\\w.:-])${code}(?![\\w.:])`, 'g'));
      break;
  }
  return patterns;
}

/** Schannel event ids are plain numbers: only a paste that names Schannel makes them event ids. */
const SCHANNEL = /schannel/i;

interface CompiledPattern {
  group: number;
  kind: IdentifierKind;
  name?: string;
  pattern: RegExp;
}

const compiled = new WeakMap<readonly CatalogGroup[], CompiledPattern[]>();

function patternsOf(catalog: readonly CatalogGroup[]): CompiledPattern[] {
  let list = compiled.get(catalog);
  if (!list) {
    list = catalog.flatMap((group, index) =>
      group.identifiers.flatMap((identifier) =>
        identifierPatterns(identifier).map((pattern) => ({
          group: index,
          kind: identifier.kind,
          ...(identifier.name ? { name: identifier.name } : {}),
          pattern,
        })),
      ),
    );
    compiled.set(catalog, list);
  }
  return list;
}

/**
 * The causes the paste's identifiers point at, most decisive first: non-generic groups before
 * generic ones, then in catalog order. One hit per target, carrying every place it was found.
 */
export function findIdentifiers(paste: string, catalog: readonly CatalogGroup[]): IdentifierHit[] {
  const schannel = SCHANNEL.test(paste);
  const matches: Match[] = [];
  for (const { group, kind, name, pattern } of patternsOf(catalog)) {
    if (kind === 'schannel' && !schannel) continue;
    for (const match of paste.matchAll(pattern)) {
      matches.push({ group, name, start: match.index, end: match.index + match[0].length });
    }
  }
  // "self signed certificate" (depth 0) stands inside "self signed certificate in certificate
  // chain" (a root): only the longer text was printed.
  const standing = matches.filter(
    (match) =>
      !matches.some(
        (other) =>
          other !== match &&
          other.start <= match.start &&
          other.end >= match.end &&
          other.end - other.start > match.end - match.start,
      ),
  );
  const specific = standing.filter((match) => !catalog[match.group]?.generic);
  const counted = specific.length > 0 ? specific : standing;
  const hits = new Map<string, IdentifierHit>();
  for (const match of [...counted].sort((a, b) => a.group - b.group || a.start - b.start)) {
    const target = catalog[match.group]!.target;
    if (hits.has(target)) continue;
    const found = paste.slice(match.start, match.end);
    const named = match.name && match.name.toLowerCase() !== found.toLowerCase() ? { name: match.name } : {};
    hits.set(target, { target, found, ...named });
  }
  return [...hits.values()];
}

/** `article#cause` → its two parts. */
export function splitTarget(target: string): { article: string; section: string } {
  const [article = '', section = ''] = target.split('#');
  return { article, section };
}

/** Where a target leads, in one language: the article's URL with the section's anchor, and titles. */
export interface TargetPage {
  url: string;
  /** The article's title. */
  title: string;
  /** The cause's title, or the triage's heading. */
  section: string;
}

/** The catalog as the search page loads it: /<lang>/search/identifiers.json. */
export interface SearchCatalog {
  groups: CatalogGroup[];
  targets: Record<string, TargetPage>;
}
