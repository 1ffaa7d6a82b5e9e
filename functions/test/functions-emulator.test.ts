/**
 * Through the real thing: the Firebase Functions and Auth emulators (firebase-tools, offline)
 * load the built bundle lib/index.js; a user signed in on the Auth emulator calls the role
 * callables over HTTP with their ID token, and the functions write to our Firestore emulator.
 * Ports are picked free and written to a throw-away firebase.json, so parallel runs do not clash.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthStartMs } from '@buku/core/forum/index';
import { previousMonth } from '../src/forum/monthly-forum';
import { paths } from '../src/paths';
import { citizenComplaint, seedCenter, stamp } from './support/fixtures';
import { startTestFirestore, type TestFirestore } from './support/firestore';

const FUNCTIONS_DIR = resolve(import.meta.dirname, '..');
const ROOT = resolve(FUNCTIONS_DIR, '..');
const REGION = 'asia-southeast2';

let t: TestFirestore;
let firebase: ChildProcess | undefined;
let workDir: string;
let output = '';
const ports = { auth: 0, functions: 0, hub: 0, logging: 0, eventarc: 0, tasks: 0 };

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit' });
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')}: ${code}`))
    );
  });
}

beforeAll(async () => {
  t = await startTestFirestore();
  await seedCenter(t.db, 'sandik');
  await run(process.execPath, ['build.mjs'], FUNCTIONS_DIR);
  for (const name of Object.keys(ports) as (keyof typeof ports)[]) ports[name] = await freePort();
  workDir = mkdtempSync(join(tmpdir(), 'buku-functions-'));
  const host = '127.0.0.1';
  writeFileSync(
    join(workDir, 'firebase.json'),
    JSON.stringify({
      functions: [{ source: relative(workDir, FUNCTIONS_DIR), codebase: 'default', runtime: 'nodejs22' }],
      emulators: {
        auth: { host, port: ports.auth },
        functions: { host, port: ports.functions },
        hub: { host, port: ports.hub },
        logging: { host, port: ports.logging },
        eventarc: { host, port: ports.eventarc },
        tasks: { host, port: ports.tasks },
        ui: { enabled: false },
        singleProjectMode: true
      }
    })
  );
  const bin = join(ROOT, 'node_modules', '.bin', 'firebase');
  firebase = spawn(bin, ['emulators:start', '--only', 'auth,functions', '--project', t.emulator.project], {
    cwd: workDir,
    env: { ...process.env, FIRESTORE_EMULATOR_HOST: `${t.emulator.host}:${t.emulator.port}`, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true
  });
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`emulators did not start:\n${output}`)), 110_000);
    const watch = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('All emulators ready')) {
        clearTimeout(timer);
        ready();
      }
    };
    firebase!.stdout!.on('data', watch);
    firebase!.stderr!.on('data', watch);
    firebase!.on('exit', (code) => fail(new Error(`firebase exited with ${code}:\n${output}`)));
  });
}, 120_000);

afterAll(async () => {
  if (firebase?.pid && firebase.exitCode === null) {
    const exited = new Promise((done) => firebase!.once('exit', done));
    process.kill(-firebase.pid, 'SIGINT');
    await Promise.race([exited, new Promise((done) => setTimeout(done, 15_000))]);
    if (firebase.exitCode === null) process.kill(-firebase.pid, 'SIGKILL');
  }
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  await t?.stop();
}, 30_000);

const authUrl = (path: string) => `http://127.0.0.1:${ports.auth}/${path}`;

/** A user on the Auth emulator with the given custom claims, and a fresh ID token carrying them. */
async function signedInUser(
  email: string,
  claims: Record<string, unknown>
): Promise<{ uid: string; idToken: string }> {
  const body = { email, password: 'rahasia-123', returnSecureToken: true };
  const signUp = await fetch(authUrl('identitytoolkit.googleapis.com/v1/accounts:signUp?key=demo'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body)
  }).then((r) => r.json() as Promise<{ localId: string }>);
  await fetch(authUrl(`identitytoolkit.googleapis.com/v1/projects/${t.emulator.project}/accounts:update`), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer owner' },
    body: JSON.stringify({ localId: signUp.localId, customAttributes: JSON.stringify(claims) })
  });
  const signIn = await fetch(
    authUrl('identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=demo'),
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body)
    }
  ).then((r) => r.json() as Promise<{ idToken: string }>);
  return { uid: signUp.localId, idToken: signIn.idToken };
}

