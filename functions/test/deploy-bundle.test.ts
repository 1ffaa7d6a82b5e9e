/**
 * What a deploy uploads is functions/ with its declared dependencies: lib/index.js must import
 * nothing else (no workspace package such as @buku/core, no undeclared registry package), and it
 * must load and export every function.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const functionsDir = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${functionsDir}/package.json`, 'utf8')) as {
  dependencies: Record<string, string>;
};

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

describe('the deployable bundle', () => {
  let bundle = '';
  beforeAll(() => {
    execFileSync(process.execPath, ['build.mjs'], { cwd: functionsDir, stdio: 'pipe' });
    bundle = readFileSync(`${functionsDir}/lib/index.js`, 'utf8');
  });

  it('imports only Node built-ins and the dependencies package.json declares', () => {
    const builtins = new Set(builtinModules);
    const undeclared = specifiersIn(bundle).filter((specifier) => {
      if (specifier.startsWith('node:') || builtins.has(packageOf(specifier))) return false;
      return !(packageOf(specifier) in pkg.dependencies);
    });
    expect(undeclared).toEqual([]);
    // core/ and its zod are inside the bundle, not imported.
    expect(specifiersIn(bundle).some((s) => s.startsWith('@buku/') || s === 'zod')).toBe(false);
  });

  it('loads and exports every function', () => {
    const exported = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const m = await import('./lib/index.js'); console.log(Object.keys(m).sort().join(','));"
      ],
      { cwd: functionsDir, encoding: 'utf8' }
    ).trim();
    expect(exported.split(',')).toEqual(
      [
        'grantRole',
        'importBook',
        'inviteMember',
        'monthlyForum',
        'onComplaintCreated',
        'onComplaintUpdated',
        'onLogEntryCreated',
        'recomputeMonth',
        'revokeRole'
      ].sort()
    );
  });
});
