/**
 * The Firebase Auth emulator of firebase-tools (pure Node, runs offline; ready in ~15–20 s),
 * on free ports written to a throw-away firebase.json so parallel runs do not clash; with the
 * Functions emulator beside it when asked (the callables of the staff pages), which reaches our
 * Firestore emulator through FIRESTORE_EMULATOR_HOST and the Auth emulator by itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface AuthEmulator {
  /** host:port */
  host: string;
  stop(): Promise<void>;
}

export interface FunctionsEmulatorOptions {
  /** Chosen beforehand (see freePort): the web build needs the address. */
  port: number;
  /** A directory holding package.json and the built functions (see functions-build.ts). */
  source: string;
  /** host:port of our Firestore emulator, for the functions' firebase-admin. */
  firestoreHost: string;
}

/** `authPort`: chosen beforehand (see freePort) when the address must be known before it is ready. */
export async function startAuthEmulator(
  project: string,
  authPort?: number,
  functions?: FunctionsEmulatorOptions
): Promise<AuthEmulator> {
  const host = '127.0.0.1';
  const ports = { auth: authPort ?? (await freePort()), hub: await freePort(), logging: await freePort() };
  const workDir = mkdtempSync(join(tmpdir(), 'buku-auth-'));
  // The Functions emulator also claims the Eventarc and Cloud Tasks emulators' ports.
  const functionsEmulators = functions
    ? {
        functions: { host, port: functions.port },
        eventarc: { host, port: await freePort() },
        tasks: { host, port: await freePort() }
      }
    : {};
  writeFileSync(
    join(workDir, 'firebase.json'),
    JSON.stringify({
      ...(functions
        ? {
            functions: [
              { source: relative(workDir, functions.source), codebase: 'default', runtime: 'nodejs22' }
            ]
          }
        : {}),
      emulators: {
        auth: { host, port: ports.auth },
        ...functionsEmulators,
        hub: { host, port: ports.hub },
        logging: { host, port: ports.logging },
        ui: { enabled: false },
        singleProjectMode: true
      }
    })
  );
  const child: ChildProcess = spawn(
    join(ROOT, 'node_modules', '.bin', 'firebase'),
    ['emulators:start', '--only', functions ? 'auth,functions' : 'auth', '--project', project],
    {
      cwd: workDir,
      env: {
        ...process.env,
        CI: 'true',
        NO_UPDATE_NOTIFIER: '1',
        FORCE_COLOR: '0',
        ...(functions ? { FIRESTORE_EMULATOR_HOST: functions.firestoreHost } : {})
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so stopping it stops the Java-free Node children too.
      detached: true
    }
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Auth emulator did not start:\n${output}`)), 90_000);
    const watch = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('All emulators ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', watch);
    child.stderr!.on('data', watch);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`firebase exited with ${code}:\n${output}`));
    });
  });
  return {
    host: `${host}:${ports.auth}`,
    async stop() {
      if (child.pid && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // Nothing to export: a plain stop, and a hard one if it lingers (vitest waits 10 s).
        process.kill(-child.pid, 'SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 4_000))]);
        if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
      }
      child.stdout?.destroy();
      child.stderr?.destroy();
      rmSync(workDir, { recursive: true, force: true });
    }
  };
}
