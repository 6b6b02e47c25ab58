import { existsSync } from 'node:fs';
import { findNginx } from '../../scripts/lib/nginx-server.ts';

/** The browser tests read the built sites through nginx; say so plainly instead of failing on a 404. */
export default function globalSetup(): void {
  const missing = [
    ['dist/index.html', 'npm run build'],
    ['dist-server/nginx.conf', 'npm run build'],
    ['dist-kb/index.html', 'npm run build:subpath'],
    ['dist-kb-server/nginx.conf', 'npm run build:subpath'],
  ].filter(([file]) => !existsSync(new URL(`../../${file}`, import.meta.url)));
  if (missing.length > 0) {
    const commands = [...new Set(missing.map(([, command]) => `\`${command}\``))].join(' and ');
    throw new Error(
      `${missing.map(([file]) => file).join(', ')} missing: run ${commands} before \`npm run test:e2e\` (\`npm test\` does it all).`,
    );
  }
  if (!findNginx()) {
    throw new Error(
      'The browser tests serve the site with nginx: apt-get install nginx-light libnginx-mod-http-brotli-static (.ci/run does).',
    );
  }
}
