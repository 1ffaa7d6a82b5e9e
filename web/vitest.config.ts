import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineProject } from 'vitest/config';

// Plain svelte() here, not sveltekit(): the kit plugin reads its config from the cwd,
// which is the repo root when vitest runs all projects (DESIGN.md section 6). So the
// `$lib` alias that SvelteKit would provide is declared by hand.
// Component tests need Svelte's browser build: they run in happy-dom (set per file).
export default defineProject({
  plugins: [svelte(), svelteTesting()],
  resolve: {
    alias: {
      $lib: fileURLToPath(new URL('./src/lib', import.meta.url)),
      // Kit's runtime modules only exist under the kit plugin: tests get inert stand-ins.
      '$app/navigation': fileURLToPath(new URL('./src/test-support/app-navigation.ts', import.meta.url)),
      '$app/paths': fileURLToPath(new URL('./src/test-support/app-paths.ts', import.meta.url)),
      '$app/state': fileURLToPath(new URL('./src/test-support/app-state.ts', import.meta.url))
    },
    conditions: ['browser', 'module', 'import', 'default']
  },
  test: { name: 'web', include: ['src/**/*.test.ts'] }
});
