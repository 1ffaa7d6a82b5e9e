/**
 * Loads the demo network into a running local stack:
 *
 *   FIRESTORE_EMULATOR_HOST=127.0.0.1:8080 FIREBASE_AUTH_EMULATOR_HOST=127.0.0.1:9099 npx tsx seed/load.ts
 *
 * Firestore through firebase-admin (preferRest, the emulator's `owner` token: DESIGN.md section 3);
 * accounts through the Auth emulator with the Admin SDK (email/password, custom claims as in
 * docs/DATA-MODEL.md). Idempotent: fixed ids and fixed instants, so a second run writes the
 * same documents again and updates the same accounts. Only ever talks to emulators.
 */
import { pathToFileURL } from 'node:url';
import { deleteApp, initializeApp, type App } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import type { Firestore } from 'firebase-admin/firestore';
import { connectFirestore } from '../functions/src/firestore';
import { countByCollection, demoDocuments, type SeedDocument } from './documents';
import { DEMO_ACCOUNTS, DEMO_CENTERS, DEMO_PASSWORD, type DemoAccount } from './network';

export const DEFAULT_PROJECT = 'demo-buku';
export const DEFAULT_FIRESTORE_HOST = '127.0.0.1:8080';
/** Firestore takes at most 500 writes per commit. */
const BATCH_SIZE = 500;
const PARALLEL_BATCHES = 4;

/** Creates or updates the demo accounts; injectable so tests can run without an Auth server. */
export type AccountStep = (accounts: readonly DemoAccount[], password: string) => Promise<void>;

function codeOf(error: unknown): string | undefined {
  return (error as { code?: string } | null)?.code;
}

/** The account step against the Auth emulator (FIREBASE_AUTH_EMULATOR_HOST must be set). */
export function authEmulatorAccounts(app: App): AccountStep {
  if (!process.env.FIREBASE_AUTH_EMULATOR_HOST)
    throw new Error('FIREBASE_AUTH_EMULATOR_HOST is not set: demo accounts go to the Auth emulator only.');
  const auth = getAuth(app);
  return async (accounts, password) => {
    for (const account of accounts) {
      const profile = {
        email: account.email,
        password,
        displayName: account.displayName,
        emailVerified: true
      };
      try {
        await auth.createUser({ uid: account.uid, ...profile });
      } catch (error) {
        const code = codeOf(error);
        if (code !== 'auth/uid-already-exists' && code !== 'auth/email-already-exists') throw error;
        await auth.updateUser(account.uid, profile);
      }
      await auth.setCustomUserClaims(
        account.uid,
        Object.keys(account.claims).length > 0 ? account.claims : null
      );
    }
  };
}

export async function writeDocuments(db: Firestore, documents: readonly SeedDocument[]): Promise<void> {
  const batches: SeedDocument[][] = [];
  for (let i = 0; i < documents.length; i += BATCH_SIZE) batches.push(documents.slice(i, i + BATCH_SIZE));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const chunk = batches[next++]!;
      const batch = db.batch();
      for (const { path, data } of chunk) batch.set(db.doc(path), data);
      await batch.commit();
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_BATCHES, batches.length) }, worker));
}

export interface LoadSummary {
  documents: number;
  complaints: number;
  byCollection: Record<string, number>;
  accounts: number;
  /** Milliseconds: building the data, writing it, creating accounts. */
  timing: { build: number; write: number; accounts: number };
}

export async function loadDemo(options: { db: Firestore; accounts?: AccountStep }): Promise<LoadSummary> {
  const t0 = performance.now();
  const { complaints, documents } = demoDocuments();
  const t1 = performance.now();
  await writeDocuments(options.db, documents);
  const t2 = performance.now();
  if (options.accounts) await options.accounts(DEMO_ACCOUNTS, DEMO_PASSWORD);
  const t3 = performance.now();
  return {
    documents: documents.length,
    complaints: complaints.length,
    byCollection: countByCollection(documents),
    accounts: options.accounts ? DEMO_ACCOUNTS.length : 0,
    timing: { build: Math.round(t1 - t0), write: Math.round(t2 - t1), accounts: Math.round(t3 - t2) }
  };
}

/** A named admin app and its Firestore on the emulator at `host`. */
export function emulatorFirestore(host: string, project = DEFAULT_PROJECT): { app: App; db: Firestore } {
  const app = initializeApp({ projectId: project }, `buku-seed-${Date.now()}-${Math.random()}`);
  return { app, db: connectFirestore(app, host) };
}

export function loginsText(): string {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  return DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(width)}  ${a.label}`).join('\n');
}

/** Whether the emulator already holds the demo network (the first CC's profile is there). */
export async function isSeeded(db: Firestore): Promise<boolean> {
  return (await db.doc(`centers/${DEMO_CENTERS[0]!.id}`).get()).exists;
}

async function main() {
  const host = process.env.FIRESTORE_EMULATOR_HOST ?? DEFAULT_FIRESTORE_HOST;
  const project = process.env.GCLOUD_PROJECT ?? DEFAULT_PROJECT;
  // --if-empty: a stack that keeps its data across restarts seeds once, and keeps what people changed.
  const ifEmpty = process.argv.includes('--if-empty');
  console.log(`Jaringan demo / demo network → Firestore emulator ${host}, project ${project}`);
  console.log(`Kata sandi semua akun demo / password of every demo account: ${DEMO_PASSWORD}\n`);
  const { app, db } = emulatorFirestore(host, project);
  const withAuth = Boolean(process.env.FIREBASE_AUTH_EMULATOR_HOST);
  try {
    if (ifEmpty && (await isSeeded(db))) {
      console.log('Data demo sudah ada; tidak ditulis ulang. / Demo data already there; left as it is.');
    } else {
      const summary = await loadDemo({ db, ...(withAuth ? { accounts: authEmulatorAccounts(app) } : {}) });
      console.log(`${summary.documents} dokumen / documents, ${summary.complaints} pengaduan / complaints:`);
      for (const [collection, n] of Object.entries(summary.byCollection))
        console.log(`  ${String(n).padStart(5)}  ${collection}`);
      console.log(
        `\nWaktu / time: data ${summary.timing.build} ms, Firestore ${summary.timing.write} ms, akun / accounts ${summary.timing.accounts} ms`
      );
    }
    if (!withAuth)
      console.log(
        '\nAkun tidak dibuat: FIREBASE_AUTH_EMULATOR_HOST belum diatur.\nAccounts not created: set FIREBASE_AUTH_EMULATOR_HOST (e.g. 127.0.0.1:9099).'
      );
    console.log(
      `\nAkun demo / demo logins (${DEMO_ACCOUNTS.length}), kata sandi / password ${DEMO_PASSWORD}:\n${loginsText()}`
    );
  } finally {
    await deleteApp(app);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
