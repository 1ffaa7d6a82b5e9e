/**
 * The Auth, Functions and Hosting emulators of firebase-tools (pure Node, they run offline),
 * started with a firebase.json generated for this run's ports. The Functions emulator loads
 * functions/lib/index.js and reaches our Firestore through FIRESTORE_EMULATOR_HOST; Hosting
 * serves web/build. Auth data is imported at start and exported on exit and periodically.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, type Ports } from './config';

export interface FirebaseEmulatorOptions {
  ports: Ports;
  host: string;
  project: string;
  /** host:port of our Firestore emulator. */
  firestoreHost: string;
  /** Where the generated firebase.json and the full log go. */
  workDir: string;
  /** Auth accounts: imported when present, exported on exit. */
  authDir: string;
  /** What Hosting serves (default: firebase.json's web/build). */
  webBuildDir?: string;
  log: (line: string) => void;
}

export interface FirebaseEmulators {
  child: ChildProcess;
  /** Resolves once firebase-tools says every emulator is ready; rejects if it exits first. */
  ready: Promise<void>;
  /** Writes the Auth accounts to authDir now (through the emulator hub). */
  exportAuth(): Promise<void>;
  /** The full firebase-tools output is kept here. */
  logFile: string;
  stop(): Promise<void>;
}

const METADATA = 'firebase-export-metadata.json';

/** The repository's firebase.json with this run's ports, paths made relative to `workDir`. */
export function firebaseConfig(
  options: Pick<FirebaseEmulatorOptions, 'ports' | 'host' | 'workDir' | 'webBuildDir'>
) {
  const base = JSON.parse(readFileSync(join(ROOT, 'firebase.json'), 'utf8')) as {
    hosting: Record<string, unknown>;
    functions: Record<string, unknown>[];
  };
  const { ports, host } = options;
  const from = (path: string) => relative(options.workDir, join(ROOT, path)) || '.';
  return {
    functions: base.functions.map((f) => ({ ...f, source: from(String(f.source)), predeploy: undefined })),
    hosting: {
      ...base.hosting,
      public: options.webBuildDir
        ? relative(options.workDir, options.webBuildDir) || '.'
        : from(String(base.hosting.public))
    },
    emulators: {
      auth: { host, port: ports.auth },
      functions: { host, port: ports.functions },
      hosting: { host, port: ports.hosting },
      hub: { host, port: ports.hub },
      logging: { host, port: ports.logging },
      eventarc: { host, port: ports.eventarc },
      tasks: { host, port: ports.tasks },
      ui: { enabled: false },
      singleProjectMode: true
    }
  };
}

/** Lines worth showing in the terminal: problems, and what the functions themselves print. */
export function isWorthShowing(line: string): boolean {
  const plain = withoutColours(line);
  if (EXPECTED.some((pattern) => pattern.test(plain))) return false;
  return /⚠|✘|error|failed|exception/i.test(plain) || /^>\s/.test(plain);
}

/** Warnings that are expected here and say nothing the developer can act on. */
const EXPECTED = [
  /Received export request|Export complete|Exporting data to/,
  // functions/ declares Node 22 for deploy; Node 20 runs it locally (DESIGN.md section 6).
  /requested "node" version "22" doesn't match/,
  // Offline: the Google metadata server cannot be reached.
  /MetadataLookupWarning/,
  /Emulator UI is not starting/,
  // The callable SDK's own debug line for every call.
  /"severity":"DEBUG"/
];

// eslint-disable-next-line no-control-regex
export const withoutColours = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/**
 * firebase-tools runs in its own process group; if the stack was killed outright (no chance to
 * stop it), that group is still holding the ports. Its pid file names it: stop it before starting.
 */
export async function stopLeftoverEmulators(workDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = join(workDir, 'firebase.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  rmSync(pidFile, { force: true });
  if (!Number.isInteger(pid) || pid <= 1) return;
  let command: string;
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return; // Gone (or not Linux): nothing to stop.
  }
  // Only our own firebase-tools, started with this data directory's config.
  if (!command.includes('emulators:start') || !command.includes(join(workDir, 'firebase.json'))) return;
  log(
    `• firebase-tools dari start sebelumnya dihentikan / stopping firebase-tools left from the last start (pid ${pid})`
  );
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let i = 0; i < 40 && existsSync(`/proc/${pid}`); i++) await new Promise((r) => setTimeout(r, 250));
  if (existsSync(`/proc/${pid}`)) process.kill(-pid, 'SIGKILL');
}

