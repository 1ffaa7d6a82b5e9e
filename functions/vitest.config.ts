import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'functions',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Handler tests talk to an emulator over HTTP; under a full parallel run 5 s is too tight.
    testTimeout: 30_000,
    hookTimeout: 30_000
  }
});
