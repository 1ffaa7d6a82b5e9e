/**
 * The whole product as `npm start` brings it up (local-stack/src/main.ts, as scripts/start.mjs runs it):
 * our Firestore emulator with the real rules, trigger delivery, the Auth/Functions/Hosting
 * emulators, the built web app and the seeded demo network — on free ports, with a data
 * directory and a web build directory of its own, so it never meets a developer's running stack
 * or another test run. Used by the e2e project's global setup and by the product benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { webKitDir } from '../../../local-stack/src/config';
import { freePort } from '../../browser/support/auth-emulator';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** local-stack/src/config.ts: the project the stack serves. */
export const PROJECT = 'demo-buku';
/** functions/src/index.ts: the region in callable URLs. */
export const REGION = 'asia-southeast2';

export interface ProductStackAddress {
  /** The app, served by the Hosting emulator, e.g. http://127.0.0.1:41234 */
  siteUrl: string;
  /** host:port of our Firestore emulator. */
  firestoreHost: string;
  /** host:port of the Auth emulator. */
  authHost: string;
  /** host:port of the Functions emulator. */
  functionsHost: string;
  project: string;
}

export interface ProductStack extends ProductStackAddress {
  /** The stack's data directory (LOCAL_STACK_DATA). */
  dataDir: string;
  /** Where the web app was built (LOCAL_STACK_WEB_BUILD), and SvelteKit's working directory of it. */
  webBuildDir: string;
  kitDir: string;
  /** Seconds from spawning the stack to its banner. */
  startSeconds: number;
  /** Everything the stack printed so far. */
  output(): string;
  stop(): Promise<void>;
}

const PORT_VARIABLES = [
  'FIRESTORE_PORT',
  'AUTH_PORT',
  'FUNCTIONS_PORT',
  'WEB_PORT',
  'HUB_PORT',
  'LOGGING_PORT',
  'EVENTARC_PORT',
  'TASKS_PORT'
] as const;

/** How long a cold start may take: functions and web builds, firebase-tools, the seed. */
const START_TIMEOUT_MS = 6 * 60_000;

export async function startProductStack(): Promise<ProductStack> {
  const ports: Record<(typeof PORT_VARIABLES)[number], number> = {} as never;
  const taken = new Set<number>();
  for (const name of PORT_VARIABLES) {
    let port = await freePort();
    while (taken.has(port)) port = await freePort();
    taken.add(port);
    ports[name] = port;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'buku-e2e-'));
  const dataDir = join(scratch, 'data');
  const webBuildDir = join(scratch, 'web-build');
  // SvelteKit's working files of a build outside web/build (removed with the stack).
  const kitDir = webKitDir(webBuildDir)!;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, String(port)])),
    LOCAL_STACK_DATA: dataDir,
    LOCAL_STACK_WEB_BUILD: webBuildDir,
    // Snapshots only on stop: a test run needs no crash safety.
    LOCAL_STACK_SAVE_EVERY_MS: '0'
  };
  const started = Date.now();
  // What scripts/start.mjs runs once the npm packages are in place (its `npm ci` step is left
  // out: the test command has installed them, and a reinstall under running tests would break them).
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'local-stack/src/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const cleanUp = () => {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(kitDir, { recursive: true, force: true });
  };
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        // As Ctrl+C: the stack stops in order (it stops firebase-tools' process group itself).
        child.kill('SIGINT');
        const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 40_000));
        if ((await Promise.race([exited, timeout])) === 'timeout') child.kill('SIGKILL');
      }
      child.stdout?.destroy();
      child.stderr?.destroy();
      cleanUp();
    })();
    return stopping;
  };

  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the stack was not ready after ${START_TIMEOUT_MS / 1000} s:\n${output}`)),
        START_TIMEOUT_MS
      );
      const watch = () => {
        // The banner (local-stack/src/banner.ts) is printed once everything answers.
        if (output.includes('Buku Pengaduan siap / is ready')) {
          clearTimeout(timer);
          child.stdout!.off('data', watch);
          resolve();
        }
      };
      child.stdout!.on('data', watch);
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`the stack exited (${code}) before it was ready:\n${output}`));
      });
    });
    // A stack that came up without the demo network is not the product under test.
    if (!output.includes('demo-buku-2026')) throw new Error(`the demo network was not loaded:\n${output}`);
    // Nor one that serves an old build, or none (the stack only warns: a developer may go on).
    if (output.includes('gagal dibangun / failed to build'))
      throw new Error(`the web app did not build:\n${output}`);
  } catch (error) {
    await stop();
    throw error;
  }
  const host = '127.0.0.1';
  return {
    siteUrl: `http://${host}:${ports.WEB_PORT}`,
    firestoreHost: `${host}:${ports.FIRESTORE_PORT}`,
    authHost: `${host}:${ports.AUTH_PORT}`,
    functionsHost: `${host}:${ports.FUNCTIONS_PORT}`,
    project: PROJECT,
    dataDir,
    webBuildDir,
    kitDir,
    startSeconds: (Date.now() - started) / 1000,
    output: () => output,
    stop
  };
}
