import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'local-stack',
    include: ['test/**/*.test.ts'],
    // The restart test starts the stack's Firestore part twice as a child process.
    testTimeout: 30_000,
    hookTimeout: 30_000
  }
});
