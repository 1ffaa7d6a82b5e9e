/**
 * Shared set-up of the conformance suite: real SDK clients (firebase/firestore/lite and
 * firebase-admin with preferRest) against our emulator, or against Google's when
 * FIRESTORE_EMULATOR_HOST is set (then ours is not started). Each test file uses its own
 * project id, and data is cleared through the control endpoint both emulators offer.
 */
import { deleteApp, initializeApp as initializeClientApp, type FirebaseApp } from 'firebase/app';
import {
  connectFirestoreEmulator,
  getFirestore as getLiteFirestore,
  setLogLevel,
  type Firestore as LiteFirestore
} from 'firebase/firestore/lite';
import {
  deleteApp as deleteAdminApp,
  initializeApp as initializeAdminApp,
  type App as AdminApp
} from 'firebase-admin/app';
import {
  getFirestore as getAdminFirestore,
  type Firestore as AdminFirestore
} from 'firebase-admin/firestore';
import { OAuth2Client } from 'google-auth-library';
import { startEmulator, type RunningEmulator } from '../../src/index';

export interface Harness {
  host: string;
  port: number;
  project: string;
  /** Unauthenticated lite client (no rules are loaded here, so it may do everything). */
  lite: LiteFirestore;
  admin: AdminFirestore;
  /** Another client of each kind, for contention tests. */
  newLite(): LiteFirestore;
  newAdmin(settings?: Record<string, unknown>): AdminFirestore;
  clear(): Promise<void>;
  close(): Promise<void>;
}

let counter = 0;
// Expected failures would otherwise fill the output with the SDK's warnings.
setLogLevel('silent');

/** Google's emulator when FIRESTORE_EMULATOR_HOST names one, else ours started on a free port. */
export async function emulatorEndpoint(
  project: string,
  options: Parameters<typeof startEmulator>[0] = {}
): Promise<{ host: string; port: number; emulator: RunningEmulator | null }> {
  const external = process.env.FIRESTORE_EMULATOR_HOST;
  if (external) {
    const [h, p] = external.split(':');
    return { host: h ?? '127.0.0.1', port: Number(p), emulator: null };
  }
  const emulator = await startEmulator({ ...options, port: 0, project });
  return { host: emulator.host, port: emulator.port, emulator };
}

/** Deletes every document of the project through the control endpoint both emulators offer. */
export async function clearProject(host: string, port: number, project: string): Promise<void> {
  const response = await fetch(
    `http://${host}:${port}/emulator/v1/projects/${project}/databases/(default)/documents`,
    { method: 'DELETE' }
  );
  if (!response.ok) throw new Error(`clear failed: ${response.status}`);
}

export async function openHarness(project: string): Promise<Harness> {
  const { host, port, emulator } = await emulatorEndpoint(project);
  const clientApps: FirebaseApp[] = [];
  const adminApps: AdminApp[] = [];

  const newLite = (): LiteFirestore => {
    const app = initializeClientApp(
      { projectId: project, apiKey: 'fake-api-key' },
      `lite-${project}-${++counter}`
    );
    clientApps.push(app);
    const db = getLiteFirestore(app);
    connectFirestoreEmulator(db, host, port);
    return db;
  };
  const newAdmin = (settings: Record<string, unknown> = {}): AdminFirestore => {
    const app = initializeAdminApp({ projectId: project }, `admin-${project}-${++counter}`);
    adminApps.push(app);
    const db = getAdminFirestore(app);
    const owner = new OAuth2Client();
    owner.setCredentials({ access_token: 'owner' });
    db.settings({ preferRest: true, host: `${host}:${port}`, ssl: false, authClient: owner, ...settings });
    return db;
  };
  const clear = (): Promise<void> => clearProject(host, port, project);
  await clear();
  return {
    host,
    port,
    project,
    lite: newLite(),
    admin: newAdmin(),
    newLite,
    newAdmin,
    clear,
    close: async () => {
      for (const app of clientApps) await deleteApp(app);
      for (const app of adminApps) await deleteAdminApp(app);
      await emulator?.stop();
    }
  };
}
