/**
 * `npm run serve`: serves a build with nginx and the server block the build shipped, as
 * production does (the browser tests start it this way).
 *
 *   node scripts/serve.ts [--out dist] [--port 4321]
 */
import { parseArgs } from 'node:util';
import { startNginx } from './lib/nginx-server.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, port: { type: 'string' } } });
const port = Number(values.port ?? 4321);
try {
  const server = await startNginx(values.out ?? 'dist', port);
  console.log(`serve: nginx on ${server.origin} (stop with Ctrl+C)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      // Exit once nginx has, so its temporary folder is removed first.
      void server.stop().then(() => process.exit(0));
    });
  }
  server.process.on('exit', (code) => process.exit(code ?? 1));
} catch (error) {
  console.error(`serve: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
