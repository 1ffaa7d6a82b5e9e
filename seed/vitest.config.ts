import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  // Run alone (`--config seed/vitest.config.ts`) the root would be the cwd; tests live here.
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'seed',
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    // The load test starts emulators and writes a few thousand documents over HTTP.
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
});
