import { readFileSync } from 'node:fs';
import { bytesToText, diagnose, type Diagnosis } from '../checker/index.ts';
import { PublicAddressError } from '../site/public-address.ts';
import { parseArgs } from './args.ts';
import { fetchPresentedChain, parseConnectTarget } from './connect.ts';
import { cliFindingLinks, linkSite, type LinkSite } from './links.ts';
import { nodeRootKeys } from './node-roots.ts';
import { renderReport } from './report.ts';
import { STRINGS } from './strings/index.ts';

/**
 * `trustcheck`: the checker in a terminal. Returns the exit code: 0 the router accepts,
 * 1 it does not or it depends, 2 usage or input errors.
 */
export interface Io {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  readStdin: () => Promise<Uint8Array>;
  /** Standard input is a terminal: nothing is piped in, so without FILE and --url there is nothing to wait for. */
  stdinIsTerminal?: boolean;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now?: Date;
}

export async function main(io: Io): Promise<number> {
  const parsed = parseArgs(io.argv, io.env);
  if ('error' in parsed) {
    const strings = STRINGS[parsed.lang];
    io.stderr(`${strings.usageError(parsed.error)}\n\n${strings.usage}`);
    return 2;
  }
  const { options } = parsed;
  const strings = STRINGS[options.lang];
  if (options.help) {
    io.stdout(strings.usage);
    return 0;
  }
  let site: LinkSite;
  try {
    site = linkSite(io.env, options.site);
  } catch (error) {
    if (!(error instanceof PublicAddressError) || error.variable === '--site') throw error;
    io.stderr(`${strings.badSiteSetting(error.variable, io.env[error.variable] ?? '')}\n`);
    return 2;
  }

  if (options.url === null && options.connect === null && options.files.length === 0 && io.stdinIsTerminal) {
    io.stderr(`${strings.usageError({ kind: 'missing-url' })}\n\n${strings.usage}`);
    return 2;
  }
  let input: Uint8Array;
  let url = options.url ?? '';
  let presentedBy: string | null = null;
  if (options.connect !== null) {
    // parseArgs has already refused a target that does not parse.
    const target = parseConnectTarget(options.connect)!;
    try {
      input = concat(await fetchPresentedChain(target));
    } catch (error) {
      io.stderr(strings.connectFailed(options.connect, error instanceof Error ? error.message : String(error)) + '\n');
      return 2;
    }
    const hostForUrl = target.host.includes(':') ? `[${target.host}]` : target.host;
    if (options.url === null) url = `https://${hostForUrl}${target.port === 443 ? '' : `:${target.port}`}/`;
    presentedBy = `${hostForUrl}:${target.port}`;
  } else {
    const parts: Uint8Array[] = [];
    for (const file of options.files.length === 0 ? ['-'] : options.files) {
      try {
        parts.push(file === '-' ? await io.readStdin() : new Uint8Array(readFileSync(file)));
      } catch (error) {
        io.stderr(strings.cannotRead(file, error instanceof Error ? error.message : String(error)) + '\n');
        return 2;
      }
    }
    input = joinInputs(parts);
  }

  const now = io.now ?? new Date();
  const diagnosis = await diagnose(input, url, { now, publicRootKey: nodeRootKeys });
  // Without --url, a .NET report's Url line names the server; without either there is nothing to check against.
  if (options.url === null && options.connect === null && diagnosis.dotnet?.urlFrom !== 'report') {
    io.stderr(`${strings.usageError({ kind: 'missing-url' })}\n\n${strings.usage}`);
    return 2;
  }
  if (options.json) {
    io.stdout(`${JSON.stringify(diagnosis, null, 2)}\n`);
  } else {
    const { links, dotnetLinks, problem } = cliFindingLinks(options.lang, site.base);
    if (problem) io.stderr(`${strings.linksUnavailable(problem)}\n`);
    const report = renderReport({ diagnosis, url, now, presentedBy }, options.lang, { links, dotnetLinks }, site);
    io.stdout(report);
  }
  return exitCode(diagnosis);
}

/** 2 when nothing could be judged (no certificate, unusable URL), else 0 accept, 1 reject or depends. */
export function exitCode(diagnosis: Diagnosis): number {
  if (diagnosis.certificates.length === 0 || diagnosis.findings.some((finding) => finding.id === 'url.invalid'))
    return 2;
  return diagnosis.verdict.routerAccepts === true ? 0 : 1;
}

/**
 * Several files become one input: text files are joined as text, DER files back to back
 * (the checker reads concatenated DER), and a DER file among text files is wrapped in PEM.
 */
function joinInputs(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const texts = parts.map(bytesToText);
  if (texts.every((text) => text === null)) return concat(parts);
  const joined = parts
    .map(
      (part, index) =>
        texts[index] ??
        `-----BEGIN CERTIFICATE-----\n${Buffer.from(part).toString('base64')}\n-----END CERTIFICATE-----\n`,
    )
    .join('\n');
  return new TextEncoder().encode(joined);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const output = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    output.set(part, offset);
    offset += part.length;
  }
  return output;
}
