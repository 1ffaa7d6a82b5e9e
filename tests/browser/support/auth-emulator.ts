/**
 * The Firebase Auth emulator of firebase-tools (pure Node, runs offline; ready in ~15–20 s),
 * on free ports written to a throw-away firebase.json so parallel runs do not clash.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** `authPort`: chosen beforehand (see freePort) when the address must be known before it is ready. */
export async function startAuthEmulator(project: string, authPort?: number): Promise<AuthEmulator> {
  const host = '127.0.0.1';
  const ports = { auth: authPort ?? (await freePort()), hub: await freePort(), logging: await freePort() };
  const workDir = mkdtempSync(join(tmpdir(), 'buku-auth-'));
  writeFileSync(
    join(workDir, 'firebase.json'),
    JSON.stringify({
      emulators: {
        auth: { host, port: ports.auth },
        hub: { host, port: ports.hub },
        logging: { host, port: ports.logging },
        ui: { enabled: false },
        singleProjectMode: true
      }
    })
  );
  const child: ChildProcess = spawn(
    join(ROOT, 'node_modules', '.bin', 'firebase'),
    ['emulators:start', '--only', 'auth', '--project', project],
    {
      cwd: workDir,
      env: { ...process.env, CI: 'true', NO_UPDATE_NOTIFIER: '1', FORCE_COLOR: '0' },
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
