import { existsSync } from 'node:fs';

/** A file a test run reads from a build, and the command that makes it. */
export type BuildOutput = readonly [file: string, command: string];

/**
 * Throws when any of `outputs` (paths from the repository's root) is missing, naming the files
 * and the commands that make them, so that a run without its builds says so plainly instead of
 * failing later on a missing file or a 404. `testCommand` is the run that needs them.
 */
export function requireBuilds(outputs: readonly BuildOutput[], testCommand: string): void {
  const missing = outputs.filter(([file]) => !existsSync(new URL(`../../${file}`, import.meta.url)));
  if (missing.length > 0) {
    const commands = [...new Set(missing.map(([, command]) => `\`${command}\``))].join(' and ');
    throw new Error(
      `${missing.map(([file]) => file).join(', ')} missing: run ${commands} before \`${testCommand}\` (\`npm test\` does it all).`,
    );
  }
}
