/**
 * Measures the checker (a benchmark, not a test): the median time of diagnose() on a
 * 3-certificate chain in Node and in Chromium, the same on the two hostile-size fixtures (a leaf
 * with 2,048 SAN names, one with 2,048 subject attributes, about 80 KB of DER each), and the gzip
 * size of the checker's browser bundle (parser included), and the chain inside a .NET report. Run with `npm run bench:checker`
 * (`node bench/checker.bench.ts`). Targets: under 20 ms for the chain (in a report too), under 50 ms for each
 * hostile fixture, under 60 KB gzip. Results also go to bench-results/checker.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { diagnose } from '../src/checker/index.ts';
import { launchChromium } from '../scripts/lib/browser.ts';
import { median } from './lib/median.ts';

const ROOT = new URL('../', import.meta.url);
const fixture = (file: string) => readFileSync(new URL(`tests/fixtures/certs/${file}`, ROOT), 'utf8');
const URL_TO_CHECK = 'https://mail.contoso.com/EWS/Exchange.asmx';
const NOW = '2026-01-15T12:00:00.000Z';

/** One input to time: every one is a 3-certificate chain for mail.contoso.com. */
interface Input {
  label: string;
  text: string;
  warmup: number;
  runs: number;
  /** Median target in milliseconds. */
  target: number;
}

const CHAIN: Input = {
  label: '3-certificate chain',
  text: fixture('chain-full.pem'),
  warmup: 20,
  runs: 200,
  target: 20,
};
// Fewer runs: each is about 30 times the chain's size, and a slow checker must not make the benchmark take minutes.
const HOSTILE: Input[] = [
  { label: 'hostile-2048-san', text: fixture('hostile-2048-san.pem'), warmup: 5, runs: 40, target: 50 },
  { label: 'hostile-2048-rdn', text: fixture('hostile-2048-rdn.pem'), warmup: 5, runs: 40, target: 50 },
];
// The same chain inside the .NET report the trustkb script prints: the report is read and compared too.
const DOTNET_REPORT: Input = {
  label: '.NET report with its 3-certificate chain',
  text: readFileSync(new URL('tests/fixtures/dotnet-reports/czech-windows.txt', ROOT), 'utf8'),
  warmup: 20,
  runs: 200,
  target: 20,
};
const INPUTS = [CHAIN, DOTNET_REPORT, ...HOSTILE];

async function nodeMedian(input: Input): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < input.warmup + input.runs; run++) {
    const started = performance.now();
    const diagnosis = await diagnose(input.text, URL_TO_CHECK, { now: new Date(NOW) });
    if (run >= input.warmup) times.push(performance.now() - started);
    if (diagnosis.certificates.length !== 3) throw new Error(`the benchmark input ${input.label} did not parse`);
  }
  return median(times);
}

