// Bundles functions/ with core/ inside, so what a deploy uploads (this folder with its
// declared dependencies) is self-contained: @buku/core is a workspace, not a registry package.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/index.ts'],
  outfile: 'lib/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  // Registry packages stay external and are installed from package.json at deploy time.
  packages: 'external',
  alias: { '@buku/core': '../core/src/index.ts' },
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
});
