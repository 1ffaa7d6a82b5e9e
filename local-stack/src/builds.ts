/**
 * What the emulators serve must be built first: functions/lib/index.js (the Functions emulator
 * loads it) and web/build (Hosting serves it). The web app is rebuilt only when its sources,
 * core/ or the emulator addresses baked into it changed since the last build.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, webKitDir } from './config';

export function runCommand(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env
) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

export async function buildFunctions(): Promise<void> {
  const { code, output } = await runCommand(process.execPath, ['build.mjs'], join(ROOT, 'functions'));
  if (code !== 0) throw new Error(`functions build failed (${code}):\n${output.slice(-4000)}`);
}

/** Newest modification time (ms) of the files under `paths` (node_modules and build output skipped). */
export function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) {
        if (name === 'node_modules' || name === 'build' || name === '.svelte-kit' || name.startsWith('.'))
          continue;
        visit(join(path, name));
      }
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const path of paths) visit(path);
  return newest;
}

const WEB_INPUTS = [
  'web/src',
  'web/static',
  'web/package.json',
  'web/svelte.config.js',
  'web/vite.config.ts',
  'core/src'
];

export interface WebBuildResult {
  built: boolean;
  /** Milliseconds spent building (0 when the previous build was still current). */
  ms: number;
}

/**
 * Builds web/ when needed. `viteEnv` are the VITE_* variables of this run (emulator addresses
 * that differ from the app's defaults); a change in them also means a rebuild.
 */
export async function buildWebIfStale(
  stampFile: string,
  viteEnv: Record<string, string>,
  buildDir: string = join(ROOT, 'web', 'build')
): Promise<WebBuildResult> {
  const index = join(buildDir, 'index.html');
  const inputs = newestMtime(WEB_INPUTS.map((p) => join(ROOT, p)));
  const wanted = JSON.stringify({ inputs, viteEnv, buildDir });
  const kitDir = webKitDir(buildDir);
  // web/svelte.config.js reads these: output and SvelteKit's working files away from web/build.
  const dirs: Record<string, string> = kitDir
    ? { BUKU_WEB_BUILD_DIR: buildDir, BUKU_WEB_KIT_DIR: kitDir }
    : {};
  if (existsSync(index) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === wanted) {
    return { built: false, ms: 0 };
  }
  const started = Date.now();
  const { code, output } = await runCommand('npm', ['run', '--silent', 'build', '-w', 'web'], ROOT, {
    ...process.env,
    ...viteEnv,
    ...dirs
  });
  if (code !== 0) throw new Error(`web build failed (${code}):\n${output.slice(-4000)}`);
  writeFileSync(stampFile, wanted);
  return { built: true, ms: Date.now() - started };
}
