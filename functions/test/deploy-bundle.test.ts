/**
 * What a deploy uploads is functions/ with its declared dependencies. The bundle is built by
 * build.mjs into a copy of functions/ outside the repository (support/deploy-copy.ts) whose
 * node_modules holds only the packages package.json declares, and loaded there by a separate
 * `node`: the repository's node_modules (core, zod, dev tools) cannot be reached from it. A copy
 * missing one declared package must fail to load, or the check would prove nothing.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  declaredDependencies,
  FUNCTIONS_DIR,
  functionsPackage,
  nodeModulesAbove,
  prepareDeployCopy,
  type DeployCopy
} from './support/deploy-copy';

const EXPORTED = [
  'forumCenterMonth',
  'grantRole',
  'importBook',
  'inviteMember',
  'monthlyForum',
  'onComplaintCreated',
  'onComplaintUpdated',
  'onLogEntryCreated',
  'recomputeMonth',
  'revokeRole'
];

/** The package a bare specifier belongs to: `@scope/name/sub` → `@scope/name`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function specifiersIn(source: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

/** Runs module code in a fresh `node` in `cwd`, with no NODE_PATH or NODE_OPTIONS to widen resolution. */
function nodeIn(cwd: string, code: string) {
  const { PATH, HOME, TMPDIR } = process.env;
  const env = Object.fromEntries(
    Object.entries({ PATH, HOME, TMPDIR }).filter(([, v]) => v !== undefined)
  ) as NodeJS.ProcessEnv;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd,
    env,
    encoding: 'utf8'
  });
  return { status: run.status, stdout: run.stdout.trim(), stderr: run.stderr };
}

const LOAD_AND_LIST =
  "const m = await import(new URL('./lib/index.js', 'file://' + process.cwd() + '/').href); " +
  "console.log(Object.keys(m).sort().join(','));";

let copy: DeployCopy;
beforeAll(() => {
  copy = prepareDeployCopy();
}, 60_000);
afterAll(() => copy?.remove());

describe('the deployable bundle', () => {
  it('is a copy of functions/ outside the repository with only the declared dependencies', () => {
    expect(copy.dir.startsWith(FUNCTIONS_DIR)).toBe(false);
    expect(copy.dir.startsWith(join(FUNCTIONS_DIR, '..'))).toBe(false);
    // Nothing above the copy could lend it a package.
    expect(nodeModulesAbove(copy.dir)).toEqual([]);
    expect(declaredDependencies()).toEqual(['firebase-admin', 'firebase-functions', 'google-auth-library']);
    const scoped = (name: string) =>
      name.startsWith('@') ? readdirSync(join(copy.dir, 'node_modules', name)) : [];
    const top = readdirSync(join(copy.dir, 'node_modules'));
    expect(
      top.flatMap((name) => (name.startsWith('@') ? scoped(name).map((s) => `${name}/${s}`) : [name])).sort()
    ).toEqual(declaredDependencies());
    // What firebase.json's ignore leaves out is not uploaded; package.json and the bundle are.
    const uploaded = readdirSync(copy.dir).sort();
    expect(uploaded).toContain('package.json');
    expect(uploaded).toContain('lib');
    for (const left of ['test', 'bench']) expect(uploaded).not.toContain(left);
    expect(functionsPackage().main).toBe('lib/index.js');
  });

  it('imports only Node built-ins and the dependencies package.json declares', () => {
    const bundle = readFileSync(join(copy.dir, 'lib', 'index.js'), 'utf8');
    const declared = new Set(declaredDependencies());
    const builtins = new Set(builtinModules);
    const undeclared = specifiersIn(bundle).filter((specifier) => {
      if (specifier.startsWith('node:') || builtins.has(packageOf(specifier))) return false;
      return !declared.has(packageOf(specifier));
    });
    expect(undeclared).toEqual([]);
    // core/ and its zod are inside the bundle, not imported.
    expect(specifiersIn(bundle).some((s) => s.startsWith('@buku/') || s === 'zod')).toBe(false);
  });

  it('loads in the clean copy, in its own node, and exports every function', () => {
    const run = nodeIn(copy.dir, LOAD_AND_LIST);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.split(',')).toEqual(EXPORTED);
  }, 60_000);

  it('cannot reach the repository’s packages from the copy (they resolve in place)', () => {
    const probe = "await import('zod'); console.log('found');";
    expect(nodeIn(FUNCTIONS_DIR, probe)).toMatchObject({ status: 0, stdout: 'found' });
    const outside = nodeIn(copy.dir, probe);
    expect(outside.status).not.toBe(0);
    expect(outside.stderr).toContain("Cannot find package 'zod'");
  });

  it.each(declaredDependencies())(
    'fails to load from a copy without %s',
    (missing) => {
      const partial = prepareDeployCopy({ omit: [missing], lib: join(copy.dir, 'lib') });
      try {
        expect(partial.installed).not.toContain(missing);
        const run = nodeIn(partial.dir, LOAD_AND_LIST);
        expect(run.status).not.toBe(0);
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain('ERR_MODULE_NOT_FOUND');
        expect(run.stderr).toContain(`Cannot find package '${missing}'`);
      } finally {
        partial.remove();
      }
    },
    60_000
  );
});