export function startFirebaseEmulators(options: FirebaseEmulatorOptions): FirebaseEmulators {
  mkdirSync(options.workDir, { recursive: true });
  const configFile = join(options.workDir, 'firebase.json');
  writeFileSync(configFile, `${JSON.stringify(firebaseConfig(options), null, 2)}\n`);
  const logFile = join(options.workDir, 'emulators.log');
  const logStream = createWriteStream(logFile, { flags: 'w' });

  const args = ['emulators:start', '--only', 'auth,functions,hosting', '--project', options.project];
  args.push('--config', configFile);
  if (existsSync(join(options.authDir, METADATA))) args.push('--import', options.authDir);
  args.push('--export-on-exit', options.authDir);

  const bin = join(ROOT, 'node_modules', '.bin', 'firebase');
  const temporary = join(options.workDir, 'tmp');
  mkdirSync(temporary, { recursive: true });
  const child = spawn(bin, args, {
    cwd: options.workDir,
    env: {
      ...process.env,
      FIRESTORE_EMULATOR_HOST: options.firestoreHost,
      GCLOUD_PROJECT: options.project,
      // No prompts, no update check, no colours in the log file.
      CI: 'true',
      NO_UPDATE_NOTIFIER: '1',
      FORCE_COLOR: '0',
      // firebase-tools finds its running hub through a file named after the project in the temp
      // directory; another suite of the same project (a test run) would overwrite or delete it.
      TMPDIR: temporary
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: Ctrl+C reaches us first, and we stop it in order (export, then exit).
    detached: true
  });

  const pidFile = join(options.workDir, 'firebase.pid');
  if (child.pid) writeFileSync(pidFile, String(child.pid));

  let output = '';
  let pending = '';
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    logStream.write(text);
    output += text;
    if (output.length > 200_000) output = output.slice(-100_000);
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines)
      if (isWorthShowing(line)) options.log(`[firebase] ${withoutColours(line).trimEnd()}`);
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);

  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      rmSync(pidFile, { force: true });
      resolve(code);
    })
  );
  const ready = new Promise<void>((resolve, reject) => {
    const check = () => {
      if (output.includes('All emulators ready')) {
        child.stdout!.off('data', check);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    void exited.then((code) =>
      reject(new Error(`firebase emulators:start berhenti / exited (${code}); lihat / see ${logFile}`))
    );
  });
  // A rejection nobody awaits yet must not crash the process: main awaits `ready`.
  ready.catch(() => undefined);

  const exportAuth = async () => {
    const response = await fetch(`http://${options.host}:${options.ports.hub}/_admin/export`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path: options.authDir, initiatedBy: 'local-stack', targets: ['auth'] })
    });
    if (!response.ok) throw new Error(`auth export: HTTP ${response.status} ${await response.text()}`);
  };

  let stopping: Promise<void> | undefined;
  return {
    child,
    ready,
    logFile,
    exportAuth,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
        // Our own export first: it does not depend on firebase-tools finding its hub on exit.
        try {
          await exportAuth();
        } catch (error) {
          options.log(`Auth export: ${String(error)}`);
        }
        // SIGINT: firebase-tools exports Auth (--export-on-exit), then stops every emulator.
        process.kill(-child.pid, 'SIGINT');
        const timeout = new Promise<'timeout'>((resolve) =>
          setTimeout(() => resolve('timeout'), 20_000).unref()
        );
        if ((await Promise.race([exited, timeout])) === 'timeout') {
          options.log('firebase-tools tidak berhenti, dihentikan paksa / did not stop, killing it');
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // Already gone.
          }
        }
        logStream.end();
      })();
      return stopping;
    }
  };
}

/** Resolves when `url` answers at all (any HTTP status), or rejects after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      return response.status;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`${url} tidak menjawab / does not answer: ${String(error)}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
