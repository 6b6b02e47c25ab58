import { defineConfig } from 'vitest/config';

// Unit tests only: Playwright's *.spec.ts files under tests/e2e belong to `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
