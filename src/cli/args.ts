import type { Locale } from '../i18n/locales.ts';
import { PublicAddressError, parseSiteUrl } from '../site/public-address.ts';
import { parseConnectTarget } from './connect.ts';

/** What the command line asked for. */
export interface CliOptions {
  url: string | null;
  files: string[];
  connect: string | null;
  lang: Locale;
  json: boolean;
  help: boolean;
  /** --site: the trustkb site the links lead to (`https://kb.example.org/kb/`), checked; null when not given. */
  site: string | null;
}

/** A usage mistake, with the key of its message in the string tables. */
export type UsageError =
  | { kind: 'unknown-option'; option: string }
  | { kind: 'missing-value'; option: string }
  | { kind: 'bad-lang'; value: string }
  | { kind: 'missing-url' }
  | { kind: 'bad-connect'; value: string }
  | { kind: 'bad-site'; value: string }
  | { kind: 'connect-with-files' };

/**
 * The report language from the environment: Czech when LC_ALL, LC_MESSAGES or LANG (the
 * first one set, as POSIX orders them) starts with cs or sk (Slovak readers read Czech), else English.
 */
export function languageFromEnvironment(env: NodeJS.ProcessEnv): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^(cs|sk)/i.test(value) ? 'cs' : 'en';
}

/** Parses `trustcheck` arguments. `--opt value` and `--opt=value` both work. */
export function parseArgs(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): { options: CliOptions } | { error: UsageError; lang: Locale } {
  const options: CliOptions = {
    url: null,
    files: [],
    connect: null,
    lang: languageFromEnvironment(env),
    json: false,
    help: false,
    site: null,
  };
  const rest = [...argv];
  let onlyFiles = false;
  while (rest.length > 0) {
    const argument = rest.shift()!;
    if (onlyFiles || argument === '-' || !argument.startsWith('-')) {
      options.files.push(argument);
      continue;
    }
    if (argument === '--') {
      onlyFiles = true;
      continue;
    }
    const [name, inlineValue] = argument.includes('=')
      ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)]
      : [argument, undefined];
    const value = (): string | null => inlineValue ?? rest.shift() ?? null;
    switch (name) {
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '--json':
        options.json = true;
        break;
      case '--url':
      case '--connect':
      case '--lang':
      case '--site': {
        const given = value();
        if (given === null) return { error: { kind: 'missing-value', option: name }, lang: options.lang };
        if (name === '--url') options.url = given;
        if (name === '--connect') options.connect = given;
        if (name === '--site') {
          const site = siteAddress(given);
          if (site === null) return { error: { kind: 'bad-site', value: given }, lang: options.lang };
          options.site = site;
        }
        if (name === '--lang') {
          if (given !== 'cs' && given !== 'en')
            return { error: { kind: 'bad-lang', value: given }, lang: options.lang };
          options.lang = given;
        }
        break;
      }
      default:
        return { error: { kind: 'unknown-option', option: name }, lang: options.lang };
    }
  }
  if (options.help) return { options };
  if (options.connect !== null && !parseConnectTarget(options.connect))
    return { error: { kind: 'bad-connect', value: options.connect }, lang: options.lang };
  if (options.connect !== null && options.files.length > 0)
    return { error: { kind: 'connect-with-files' }, lang: options.lang };
  // A missing --url is judged after reading the input: a pasted .NET report names its URL.
  return { options };
}

/** `https://kb.example.org/kb` → `https://kb.example.org/kb/`; null for what cannot be a site address. */
function siteAddress(value: string): string | null {
  try {
    const { origin, base } = parseSiteUrl(value, '--site');
    return `${origin}${base}`;
  } catch (error) {
    if (error instanceof PublicAddressError) return null;
    throw error;
  }
}
