// Bundles functions/ with core/ (and core's own dependencies such as zod) inside, so what a deploy
// uploads — this folder with its declared dependencies — is self-contained: @buku/core is a
// workspace, not a registry package. Only the packages declared in package.json stay external.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const declared = Object.keys(pkg.dependencies ?? {});

await build({
  entryPoints: ['src/index.ts'],
  outfile: 'lib/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  // `pkg` and `pkg/sub/path` of every declared dependency are installed at deploy time.
  external: declared.flatMap((name) => [name, `${name}/*`]),
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);"
  },
  logLevel: 'warning',
  metafile: true
}).then((result) => {
  const inputs = Object.keys(result.metafile.inputs);
  const core = inputs.filter((path) => path.includes('core/src/')).length;
  if (core === 0) throw new Error('build: core/ was not bundled');
  console.log(`lib/index.js: ${core} core modules and ${inputs.length - core} other inputs bundled`);
});
