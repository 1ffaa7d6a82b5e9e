import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'tests',
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    // The browser tests' stack (emulators, web build, static server), started once per run.
    globalSetup: ['browser/global-setup.ts']
  }
});
