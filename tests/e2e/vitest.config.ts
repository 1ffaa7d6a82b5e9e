import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'e2e',
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    // The whole product (`npm start` on free ports, seeded), started once per run.
    globalSetup: ['global-setup.ts'],
    // One stack and 2 CPUs: the stories run one file after another, each file in order.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000
  }
});
