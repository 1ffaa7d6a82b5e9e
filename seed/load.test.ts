import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteApp as deleteClientApp, initializeApp as initializeClientApp } from 'firebase/app';
import {
  collection,
  connectFirestoreEmulator,
  doc,
  getDoc,
  getDocs,
  getFirestore,
  query,
  setLogLevel,
  where,
  type EmulatorMockTokenOptions
} from 'firebase/firestore/lite';
import { deleteApp, type App } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { Timestamp, type Firestore } from 'firebase-admin/firestore';
import { exportSnapshot, startEmulator, type RunningEmulator } from '@buku/emulator';
import { processComplaintChange } from '../functions/src/cases/process-case-change';
import { computeMonthlyForum } from '../functions/src/forum/monthly-forum';
import { processNewComplaint } from '../functions/src/intake/process-new-complaint';
import { SEED_NOW, demoComplaints } from './complaints';
import { authEmulatorAccounts, emulatorFirestore, loadDemo, type AccountStep } from './load';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './network';

const root = fileURLToPath(new URL('..', import.meta.url));
const complaints = demoComplaints();
setLogLevel('silent');

/** The documents of the emulator without their create/update times. */
function contents(emulator: RunningEmulator) {
  return exportSnapshot(emulator.service.store).databases.map((db) =>
    db.documents.map((d) => ({ path: d.path, fields: d.fields }))
  );
}

describe('loading the demo into our Firestore emulator', () => {
  let emulator: RunningEmulator;
  let app: App;
  let db: Firestore;
  const seen: { accounts: readonly DemoAccount[]; password: string }[] = [];
  const recordAccounts: AccountStep = async (accounts, password) => {
    seen.push({ accounts, password });
  };

  beforeAll(async () => {
    emulator = await startEmulator({
      port: 0,
      rulesFiles: [{ name: 'firestore.rules', content: readFileSync(join(root, 'firestore.rules'), 'utf8') }]
    });
    ({ app, db } = emulatorFirestore(`${emulator.host}:${emulator.port}`, emulator.project));
  });

  afterAll(async () => {
    await deleteApp(app);
    await emulator.stop();
  });

  it('writes every collection, and a second run leaves the same data', async () => {
    const first = await loadDemo({ db, accounts: recordAccounts });
    expect(first.complaints).toBe(complaints.length);
    expect(first.byCollection).toMatchObject({
      centers: 6,
      'centers/*/members': 12,
      'centers/*/complaints': complaints.length,
      'centers/*/complaints/*/private': complaints.length,
      'centers/*/complaints/*/log': complaints.reduce((n, c) => n + c.log.length, 0),
      tracking: complaints.length,
      'centers/*/stats': 6,
      'centers/*/monthly': 72,
      forum: 12
    });
    expect(seen).toEqual([{ accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD }]);
    const before = contents(emulator);
    expect(before[0]!.length).toBe(first.documents);

    const second = await loadDemo({ db });
    expect(second.documents).toBe(first.documents);
    expect(contents(emulator)).toEqual(before);
  });

  it('stores instants as timestamps and server-owned fields as functions would', async () => {
    const sample = complaints.find((c) => c.ccId === 'mambalan' && c.record.status === 'dirujuk')!;
    const stored = (await db.doc(`centers/mambalan/complaints/${sample.id}`).get()).data()!;
    expect(stored.receivedAt).toBeInstanceOf(Timestamp);
    expect((stored.receivedAt as Timestamp).toDate().toISOString()).toBe(sample.record.receivedAt);
    expect(stored.deadlines.penyelesaian).toBeInstanceOf(Timestamp);
    expect(stored).toMatchObject({
      registerNumber: sample.record.registerNumber,
      status: 'dirujuk',
      statusEntryId: sample.extra.statusEntryId
    });
    expect(stored.contact).toBeUndefined();
    const view = (await db.doc(`tracking/${sample.record.trackingCode}`).get()).data()!;
    expect(view).toMatchObject({ ccId: 'mambalan', complaintId: sample.id, status: 'dirujuk', open: true });
    const referral = (view.log as { to?: string; kind?: string }[]).find((e) => e.to === 'dirujuk');
    expect(referral?.kind).toBeDefined();
    const counter = (await db.doc('centers/mambalan/counters/2026').get()).data()!;
    expect(counter.last).toBe(
      complaints.filter((c) => c.ccId === 'mambalan' && c.id.includes('-2026-')).length
    );
  });

  it('is what functions would have written: their triggers and the monthly job find nothing to do', async () => {
    const now = new Date(SEED_NOW);
    const outcomes = new Set<string>();
    for (const c of complaints.filter((_, i) => i % 25 === 0)) {
      outcomes.add((await processNewComplaint(db, c.ccId, c.id, { now })).outcome);
      outcomes.add((await processComplaintChange(db, c.ccId, c.id, { now })).outcome);
    }
    expect([...outcomes].sort()).toEqual(['already_done', 'unchanged']);
    for (const month of ['2025-12', '2026-08', '2026-11'])
      expect(await computeMonthlyForum(db, month, { now })).toMatchObject({ month, centers: 6, written: 0 });
  });

  it('lets staff read their own book under firestore.rules, and nobody else', async () => {
    const token = (account: DemoAccount): EmulatorMockTokenOptions => ({
      sub: account.uid,
      user_id: account.uid,
      email: account.email,
      firebase: { sign_in_provider: 'password' as const, identities: {} },
      ...account.claims
    });
    const client = (name: string, account?: DemoAccount) => {
      const clientApp = initializeClientApp({ projectId: emulator.project, apiKey: 'fake' }, `seed-${name}`);
      const firestore = getFirestore(clientApp);
      connectFirestoreEmulator(
        firestore,
        emulator.host,
        emulator.port,
        account ? { mockUserToken: token(account) } : {}
      );
      return { clientApp, firestore };
    };
    const moderator = client(
      'mod',
      DEMO_ACCOUNTS.find((a) => a.uid === 'demo-moderator-sandik')
    );
    const other = client(
      'other',
      DEMO_ACCOUNTS.find((a) => a.uid === 'demo-moderator-mambalan')
    );
    const citizen = client(
      'citizen',
      DEMO_ACCOUNTS.find((a) => a.uid === 'demo-warga')
    );
    const visitor = client('visitor');
    try {
      const book = await getDocs(collection(moderator.firestore, 'centers/sandik/complaints'));
      expect(book.size).toBe(complaints.filter((c) => c.ccId === 'sandik').length);
      await expect(getDocs(collection(other.firestore, 'centers/sandik/complaints'))).rejects.toThrow(
        /permission/i
      );
      const mine = await getDocs(
        query(
          collection(citizen.firestore, 'centers/sandik/complaints'),
          where('reporterUid', '==', 'demo-warga')
        )
      );
      expect(mine.size).toBe(4);
      const code = complaints[0]!.record.trackingCode;
      expect((await getDoc(doc(visitor.firestore, `tracking/${code}`))).exists()).toBe(true);
      const published = await getDocs(
        query(collection(visitor.firestore, 'posts'), where('status', '==', 'terbit'))
      );
      expect(published.size).toBeGreaterThan(10);
    } finally {
      for (const c of [moderator, other, citizen, visitor]) await deleteClientApp(c.clientApp);
    }
  });
});

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

