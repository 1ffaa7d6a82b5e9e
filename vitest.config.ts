import { defineConfig } from 'vitest/config';

// One vitest run over every package; each package has its own project config.
export default defineConfig({
  test: {
    // functions/ and tests/ fill up with later issues; an empty project is not a failure.
    passWithNoTests: true,
    // The browser and e2e stacks stop in order (firebase-tools exports, temp dirs): give them time.
    teardownTimeout: 60_000,
    projects: ['core', 'emulator', 'functions', 'web', 'tests', 'tests/e2e', 'seed', 'local-stack'].map(
      (dir) => `${dir}/vitest.config.ts`
    )
  }
});
