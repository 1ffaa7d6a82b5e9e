/**
 * functions/ bundled for this run into a directory of its own, for the Functions emulator to load
 * (the callables the staff pages use: role management, book import). Built here rather than
 * taken from functions/lib, which other test projects rebuild while they run. The directory sits
 * under node_modules/.cache so that the bundle's declared dependencies (firebase-admin,
 * firebase-functions) resolve from the workspace, as they do for functions/lib.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle } from '../../../functions/test/support/deploy-copy';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FUNCTIONS = join(ROOT, 'functions');

export interface FunctionsSource {
  /** The directory to name as `source` in firebase.json. */
  dir: string;
  remove(): void;
}

export async function buildFunctionsSource(): Promise<FunctionsSource> {
  const pkg = JSON.parse(readFileSync(join(FUNCTIONS, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    engines?: Record<string, string>;
  };
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'buku-browser-functions-'));
  try {
    // functions/build.mjs itself: core bundled in, declared dependencies external.
    buildBundle(join(dir, 'index.js'));
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        name: 'buku-browser-functions',
        private: true,
        type: 'module',
        main: 'index.js',
        engines: pkg.engines,
        dependencies: pkg.dependencies
      })
    );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
