import { findNginx } from '../../scripts/lib/nginx-server.ts';
import { requireBuilds } from '../lib/required-builds.ts';

/** The browser tests read the built sites through nginx; say so plainly instead of failing on a 404. */
export default function globalSetup(): void {
  requireBuilds(
    [
      ['dist/index.html', 'npm run build'],
      ['dist-server/nginx.conf', 'npm run build'],
      ['dist-kb/index.html', 'npm run build:subpath'],
      ['dist-kb-server/nginx.conf', 'npm run build:subpath'],
    ],
    'npm run test:e2e',
  );
  if (!findNginx()) {
    throw new Error(
      'The browser tests serve the site with nginx: apt-get install nginx-light libnginx-mod-http-brotli-static (.ci/run does).',
    );
  }
}
