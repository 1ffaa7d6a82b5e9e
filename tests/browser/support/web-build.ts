/**
 * Builds web/ into a directory of its own (BUKU_WEB_BUILD_DIR and BUKU_WEB_KIT_DIR, see
 * web/svelte.config.js) with
 * the emulator addresses of this run baked in, as a deploy would bake in the real project.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIR = fileURLToPath(new URL('../../../web', import.meta.url));

/**
 * SvelteKit's working directory of this build (generated code, the client output with its
 * manifest): inside web/ so that bare imports resolve, under the ignored .svelte-kit/, one per
 * build so that builds may overlap.
 */
export function kitDirOf(outDir: string): string {
  return join(WEB_DIR, '.svelte-kit', 'builds', basename(outDir));
}

export async function buildWeb(outDir: string, viteEnv: Record<string, string>): Promise<void> {
  // web/'s own vite (the workspace may hoist it or not).
  const vitePackage = createRequire(join(WEB_DIR, 'package.json')).resolve('vite/package.json');
  const vite = join(dirname(vitePackage), 'bin', 'vite.js');
  await new Promise<void>((resolve, reject) => {
    // Vite refuses a second build of the same project at once; these write only their own dirs.
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'error', '--bypass-lock'], {
      cwd: WEB_DIR,
      env: { ...process.env, ...viteEnv, BUKU_WEB_BUILD_DIR: outDir, BUKU_WEB_KIT_DIR: kitDirOf(outDir) },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build failed (${code}):\n${output.slice(-4000)}`))
    );
  });
}
