/**
 * What a deploy uploads, set up where nothing else is visible: functions/ copied without what
 * firebase.json's `ignore` leaves out, its bundle built into the copy by build.mjs, and a
 * node_modules holding only the packages package.json declares under "dependencies" — as Cloud
 * Build installs them. The packages are symlinks to the installed copies: Node resolves a
 * package's own dependencies from its real path, while the bundle resolves from the copy, where
 * the repository's node_modules (core, zod, dev tools) cannot be reached.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FUNCTIONS_DIR = fileURLToPath(new URL('../../', import.meta.url));
const ROOT = resolve(FUNCTIONS_DIR, '..');

interface FunctionsPackage {
  main?: string;
  dependencies?: Record<string, string>;
}

export function functionsPackage(): FunctionsPackage {
  return JSON.parse(readFileSync(join(FUNCTIONS_DIR, 'package.json'), 'utf8')) as FunctionsPackage;
}

export function declaredDependencies(): string[] {
  return Object.keys(functionsPackage().dependencies ?? {}).sort();
}

/** Builds the bundle with functions/build.mjs (the deploy's own build) into `outfile`. */
export function buildBundle(outfile: string): void {
  execFileSync(process.execPath, [join(FUNCTIONS_DIR, 'build.mjs'), '--outfile', outfile], {
    cwd: FUNCTIONS_DIR,
    stdio: 'pipe'
  });
}

/** firebase.json's `ignore` for the functions source: names or `*` globs, matched at any depth. */
function ignorePatterns(): RegExp[] {
  const config = JSON.parse(readFileSync(join(ROOT, 'firebase.json'), 'utf8')) as {
    functions: { source: string; ignore?: string[] }[];
  };
  const entry = config.functions.find((f) => f.source === 'functions');
  return (entry?.ignore ?? []).map(
    (glob) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`)
  );
}

/** Where Node would look for `name` from functions/: its node_modules, then each parent's. */
function installedPackage(name: string): string {
  for (let dir = FUNCTIONS_DIR; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(dir) === dir) throw new Error(`${name} is not installed`);
  }
}

/** node_modules/<name> → the installed package, for each of `names`. */
export function linkPackages(dir: string, names: readonly string[]): void {
  for (const name of names) {
    const link = join(dir, 'node_modules', ...name.split('/'));
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(installedPackage(name), link, 'dir');
  }
}

/** A node_modules directory in `dir` or above it would let the copy see packages it did not declare. */
export function nodeModulesAbove(dir: string): string[] {
  const found: string[] = [];
  for (let d = dirname(dir); ; d = dirname(d)) {
    if (existsSync(join(d, 'node_modules'))) found.push(join(d, 'node_modules'));
    if (dirname(d) === d) return found;
  }
}

export interface DeployCopy {
  dir: string;
  /** The declared dependencies given to the copy. */
  installed: string[];
  remove(): void;
}

export interface DeployCopyOptions {
  /** Declared dependencies to leave out (to show that the check can fail). */
  omit?: readonly string[];
  /** An existing bundle (a directory with index.js) to use instead of building one. */
  lib?: string;
}

/** A deploy's upload of functions/ in a fresh directory under the system's temp directory. */
export function prepareDeployCopy(options: DeployCopyOptions = {}): DeployCopy {
  const dir = mkdtempSync(join(realpathSync(tmpdir()), 'buku-deploy-'));
  if (dir.startsWith(ROOT + sep)) throw new Error(`${dir} is inside the repository`);
  try {
    const ignored = ignorePatterns();
    cpSync(FUNCTIONS_DIR, dir, {
      recursive: true,
      filter: (source) => {
        const path = relative(FUNCTIONS_DIR, source);
        if (path === '') return true;
        // lib/ is built fresh below: a stale lib/ must not pass for the current source.
        if (path === 'lib' || path.startsWith(`lib${sep}`)) return false;
        return !ignored.some((pattern) => pattern.test(basename(source)));
      }
    });
    const main = functionsPackage().main ?? 'index.js';
    if (options.lib) cpSync(options.lib, join(dir, dirname(main)), { recursive: true });
    else buildBundle(join(dir, main));
    const installed = declaredDependencies().filter((name) => !options.omit?.includes(name));
    linkPackages(dir, installed);
    return { dir, installed, remove: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
