import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of eslint.config.js, run on small imports placed in each room: every zone must
 * refuse what it forbids and let through what it allows, or the architecture drifts silently.
 */
const eslint = new ESLint({ cwd: new URL('../../../', import.meta.url).pathname });

async function layerProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'trustkb/layers').map((m) => m.message);
}

describe('the layer rules', () => {
  it.each([
    ['src/client/checker/x.ts', "import { main } from '../../cli/main.ts';", /Browser code never imports from the CLI/],
    [
      'src/site/x.ts',
      "import { initChecker } from '../client/checker/boot.ts';",
      /The site never imports browser code/,
    ],
    [
      'src/pages/x.ts',
      "export { initChecker } from '../client/checker/boot.ts';",
      /The site never imports browser code/,
    ],
    ['bench/x.ts', "import { SEARCH_ROWS } from '../tests/e2e/search-findability.spec.ts';", /Tests may use the tools/],
    ['scripts/x.ts', "const rows = await import('../tests/data/x.ts');", /Tests may use the tools/],
    ['src/explain/x.ts', "import { analyzeChain } from '../checker/chain.ts';", /through src\/checker\/index\.ts only/],
    ['tests/e2e/x.ts', "import type { ParsedCertificate } from '../../src/checker/certificate.ts';", /index\.ts only/],
    ['src/checker/x.ts', "import i18next from 'i18next';", /The checker core is plain TypeScript/],
    ['src/checker/x.ts', "import { sanitize } from '../explain/sanitize.ts';", /The checker core is plain TypeScript/],
  ])('%s: refuses %s', async (filePath, code, message) => {
    const problems = await layerProblems(filePath, `${code}\nexport {};\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it.each([
    ['src/client/checker/x.ts', "import { diagnose } from '../../checker/index.ts';"],
    ['src/client/checker/x.ts', "import { buildReport } from '../../explain/index.ts';"],
    ['src/cli/x.ts', "import { sanitize } from '../explain/sanitize.ts';"],
    ['src/checker/x.ts', "import { analyzeChain } from './chain.ts';"],
    ['tests/unit/checker/x.ts', "import { analyzeChain } from '../../../src/checker/chain.ts';"],
    ['tests/e2e/x.ts', "import { launchChromium } from '../../scripts/lib/browser.ts';"],
    ['bench/x.ts', "import { launchChromium } from '../scripts/lib/browser.ts';"],
  ])('%s: allows %s', async (filePath, code) => {
    expect(await layerProblems(filePath, `${code}\nexport {};\n`)).toEqual([]);
  });

  it('treats a component <script> as browser code and its frontmatter as the site', async () => {
    const component = [
      '---',
      "import { pickLanguage } from '../client/pick-language.ts';",
      'const x = pickLanguage;',
      '---',
      '<p>{String(x)}</p>',
      '<script>',
      "  import { initThemeToggle } from '../client/theme-toggle.ts';",
      "  import { main } from '../cli/main.ts';",
      '  initThemeToggle(main);',
      '</script>',
      '',
    ].join('\n');
    const problems = await layerProblems('src/components/X.astro', component);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/The site never imports browser code/);
    expect(problems[1]).toMatch(/Browser code never imports from the CLI/);
  });
});
