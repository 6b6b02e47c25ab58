import { requireBuilds } from '../lib/required-builds.ts';

/** The site tests read the builds: say plainly which is missing instead of failing on a missing file. */
export default function globalSetup(): void {
  requireBuilds(
    [
      ['dist/index.html', 'npm run build'],
      ['dist-kb/index.html', 'npm run build:subpath'],
    ],
    'npm run test:site',
  );
}
