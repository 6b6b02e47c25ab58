/**
 * Runs `node scripts/build.ts` in a project folder and times its stages from the "build: …"
 * lines it prints, so the build measured is exactly the shipped one: Astro; then the two search
 * indexes (one after the other) beside the precompression of the pages (each job's own time from
 * the line the build prints when all are done); then the server configs. Peak memory per stage:
 * the most that all of the build's processes held at once (their VmRSS summed, polled every
 * 50 ms), or a single process's own peak (VmHWM) when that is higher, as a spike between two polls
 * would be. Linux only for memory; elsewhere the peaks are null.
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
  const jobs: Partial<Record<SideBySideJob, number>> = {};
  let stage: BuildStage | undefined;
  /** Per stage, the most the build's processes held at once (KiB). */
  const peaks = new Map<BuildStage, number>();
  /** A process's own peak (VmHWM) and the stage it was first seen in, for spikes between polls. */
  const processPeaks = new Map<number, { stage: BuildStage; peak: number }>();
  const poll = setInterval(() => {
    if (!stage) return;
    let atOnce = 0;
    for (const pid of descendants(child.pid!)) {
      const memory = memoryKiB(pid);
      if (!memory) continue;
      atOnce += memory.resident;
      const seen = processPeaks.get(pid) ?? { stage, peak: 0 };
      processPeaks.set(pid, { stage: seen.stage, peak: Math.max(seen.peak, memory.peak) });
    }
    peaks.set(stage, Math.max(peaks.get(stage) ?? 0, atOnce));
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
    // The build script's own process lives through every stage: its peak is not one stage's.
    const single = [...processPeaks]
      .filter(([pid, seen]) => pid !== child.pid && seen.stage === name)
      .map(([, seen]) => seen.peak);
    const all = [...single, peaks.get(name) ?? 0].filter((peak) => peak > 0);
    return all.length > 0 ? Math.max(...all) : undefined;
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
      const peak = memory ? stagePeakKiB(name) : undefined;
      return [
        name,
        {
          seconds: Math.round((next ?? end) - start) / 1000,
          peakMiB: peak === undefined ? null : Math.round(peak / 1024),
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

/** A process's resident set now and its peak so far (VmRSS, VmHWM), or null once it has ended. */
function memoryKiB(pid: number): { resident: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const resident = /^VmRSS:\s+(\d+) kB$/m.exec(status);
    const peak = /^VmHWM:\s+(\d+) kB$/m.exec(status);
    return resident && peak ? { resident: Number(resident[1]), peak: Number(peak[1]) } : null;
  } catch {
    return null;
  }
}
