import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'tests',
    include: ['**/*.test.ts'],
    // tests/e2e/ is a project of its own (the whole product, its own global setup).
    exclude: ['**/node_modules/**', 'e2e/**'],
    // The browser tests' stack (emulators, web build, static server), started once per run.
    globalSetup: ['browser/global-setup.ts']
  }
});
