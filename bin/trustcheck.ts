#!/usr/bin/env node
/**
 * The `trustcheck` command (package.json "bin"). Node 24 runs this TypeScript directly.
 * Usage: trustcheck --url URL [FILE ...] | trustcheck --connect HOST[:PORT]; see --help.
 */
import { main } from '../src/cli/main.ts';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

process.exitCode = await main({
  argv: process.argv.slice(2),
  env: process.env,
  readStdin,
  stdinIsTerminal: process.stdin.isTTY === true,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // For tests and reproducible reports: judge validity at this moment instead of now.
  ...(process.env.TRUSTCHECK_NOW ? { now: new Date(process.env.TRUSTCHECK_NOW) } : {}),
});
