import { defineConfig } from 'vitest/config';

/**
 * Two projects. `unit` needs nothing built. `site` reads the builds (`npm run build` and
 * `npm run build:subpath` first): every page's markup, links, head tags and bytes, without a
 * browser. Playwright's *.spec.ts files under tests/e2e belong to `npm run test:e2e`.
 */
export default defineConfig({
  test: {
    environment: 'node',
    // No result may depend on the machine's speed: on a shared, overloaded machine a test that
    // takes 1 s when quiet can take ten (the default limit of 5 s failed one that way).
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/site/global-setup.ts'] },
      },
    ],
  },
});
