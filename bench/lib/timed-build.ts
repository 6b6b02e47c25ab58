/**
 * Runs `node scripts/build.ts` in a project folder and times its stages from the "build: …"
 * lines it prints, so the build measured is exactly the shipped one: Astro; then the two search
 * indexes (one after the other) beside the precompression of the pages (each job's own time from
 * the line the build prints when all are done); then the server configs. Peak memory per stage: the sum of the
 * VmHWM (peak resident set) of the processes first seen in that stage, polled every 50 ms. For
 * the side-by-side stage that sum is an upper bound of what its processes held at once. The build
 * script's own process precompresses, so its peak counts in that stage. Linux only for memory;
 * elsewhere the peaks are null.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export const BUILD_STAGES = ['astro', 'indexes and precompress', 'configs'] as const;
export type BuildStage = (typeof BUILD_STAGES)[number];

/** The jobs of the side-by-side stage, each with its own wall time. */
export const SIDE_BY_SIDE_JOBS = ['pagefind', 'message index', 'precompressed pages', 'then the indexes'] as const;
export type SideBySideJob = (typeof SIDE_BY_SIDE_JOBS)[number];

export interface TimedBuild {
  stages: Record<BuildStage, StageMeasure>;
  jobs: Record<SideBySideJob, number>;
}

export interface StageMeasure {
  seconds: number;
  peakMiB: number | null;
}

/** The line that starts each stage. */
const STAGE_STARTS: [RegExp, BuildStage][] = [
  [/^build: site \(astro build\)/, 'astro'],
  [/^build: search indexes and precompression, side by side/, 'indexes and precompress'],
  [/^build: server configs/, 'configs'],
];
/** The line that gives each side-by-side job's time ("pagefind 12.3 s, …"). */
const JOB_TIMES = /^build: side by side: /;

export async function timedBuild(root: string, env: NodeJS.ProcessEnv): Promise<TimedBuild> {
  const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const starts = new Map<BuildStage, number>();
  const peaks = new Map<number, number>();
  const jobs: Partial<Record<SideBySideJob, number>> = {};
  let stage: BuildStage | undefined;
  /** The stage each process was first seen in: a process's VmHWM is its peak over its life. */
  const stageOfProcess = new Map<number, BuildStage>();
  const poll = setInterval(() => {
    for (const pid of descendants(child.pid!)) {
      const owner = pid === child.pid ? 'indexes and precompress' : (stageOfProcess.get(pid) ?? stage);
      if (!owner) continue;
      stageOfProcess.set(pid, owner);
      const peak = peakKiB(pid);
      if (peak !== null) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, peak));
    }
  }, 50);
  createInterface({ input: child.stdout! }).on('line', (line) => {
    process.stdout.write(`    ${line}\n`);
    const started = STAGE_STARTS.find(([pattern]) => pattern.test(line))?.[1];
    if (started) {
      stage = started;
      starts.set(started, performance.now());
    }
    if (JOB_TIMES.test(line))
      for (const job of SIDE_BY_SIDE_JOBS) {
        const seconds = new RegExp(`${job} (\\d+(?:\\.\\d+)?) s`).exec(line)?.[1];
        if (seconds !== undefined) jobs[job] = Number(seconds);
      }
  });
  const status = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const end = performance.now();
  clearInterval(poll);
  if (status !== 0) throw new Error(`the build in ${root} failed (${status})`);
  const memory = existsSync('/proc/self/status');
  const stagePeakKiB = (name: BuildStage): number | undefined => {
    const owned = [...peaks].filter(([pid]) => stageOfProcess.get(pid) === name).map(([, peak]) => peak);
    return owned.length > 0 ? owned.reduce((sum, peak) => sum + peak, 0) : undefined;
  };
  const missing = SIDE_BY_SIDE_JOBS.filter((job) => jobs[job] === undefined);
  if (missing.length > 0) throw new Error(`the build printed no time for ${missing.join(', ')}`);
  const stages = Object.fromEntries(
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
          peakMiB: memory && stagePeakKiB(name) !== undefined ? Math.round(stagePeakKiB(name)! / 1024) : null,
        },
      ];
    }),
  ) as Record<BuildStage, StageMeasure>;
  return { stages, jobs: jobs as Record<SideBySideJob, number> };
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
