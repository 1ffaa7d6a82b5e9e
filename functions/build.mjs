// Bundles functions/ with core/ (and core's own dependencies such as zod) inside, so what a deploy
// uploads — this folder with its declared dependencies — is self-contained: @buku/core is a
// workspace, not a registry package. Only the packages declared in package.json stay external.
//
//   node build.mjs                      → lib/index.js (what `npm run build` and a deploy use)
//   node build.mjs --outfile <file>     → the same bundle elsewhere (tests: a deploy copy, the
//                                         browser tests' Functions emulator source)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const declared = Object.keys(pkg.dependencies ?? {});
const { values } = parseArgs({ options: { outfile: { type: 'string', default: 'lib/index.js' } } });

await build({
  absWorkingDir: here,
  entryPoints: ['src/index.ts'],
  outfile: values.outfile,
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
  console.log(`${values.outfile}: ${core} core modules and ${inputs.length - core} other inputs bundled`);
});
