import { defineConfig } from 'vitest/config';

/**
 * Two projects. `unit` needs nothing built. `site` reads the builds (`npm run build` and
 * `npm run build:subpath` first): every page's markup, links, head tags and bytes, without a
 * browser. Playwright's *.spec.ts files under tests/e2e belong to `npm run test:e2e`.
 */
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/site/global-setup.ts'] },
      },
    ],
  },
});
