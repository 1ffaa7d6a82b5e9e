/**
 * For the web's tests only (never imported by the app): our Firestore emulator in-process with
 * the real firestore.rules, and Firebase lite clients signed in as the Auth emulator would sign
 * them (unsigned tokens, custom claims at the top level). `'owner'` is the emulator's static
 * token that bypasses the rules (DESIGN.md section 3): tests seed and check data with it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startEmulator, type RunningEmulator } from '@buku/emulator';
import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app';
import {
  connectFirestoreEmulator,
  getFirestore,
  setLogLevel,
  type EmulatorMockTokenOptions,
  type Firestore
} from 'firebase/firestore/lite';

const RULES_PATH = fileURLToPath(new URL('../../../../firestore.rules', import.meta.url));

export interface RulesEmulator {
  emulator: RunningEmulator;
  /** A client of its own (one Firebase app per name); no token: not signed in. */
  client(name: string, token?: EmulatorMockTokenOptions | 'owner'): Firestore;
  stop(): Promise<void>;
}

export async function startRulesEmulator(project: string): Promise<RulesEmulator> {
  // Cases that expect a denial would otherwise fill the output with the SDK's warnings.
  setLogLevel('silent');
  const emulator = await startEmulator({
    port: 0,
    project,
    rulesFiles: [{ name: 'firestore.rules', content: readFileSync(RULES_PATH, 'utf8') }]
  });
  const apps: FirebaseApp[] = [];
  return {
    emulator,
    client(name, token) {
      const app = initializeApp({ projectId: project, apiKey: 'demo' }, `${project}-${name}`);
      apps.push(app);
      const db = getFirestore(app);
      connectFirestoreEmulator(db, emulator.host, emulator.port, token ? { mockUserToken: token } : {});
      return db;
    },
    async stop() {
      for (const app of apps) await deleteApp(app);
      await emulator.stop();
    }
  };
}

/** A signed-in account (email and password) with these custom claims. */
export const accountToken = (
  uid: string,
  claims: Record<string, unknown> = {}
): EmulatorMockTokenOptions => ({
  sub: uid,
  user_id: uid,
  firebase: { sign_in_provider: 'password', identities: {} },
  ...claims
});

/** A CC staff member: `cc` maps CC ids to 'moderator' or 'koordinator', as the role functions set it. */
export const staffToken = (uid: string, cc: Record<string, string>) => accountToken(uid, { cc });
