/**
 * Where the local stack listens and keeps its data. Every port can be moved with an environment
 * variable (e.g. `FIRESTORE_PORT=8180 npm start`) when another program already holds it.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { basename, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** A `demo-` project never reaches Google's servers; the web build defaults to it too. */
export const PROJECT = 'demo-buku';

/** The region functions/src/index.ts deploys to: callable URLs carry it. */
export const FUNCTIONS_REGION = 'asia-southeast2';

export interface Ports {
  firestore: number;
  auth: number;
  functions: number;
  hosting: number;
  /** firebase-tools' own helpers, started with the Functions emulator. */
  hub: number;
  logging: number;
  eventarc: number;
  tasks: number;
}

/** firebase-tools' defaults, so a developer's usual tools find the emulators where they expect. */
export const DEFAULT_PORTS: Ports = {
  firestore: 8080,
  auth: 9099,
  functions: 5001,
  hosting: 5000,
  hub: 4400,
  logging: 4500,
  eventarc: 9299,
  tasks: 9499
};

export const PORT_VARIABLES: Record<keyof Ports, string> = {
  firestore: 'FIRESTORE_PORT',
  auth: 'AUTH_PORT',
  functions: 'FUNCTIONS_PORT',
  hosting: 'WEB_PORT',
  hub: 'HUB_PORT',
  logging: 'LOGGING_PORT',
  eventarc: 'EVENTARC_PORT',
  tasks: 'TASKS_PORT'
};

export function portsFrom(env: NodeJS.ProcessEnv = process.env): Ports {
  const ports = { ...DEFAULT_PORTS };
  for (const key of Object.keys(ports) as (keyof Ports)[]) {
    const raw = env[PORT_VARIABLES[key]];
    if (raw === undefined || raw === '') continue;
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new Error(`${PORT_VARIABLES[key]}=${raw}: bukan nomor port / not a port number (1–65535)`);
    }
    ports[key] = port;
  }
  return ports;
}

export const HOST = process.env.LOCAL_STACK_HOST ?? '127.0.0.1';

export interface DataDirs {
  root: string;
  firestore: string;
  auth: string;
  /** The generated firebase.json for firebase-tools (ports of this run). */
  firebase: string;
  /** Written once the demo network is loaded, so later starts keep the user's data as it is. */
  seeded: string;
}

export function dataDirs(root = process.env.LOCAL_STACK_DATA ?? join(ROOT, '.data')): DataDirs {
  return {
    root,
    firestore: join(root, 'firestore'),
    auth: join(root, 'auth'),
    firebase: join(root, 'firebase'),
    seeded: join(root, 'seeded.json')
  };
}

/**
 * Where the web app is built and served from. Another directory (LOCAL_STACK_WEB_BUILD) keeps a
 * second stack — e.g. the end-to-end tests, whose emulator ports are baked into their build — from
 * overwriting web/build under a developer's running stack.
 */
export function webBuildDir(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.LOCAL_STACK_WEB_BUILD;
  return configured ? resolve(configured) : join(ROOT, 'web', 'build');
}

/**
 * SvelteKit's working directory for a build into `buildDir`: web/.svelte-kit for web/build,
 * otherwise one of its own under web/.svelte-kit/builds/ (inside web/, so bare imports resolve).
 */
export function webKitDir(buildDir: string): string | undefined {
  if (buildDir === join(ROOT, 'web', 'build')) return undefined;
  // Named after the whole path: two builds into directories of the same name never share one.
  const hash = createHash('sha256').update(buildDir).digest('hex').slice(0, 10);
  return join(ROOT, 'web', '.svelte-kit', 'builds', `${basename(buildDir)}-${hash}`);
}

/** Seconds between snapshots of the data while running (a crash loses at most this much). */
export const SAVE_EVERY_MS = Number(process.env.LOCAL_STACK_SAVE_EVERY_MS ?? 30_000);

/** Fails with the variable to set when a port is already taken (e.g. by another emulator). */
export async function assertPortsFree(ports: Partial<Ports>, host: string): Promise<void> {
  const taken: string[] = [];
  for (const [name, port] of Object.entries(ports) as [keyof Ports, number][]) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, host, () => server.close(() => resolve(true)));
    });
    if (!free) taken.push(`${port} (${name}: ${PORT_VARIABLES[name]}=…)`);
  }
  if (taken.length > 0) {
    throw new Error(
      `Port sudah dipakai / ports already in use: ${taken.join(', ')}. ` +
        'Hentikan program lain itu atau pilih port lain / stop the other program or choose other ports.'
    );
  }
}
