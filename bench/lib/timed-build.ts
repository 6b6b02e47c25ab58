/**
 * Runs `node scripts/build.ts` in a project folder and times its stages from the "build: …"
 * lines it prints (and the message index's own last line), so the build measured is exactly the
 * shipped one. Peak memory per stage: the highest VmHWM (peak resident set) that /proc shows for
 * any process under the build while that stage runs, polled every 50 ms. The build script's own
 * process does the last stage (precompression and server configs) itself, so its peak counts
 * there. Linux only for memory; elsewhere the peaks are null.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export const BUILD_STAGES = ['astro', 'pagefind', 'message index', 'precompress and configs'] as const;
export type BuildStage = (typeof BUILD_STAGES)[number];

export interface StageMeasure {
  seconds: number;
  peakMiB: number | null;
}

/** The line that starts each stage. */
const STAGE_STARTS: [RegExp, BuildStage][] = [
  [/^build: site \(astro build\)/, 'astro'],
  [/^build: full search index \(pagefind\)/, 'pagefind'],
  [/^build: message index/, 'message index'],
  [/^message index: \d+ pages/, 'precompress and configs'],
];

export async function timedBuild(root: string, env: NodeJS.ProcessEnv): Promise<Record<BuildStage, StageMeasure>> {
  const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const starts = new Map<BuildStage, number>();
  const peaks = new Map<BuildStage, number>();
  let stage: BuildStage | undefined;
  /** The stage each process was first seen in: a process's VmHWM is its peak over its life. */
  const stageOfProcess = new Map<number, BuildStage>();
  const poll = setInterval(() => {
    for (const pid of descendants(child.pid!)) {
      const owner = pid === child.pid ? 'precompress and configs' : (stageOfProcess.get(pid) ?? stage);
      if (!owner) continue;
      stageOfProcess.set(pid, owner);
      const peak = peakKiB(pid);
      if (peak !== null) peaks.set(owner, Math.max(peaks.get(owner) ?? 0, peak));
    }
  }, 50);
  createInterface({ input: child.stdout! }).on('line', (line) => {
    process.stdout.write(`    ${line}\n`);
    const started = STAGE_STARTS.find(([pattern]) => pattern.test(line))?.[1];
    if (started) {
      stage = started;
      starts.set(started, performance.now());
    }
  });
  const status = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const end = performance.now();
  clearInterval(poll);
  if (status !== 0) throw new Error(`the build in ${root} failed (${status})`);
  const memory = existsSync('/proc/self/status');
  return Object.fromEntries(
    BUILD_STAGES.map((name, index) => {
      const start = starts.get(name);
      const next = BUILD_STAGES.slice(index + 1)
        .map((later) => starts.get(later))
        .find((time) => time !== undefined);
      if (start === undefined) throw new Error(`the build printed no start for the stage "${name}"`);
      return [
        name,
        {
          seconds: Math.round((next ?? end) - start) / 1000,
          peakMiB: memory && peaks.has(name) ? Math.round(peaks.get(name)! / 1024) : null,
        },
      ];
    }),
  ) as Record<BuildStage, StageMeasure>;
}

/** The process and every process below it, from the parent ids in /proc/<pid>/stat. */
function descendants(root: number): number[] {
  if (!existsSync('/proc/self/stat')) return [];
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields after its last ")" are fixed.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while the list was read.
    }
  }
  const found = [root];
  for (let index = 0; index < found.length; index++) found.push(...(children.get(found[index]!) ?? []));
  return found;
}

function peakKiB(pid: number): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}
