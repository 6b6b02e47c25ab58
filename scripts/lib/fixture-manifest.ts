import { readFileSync } from 'node:fs';

/** The fixture manifest written by scripts/generate-fixtures.ts, as the tests read it. */
export interface FixtureCase {
  name: string;
  file: string;
  format: 'text' | 'binary';
  description: string;
  url: string;
  now: string;
  tags?: string[];
  expected: {
    host: string | null;
    certificates: number;
    findings: { id: string; certificate?: number }[];
    verdict: { routerAccepts: boolean | 'depends'; sslPolicyErrors: readonly string[] };
  };
}

export const FIXTURES_DIR = new URL('../../tests/fixtures/certs/', import.meta.url);
export const MANIFEST = JSON.parse(readFileSync(new URL('manifest.json', FIXTURES_DIR), 'utf8')) as {
  referenceDate: string;
  xss: string;
  cases: FixtureCase[];
};

/** The case's input as diagnose() takes it: text for text files, bytes for binary ones. */
export function readFixture(file: string, format: 'text' | 'binary'): string | Uint8Array {
  const url = new URL(file, FIXTURES_DIR);
  return format === 'binary' ? new Uint8Array(readFileSync(url)) : readFileSync(url, 'utf8');
}

export function fixtureCase(name: string): FixtureCase {
  const found = MANIFEST.cases.find((entry) => entry.name === name);
  if (!found) throw new Error(`no fixture case "${name}"`);
  return found;
}
