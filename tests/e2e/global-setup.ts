import { existsSync } from 'node:fs';

/** The browser tests read the built site; say so plainly instead of failing on a 404. */
export default function globalSetup(): void {
  if (!existsSync(new URL('../../dist/index.html', import.meta.url))) {
    throw new Error('dist/ is missing: run `npm run build` before `npm run test:e2e` (`npm test` does both).');
  }
}
