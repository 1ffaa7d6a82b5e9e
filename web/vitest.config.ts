import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineProject } from 'vitest/config';

// Plain svelte() here, not sveltekit(): the kit plugin reads its config from the cwd,
// which is the repo root when vitest runs all projects (DESIGN.md section 6).
export default defineProject({
  plugins: [svelte()],
  test: { name: 'web', include: ['src/**/*.test.ts'] }
});