/** Bundles src/checker/index.ts the way a page would load it, and gzips it. */
function bundle(folder: string): { file: string; bytes: number; gzip: number; largest: string } {
  const file = join(folder, 'checker.js');
  const metafile = join(folder, 'meta.json');
  const esbuild = new URL('node_modules/.bin/esbuild', ROOT).pathname;
  execFileSync(
    esbuild,
    [
      new URL('src/checker/index.ts', ROOT).pathname,
      '--bundle',
      '--minify',
      '--format=esm',
      '--platform=browser',
      `--outfile=${file}`,
      `--metafile=${metafile}`,
      '--log-level=warning',
    ],
    { stdio: 'inherit' },
  );
  const code = readFileSync(file);
  const meta = JSON.parse(readFileSync(metafile, 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
  };
  const byPackage = new Map<string, number>();
  for (const output of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? 'src/checker';
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
  }
  const largest = [...byPackage]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(1)}`)
    .join(', ');
  return { file, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length, largest };
}

/**
 * Runs the bundle in Chromium (Playwright, Debian's browser), on 127.0.0.1 so WebCrypto is
 * available: one median per input, in the order given, or why there is none.
 */
async function chromiumMedians(bundleFile: string, inputs: readonly Input[]): Promise<(number | string)[]> {
  const code = readFileSync(bundleFile);
  const server = createServer((request, response) => {
    if (request.url === '/checker.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(code);
    } else {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>bench</title>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  try {
    browser = await launchChromium();
  } catch (error) {
    server.close();
    return inputs.map(() => `skipped: ${(error as Error).message.split('\n')[0]}`);
  }
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    const medians: (number | string)[] = [];
    for (const input of inputs) {
      try {
        const times = await page.evaluate(
          async ({ text, url, now, warmup, runs, moduleUrl }) => {
            const checker = await import(moduleUrl);
            const result: number[] = [];
            for (let run = 0; run < warmup + runs; run++) {
              const started = performance.now();
              const diagnosis = await checker.diagnose(text, url, { now: new Date(now) });
              if (run >= warmup) result.push(performance.now() - started);
              if (diagnosis.certificates.length !== 3) throw new Error(JSON.stringify(diagnosis.findings));
            }
            return result;
          },
          { ...input, url: URL_TO_CHECK, now: NOW, moduleUrl: '/checker.js' },
        );
        medians.push(median(times));
      } catch (error) {
        medians.push(`failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
    return medians;
  } finally {
    await browser.close();
    server.close();
  }
}

const folder = mkdtempSync(join(tmpdir(), 'trustkb-bench-'));
try {
  const node: number[] = [];
  for (const input of INPUTS) node.push(await nodeMedian(input));
  const built = bundle(folder);
  let browser: (number | string)[];
  try {
    browser = await chromiumMedians(built.file, INPUTS);
  } catch (error) {
    browser = INPUTS.map(() => `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  const ms = (value: number | string) => (typeof value === 'number' ? `${value.toFixed(2)} ms` : value);
  const verdict = (value: number | string, limit: number) =>
    typeof value === 'number' ? (value < limit ? 'ok' : 'OVER') : '-';
  const timeRows = (index: number) => {
    const input = INPUTS[index]!;
    return [
      [
        `diagnose(), ${input.label}, Node (median)`,
        ms(node[index]!),
        `< ${input.target} ms`,
        verdict(node[index]!, input.target),
      ],
      [
        `diagnose(), ${input.label}, Chromium (median)`,
        ms(browser[index]!),
        `< ${input.target} ms`,
        verdict(browser[index]!, input.target),
      ],
    ];
  };
  const rows = [
    ...timeRows(0),
    ['checker bundle, minified', `${(built.bytes / 1024).toFixed(1)} KB`, '', ''],
    [
      'checker bundle, minified + gzip -9',
      `${(built.gzip / 1024).toFixed(1)} KB`,
      '< 60 KB',
      verdict(built.gzip / 1024, 60),
    ],
    ...HOSTILE.flatMap((_, index) => timeRows(index + 1)),
  ];
  const widths = [0, 1, 2, 3].map((column) =>
    Math.max(...rows.map((row) => row[column]!.length), ['what', 'result', 'target', ''][column]!.length),
  );
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log(line(['what', 'result', 'target', '']));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(row));
  console.log(
    `\n${CHAIN.runs} runs after ${CHAIN.warmup} warm-up runs (hostile fixtures: ${HOSTILE[0]!.runs} after ${HOSTILE[0]!.warmup}); largest parts of the bundle (KB minified): ${built.largest}`,
  );
  mkdirSync(new URL('bench-results/', ROOT), { recursive: true });
  writeFileSync(
    new URL('bench-results/checker.json', ROOT),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        nodeMedianMs: node[0],
        chromiumMedianMs: browser[0],
        bundleBytes: built.bytes,
        bundleGzipBytes: built.gzip,
        hostile: Object.fromEntries(
          HOSTILE.map((input, index) => [
            input.label,
            { nodeMedianMs: node[index + 1], chromiumMedianMs: browser[index + 1], targetMs: input.target },
          ]),
        ),
      },
      null,
      2,
    ) + '\n',
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
