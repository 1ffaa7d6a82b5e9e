/**
 * Set-up of the SDK-level rules cases: our emulator with the rules engine, or Google's when
 * FIRESTORE_EMULATOR_HOST is set (then ours is not started). Rules are loaded through the
 * control endpoint both emulators offer; data is seeded with firebase-admin as the owner
 * (which bypasses rules) and read or written by lite clients carrying Auth-emulator-style
 * unsigned tokens (`mockUserToken`).
 */
import { readFileSync } from 'node:fs';
import { deleteApp, initializeApp as initializeClientApp, type FirebaseApp } from 'firebase/app';
import { connectFirestoreEmulator, getFirestore, setLogLevel, type Firestore } from 'firebase/firestore/lite';
import { deleteApp as deleteAdminApp, initializeApp as initializeAdminApp } from 'firebase-admin/app';
import {
  getFirestore as getAdminFirestore,
  type Firestore as AdminFirestore
} from 'firebase-admin/firestore';
import { OAuth2Client } from 'google-auth-library';
import { expect } from 'vitest';
import { clearProject, emulatorEndpoint } from '../conformance/harness';
import { compileRules } from '../../src/rules/index';

setLogLevel('silent');

export const RULES_SOURCE = readFileSync(new URL('./firestore.test.rules', import.meta.url), 'utf8');

export interface Claims {
  sub: string;
  [claim: string]: unknown;
}

export interface RulesHarness {
  host: string;
  port: number;
  project: string;
  /** true against our emulator: denial messages can then be checked too. */
  ours: boolean;
  admin: AdminFirestore;
  /** A lite client signed in with these claims (cached per sub + claims). */
  as(claims: Claims): Firestore;
  /** A lite client without a user. */
  anonymous: Firestore;
  putRules(source: string): Promise<Response>;
  clear(): Promise<void>;
  close(): Promise<void>;
}

let counter = 0;

export async function openRulesHarness(project: string, rules = RULES_SOURCE): Promise<RulesHarness> {
  const { host, port, emulator } = await emulatorEndpoint(project, { compile: compileRules });
  const apps: FirebaseApp[] = [];
  const clients = new Map<string, Firestore>();
  const lite = (claims: Claims | null): Firestore => {
    const app = initializeClientApp(
      { projectId: project, apiKey: 'fake-api-key' },
      `rules-${project}-${++counter}`
    );
    apps.push(app);
    const db = getFirestore(app);
    connectFirestoreEmulator(db, host, port, claims ? { mockUserToken: claims } : {});
    return db;
  };
  const adminApp = initializeAdminApp({ projectId: project }, `rules-admin-${project}-${++counter}`);
  const admin = getAdminFirestore(adminApp);
  const owner = new OAuth2Client();
  owner.setCredentials({ access_token: 'owner' });
  admin.settings({ preferRest: true, host: `${host}:${port}`, ssl: false, authClient: owner });

  const putRules = (source: string): Promise<Response> =>
    fetch(`http://${host}:${port}/emulator/v1/projects/${project}:securityRules`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rules: { files: [{ name: 'firestore.rules', content: source }] } })
    });
  const clear = (): Promise<void> => clearProject(host, port, project);
  const loaded = await putRules(rules);
  if (!loaded.ok) throw new Error(`loading rules failed: ${loaded.status} ${await loaded.text()}`);
  await clear();
  return {
    host,
    port,
    project,
    ours: emulator !== null,
    admin,
    anonymous: lite(null),
    as(claims) {
      const key = JSON.stringify(claims);
      let db = clients.get(key);
      if (!db) {
        db = lite(claims);
        clients.set(key, db);
      }
      return db;
    },
    putRules,
    clear,
    close: async () => {
      for (const app of apps) await deleteApp(app);
      await deleteAdminApp(adminApp);
      await emulator?.stop();
    }
  };
}

/** The request must fail with permission-denied; returns the error for further checks. */
export async function denied(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  let error: unknown = null;
  try {
    await p;
  } catch (e) {
    error = e;
  }
  expect(error, 'expected permission-denied, but the request succeeded').not.toBeNull();
  expect(error).toMatchObject({ code: 'permission-denied' });
  return error as { code: string; message: string };
}
