/**
 * Serves the built site (dist/) with `astro preview` for the benchmarks and the screenshot
 * script, waits until it answers, and stops it with its whole process group (astro preview
 * leaves a child on the port otherwise).
 */
import { spawn } from 'node:child_process';

export interface PreviewServer {
  origin: string;
  stop(): void;
}

export async function startPreview(port: number, readyPath = '/en/'): Promise<PreviewServer> {
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const stop = () => {
    if (server.pid) process.kill(-server.pid);
  };
  try {
    await waitFor(`${origin}${readyPath}`);
  } catch (error) {
    stop();
    throw error;
  }
  return { origin, stop };
}

async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer: run \`npm run build\` first.`);
}
