import { existsSync } from 'node:fs';

/** The site tests read the builds: say plainly which is missing instead of failing on a missing file. */
export default function globalSetup(): void {
  const missing = [
    ['dist/index.html', 'npm run build'],
    ['dist-kb/index.html', 'npm run build:subpath'],
  ].filter(([file]) => !existsSync(new URL(`../../${file}`, import.meta.url)));
  if (missing.length > 0) {
    const commands = [...new Set(missing.map(([, command]) => `\`${command}\``))].join(' and ');
    throw new Error(
      `${missing.map(([file]) => file).join(', ')} missing: run ${commands} before \`npm run test:site\` (\`npm test\` does it all).`,
    );
  }
}