describe('the account step against the Firebase Auth emulator', () => {
  let auth: ChildProcess | undefined;
  let dir: string;
  let host: string;
  let app: App;
  const previous = process.env.FIREBASE_AUTH_EMULATOR_HOST;

  beforeAll(async () => {
    // firebase-tools 15 runs the Auth emulator offline; free ports keep it clear of a running stack.
    const [authPort, hubPort, loggingPort] = [await freePort(), await freePort(), await freePort()];
    dir = mkdtempSync(join(tmpdir(), 'buku-seed-auth-'));
    writeFileSync(
      join(dir, 'firebase.json'),
      JSON.stringify({
        emulators: {
          auth: { host: '127.0.0.1', port: authPort },
          hub: { host: '127.0.0.1', port: hubPort },
          logging: { host: '127.0.0.1', port: loggingPort },
          ui: { enabled: false },
          singleProjectMode: true
        }
      })
    );
    auth = spawn(
      join(root, 'node_modules/.bin/firebase'),
      ['emulators:start', '--only', 'auth', '--project', 'demo-buku'],
      { cwd: dir, stdio: 'ignore', detached: true }
    );
    host = `127.0.0.1:${authPort}`;
    await waitFor(`http://${host}/`, 45_000);
    process.env.FIREBASE_AUTH_EMULATOR_HOST = host;
    ({ app } = emulatorFirestore('127.0.0.1:1', 'demo-buku'));
  }, 60_000);

  afterAll(async () => {
    if (previous === undefined) delete process.env.FIREBASE_AUTH_EMULATOR_HOST;
    else process.env.FIREBASE_AUTH_EMULATOR_HOST = previous;
    if (app) await deleteApp(app);
    if (auth?.pid) process.kill(-auth.pid, 'SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  async function claimsAfterSignIn(email: string): Promise<Record<string, unknown>> {
    const response = await fetch(
      `http://${host}/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=fake`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: DEMO_PASSWORD, returnSecureToken: true })
      }
    );
    const body = (await response.json()) as { idToken?: string; error?: unknown };
    if (!body.idToken) throw new Error(`sign-in failed: ${JSON.stringify(body.error)}`);
    return JSON.parse(Buffer.from(body.idToken.split('.')[1]!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
  }

  it('creates every account with its claims, and a second run changes nothing', async () => {
    const step = authEmulatorAccounts(app);
    await step(DEMO_ACCOUNTS, DEMO_PASSWORD);
    await step(DEMO_ACCOUNTS, DEMO_PASSWORD);
    expect(await claimsAfterSignIn('admin@demo.buku.id')).toMatchObject({
      admin: true,
      user_id: 'demo-admin'
    });
    expect(await claimsAfterSignIn('moderator.sandik@demo.buku.id')).toMatchObject({
      cc: { sandik: 'moderator' },
      name: 'Baiq Sukmawati'
    });
    expect(await claimsAfterSignIn('koordinator.kebonayu@demo.buku.id')).toMatchObject({
      cc: { 'kebon-ayu': 'koordinator' }
    });
    const citizen = await claimsAfterSignIn('warga@demo.buku.id');
    expect(citizen.cc).toBeUndefined();
    expect(citizen.admin).toBeUndefined();
    const listed = await getAuth(app).listUsers();
    expect(listed.users.map((u) => u.uid).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.uid).sort());
  });
});
