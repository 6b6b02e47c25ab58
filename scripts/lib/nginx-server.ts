/**
 * Runs nginx from the system's packages with the server block the build shipped
 * (<out>-server/nginx.conf), so the browser tests get the headers, caching, media types, 404
 * pages and precompressed files production gets. Only the `listen` and `root` lines change,
 * and only to a loopback port and this build's folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { NGINX_LISTEN_LINE, NGINX_ROOT_LINE } from '../../src/deploy/nginx.ts';

const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'];
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export function findNginx(): string | null {
  return NGINX_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

function replaceOnce(text: string, line: string, replacement: string): string {
  const count = text.split('\n').filter((candidate) => candidate === line).length;
  if (count !== 1) throw new Error(`The shipped nginx.conf must hold "${line.trim()}" exactly once (found ${count}).`);
  return text.replace(line, replacement);
}

/** The shipped server block with a loopback port and a document root, and nothing else changed. */
export function localServerBlock(shipped: string, port: number, documentRoot: string): string {
  const listening = replaceOnce(shipped, NGINX_LISTEN_LINE, `    listen 127.0.0.1:${port};`);
  return replaceOnce(listening, NGINX_ROOT_LINE, `    root ${documentRoot};`);
}

/** The smallest main config around it: foreground, one worker, everything under the prefix. */
export function mainConfig(prefix: string, serverBlockPath: string, runAsRoot: boolean): string {
  return [
    '# trustkb test server: written by scripts/lib/nginx-server.ts around the shipped server block',
    ...(existsSync(BROTLI_MODULE) ? [`load_module ${BROTLI_MODULE};`] : []),
    // As root, workers would drop to nobody, who may not read a checkout under /root.
    ...(runAsRoot ? ['user root;'] : []),
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(prefix, 'nginx.pid')};`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    '    access_log off;',
    `    client_body_temp_path ${join(prefix, 'body')};`,
    `    proxy_temp_path ${join(prefix, 'proxy')};`,
    `    include ${serverBlockPath};`,
    '}',
    '',
  ].join('\n');
}

/** Where the site's files appear to nginx: base /kb/ needs `<root>/kb/` to be the build. */
function documentRootFor(prefix: string, outDir: string, base: string): string {
  if (base === '/') return outDir;
  const root = join(prefix, 'docroot');
  const mount = join(root, ...base.split('/').filter(Boolean));
  mkdirSync(dirname(mount), { recursive: true });
  symlinkSync(outDir, mount, 'dir');
  return root;
}

export interface NginxServer {
  origin: string;
  process: ChildProcess;
  /** Stops nginx; resolves once it has exited and its temporary folder is gone. */
  stop(): Promise<void>;
}

/** The base the build was made for, read from its own nginx block (`location /kb/ {`). */
export function baseOfServerBlock(shipped: string): string {
  const match = /^ {4}location (\/[^\s]*) \{$/m.exec(shipped);
  if (!match) throw new Error('The shipped nginx.conf has no site location.');
  return match[1]!;
}

/** Starts nginx for a build folder on a loopback port; resolves once it answers. */
export async function startNginx(outDirOption: string, port: number): Promise<NginxServer> {
  const nginx = findNginx();
  if (!nginx) throw new Error('nginx is not installed: apt-get install nginx-light libnginx-mod-http-brotli-static');
  const outDir = resolve(outDirOption);
  const shippedPath = `${outDir}-server/nginx.conf`;
  if (!existsSync(shippedPath)) throw new Error(`${shippedPath} is missing: run \`npm run build\` first.`);
  const shipped = readFileSync(shippedPath, 'utf8');
  const base = baseOfServerBlock(shipped);
  const prefix = mkdtempSync(join(tmpdir(), 'trustkb-nginx-'));
  const serverBlockPath = join(prefix, 'trustkb.conf');
  writeFileSync(serverBlockPath, localServerBlock(shipped, port, documentRootFor(prefix, outDir, base)));
  const configPath = join(prefix, 'nginx.conf');
  writeFileSync(configPath, mainConfig(prefix, serverBlockPath, process.getuid?.() === 0));
  const child = spawn(nginx, ['-p', prefix, '-c', configPath, '-e', 'stderr'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // The folder holds nginx's config and pid file while it runs, and goes when it exits.
  const exited = new Promise<void>((done) =>
    child.once('exit', () => {
      rmSync(prefix, { recursive: true, force: true });
      done();
    }),
  );
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}; its errors are above.`);
    try {
      await fetch(`${origin}${base}`);
      return { origin, process: child, stop };
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  await stop();
  throw new Error(`nginx did not answer on ${origin}${base}.`);
}