async function call(name: string, idToken: string | null, data: unknown) {
  const response = await fetch(
    `http://127.0.0.1:${ports.functions}/${t.emulator.project}/${REGION}/${name}`,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(idToken ? { authorization: `Bearer ${idToken}` } : {})
      },
      body: JSON.stringify({ data })
    }
  );
  return {
    status: response.status,
    body: (await response.json()) as {
      result: Record<string, unknown> & { uid: string };
      error: { status: string; message: string; details: Record<string, unknown> };
    }
  };
}

describe('the callables in the Functions emulator', () => {
  it('let an admin invite a koordinator with an Auth-emulator token', async () => {
    const admin = await signedInUser('admin@jaringan.id', { admin: true });
    const response = await call('inviteMember', admin.idToken, {
      ccId: 'sandik',
      email: 'koordinator@sandik.id',
      role: 'koordinator',
      displayName: 'Baiq Koordinator'
    });
    expect(response.status).toBe(200);
    expect(response.body.result).toMatchObject({
      ccId: 'sandik',
      role: 'koordinator',
      previousRole: null,
      created: true
    });
    const uid = response.body.result.uid;

    // The account exists in the Auth emulator with the claim…
    const lookup = await fetch(
      authUrl(`identitytoolkit.googleapis.com/v1/projects/${t.emulator.project}/accounts:lookup`),
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer owner' },
        body: JSON.stringify({ localId: [uid] })
      }
    ).then((r) => r.json() as Promise<{ users: { email: string; customAttributes: string }[] }>);
    expect(lookup.users[0]?.email).toBe('koordinator@sandik.id');
    expect(JSON.parse(lookup.users[0]!.customAttributes)).toEqual({ cc: { sandik: 'koordinator' } });
    // …and the member mirror is in our Firestore emulator.
    const member = (await t.db.doc(paths.member('sandik', uid)).get()).data();
    expect(member).toMatchObject({
      uid,
      role: 'koordinator',
      email: 'koordinator@sandik.id',
      grantedBy: admin.uid
    });
  }, 60_000);

  it('refuse a user without a role, in Bahasa Indonesia and English', async () => {
    const someone = await signedInUser('warga@mail.id', {});
    const response = await call('grantRole', someone.idToken, {
      ccId: 'sandik',
      uid: someone.uid,
      role: 'koordinator'
    });
    expect(response.status).toBe(403);
    expect(response.body.error).toMatchObject({
      status: 'PERMISSION_DENIED',
      message:
        'Hanya admin jaringan atau koordinator CC "sandik" yang boleh melakukan ini. / Only a network admin or a coordinator of "sandik" may do this.',
      details: { reason: 'not_coordinator' }
    });
    const unsigned = await call('grantRole', null, { ccId: 'sandik', uid: someone.uid, role: 'moderator' });
    expect(unsigned.status).toBe(401);
    expect(unsigned.body.error.details).toMatchObject({ reason: 'signed_out' });
  }, 60_000);
});

describe('the monthly schedule in the Functions emulator', () => {
  it('computes last month when Cloud Scheduler’s request is posted to it', async () => {
    const month = previousMonth(new Date());
    await t.db.doc(paths.complaint('sandik', 'bulan-lalu')).set({
      ...citizenComplaint('sandik'),
      status: 'diterima',
      receivedAt: stamp(monthStartMs(month) + 9 * 86_400_000)
    });
    const response = await fetch(
      `http://127.0.0.1:${ports.functions}/functions/projects/${t.emulator.project}/triggers/${REGION}-monthlyForum-0`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }
    );
    expect(response.status, await response.text()).toBeLessThan(300);
    const forum = (await t.db.doc(paths.forum(month)).get()).data();
    expect(forum).toMatchObject({ month, centers: 1, complaints: 1, issueCount: 1 });
    const aggregate = (await t.db.doc(paths.monthly('sandik', month)).get()).data();
    expect(aggregate).toMatchObject({ ccId: 'sandik', month, received: 1 });
  }, 60_000);
});
