/**
 * Where the rules table runs: our emulator started in-process with the real firestore.rules,
 * or Google's emulator when FIRESTORE_EMULATOR_HOST points at one (then ours is not started
 * and the rules are loaded through the PUT securityRules endpoint both emulators offer).
 *
 * Actors are lite SDK clients with unsigned Auth-emulator tokens (`mockUserToken`); the
 * owner (seeding, checking what was written) is firebase-admin with preferRest and the
 * static bearer token `owner`, as DESIGN.md section 3 describes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app';
import { connectFirestoreEmulator, getFirestore, setLogLevel, type Firestore } from 'firebase/firestore/lite';
import {
  deleteApp as deleteAdminApp,
  initializeApp as initializeAdminApp,
  type App
} from 'firebase-admin/app';
import {
  getFirestore as getAdminFirestore,
  type Firestore as AdminFirestore
} from 'firebase-admin/firestore';
import { OAuth2Client } from 'google-auth-library';
import { startEmulator, type RunningEmulator } from '@buku/emulator';
// The rules compiler is not (yet) exported by the package entry point.
import { compileRules, formatCompileErrors } from '@buku/emulator';
import { ACTORS, type ActorName } from './actors';

/** BUKU_RULES_FILE swaps in another rules file (e.g. a mutant, to see the table catch it). */
export const RULES_PATH =
  process.env.BUKU_RULES_FILE ?? fileURLToPath(new URL('../../firestore.rules', import.meta.url));
export const INDEXES_PATH = fileURLToPath(new URL('../../firestore.indexes.json', import.meta.url));

export type Seed = Record<string, Record<string, unknown>>;

export interface RulesWorld {
  host: string;
  port: number;
  project: string;
  /** true when running against Google's emulator. */
  external: boolean;
  /** The lite client of one actor (one app per actor, made on first use). */
  as(actor: ActorName): Firestore;
  /** Bypasses the rules. */
  owner: AdminFirestore;
  /** Deletes every document, then writes `seed` as the owner in one batch. */
  reset(seed: Seed): Promise<void>;
  close(): Promise<void>;
}

let appCounter = 0;

// Denials are the expected outcome of half the table; the SDK would log each one.
setLogLevel('silent');

export async function openRulesWorld(project: string): Promise<RulesWorld> {
  const rules = readFileSync(RULES_PATH, 'utf8');
  let emulator: RunningEmulator | null = null;
  let host: string;
  let port: number;
  const externalHost = process.env.FIRESTORE_EMULATOR_HOST;
  if (externalHost) {
    const [h, p] = externalHost.split(':');
    host = h ?? '127.0.0.1';
    port = Number(p);
  } else {
    // Compile here first: a syntax error then fails with file:line:col instead of a wall of denials.
    const compiled = compileRules([{ name: 'firestore.rules', content: rules }]);
    if (!compiled.ok)
      throw new Error(`firestore.rules does not compile:\n${formatCompileErrors(compiled.errors)}`);
    emulator = await startEmulator({ port: 0, project, compile: compileRules });
    host = emulator.host;
    port = emulator.port;
  }
  const base = `http://${host}:${port}`;
  const loaded = await fetch(`${base}/emulator/v1/projects/${project}:securityRules`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ rules: { files: [{ name: 'firestore.rules', content: rules }] } })
  });
  if (!loaded.ok) throw new Error(`loading rules failed: ${loaded.status} ${await loaded.text()}`);

  const clientApps: FirebaseApp[] = [];
  const clients = new Map<ActorName, Firestore>();
  const as = (actor: ActorName): Firestore => {
    const known = clients.get(actor);
    if (known) return known;
    const app = initializeApp(
      { projectId: project, apiKey: 'fake-api-key' },
      `rules-${actor}-${++appCounter}`
    );
    clientApps.push(app);
    const db = getFirestore(app);
    const token = ACTORS[actor];
    connectFirestoreEmulator(db, host, port, token ? { mockUserToken: token } : {});
    clients.set(actor, db);
    return db;
  };

  const adminApp: App = initializeAdminApp({ projectId: project }, `rules-owner-${++appCounter}`);
  const owner = getAdminFirestore(adminApp);
  const ownerAuth = new OAuth2Client();
  ownerAuth.setCredentials({ access_token: 'owner' });
  owner.settings({ preferRest: true, host: `${host}:${port}`, ssl: false, authClient: ownerAuth });

  const reset = async (seed: Seed): Promise<void> => {
    const cleared = await fetch(`${base}/emulator/v1/projects/${project}/databases/(default)/documents`, {
      method: 'DELETE'
    });
    if (!cleared.ok) throw new Error(`clearing the emulator failed: ${cleared.status}`);
    const batch = owner.batch();
    for (const [path, data] of Object.entries(seed)) batch.set(owner.doc(path), data);
    await batch.commit();
  };

  return {
    host,
    port,
    project,
    external: Boolean(externalHost),
    as,
    owner,
    reset,
    close: async () => {
      for (const app of clientApps) await deleteApp(app);
      await deleteAdminApp(adminApp);
      await emulator?.stop();
    }
  };
}
