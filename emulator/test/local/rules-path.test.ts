/** Every non-owner request reaches the rules contract with the right request; owner bypasses it. */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { initializeApp } from 'firebase/app';
import {
  collection,
  collectionGroup,
  connectFirestoreEmulator,
  deleteDoc,
  doc,
  getCount,
  getDoc,
  getDocs,
  getFirestore,
  query,
  serverTimestamp,
  setDoc,
  setLogLevel,
  updateDoc,
  where,
  writeBatch,
  type Firestore
} from 'firebase/firestore/lite';
import { startEmulator, type RunningEmulator } from '../../src/index';
import type { AuthorizeRequest, CompiledRules, RulesContext } from '../../src/rules/contract';

setLogLevel('silent');

interface Call {
  request: AuthorizeRequest;
  context: RulesContext;
  budget: number | undefined;
  /** What get()/getAfter() of centers/b answered while the rules ran. */
  seenB: [unknown, unknown];
}

let emulator: RunningEmulator;
let calls: Call[] = [];
let deny: (request: AuthorizeRequest) => boolean = () => false;
const rules: CompiledRules = {
  authorize(request, context, budget) {
    calls.push({
      request,
      context,
      budget: budget?.remaining,
      seenB: [context.get('centers/b')?.fields ?? null, context.getAfter('centers/b')?.fields ?? null]
    });
    const denied = deny(request);
    return {
      allowed: !denied,
      message: denied ? `denied ${request.method} ${request.path} at test.rules:1:1` : 'ok'
    };
  }
};

function client(name: string, mockUserToken?: { sub: string; [claim: string]: unknown }): Firestore {
  const app = initializeApp({ projectId: 'demo-rules-path', apiKey: 'k' }, name);
  const db = getFirestore(app);
  connectFirestoreEmulator(db, emulator.host, emulator.port, mockUserToken ? { mockUserToken } : {});
  return db;
}

let anon: Firestore;
let user: Firestore;
let owner: Firestore;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, project: 'demo-rules-path' });
  anon = client('anon');
  user = client('user', { sub: 'u1', cc: { sandik: 'moderator' } });
  owner = client('owner');
});
afterAll(async () => emulator.stop());
beforeEach(async () => {
  emulator.setRules(null);
  await emulator.clear();
  await setDoc(doc(owner, 'centers/sandik'), { name: 'CC Saling Anton' });
  emulator.setRules({ ok: true, rules });
  calls = [];
  deny = () => false;
});

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: { code: string }) => e.code
  );

describe('request path', () => {
  test('get carries method, path, auth and the stored resource', async () => {
    await getDoc(doc(user, 'centers/sandik'));
    const call = calls[0];
    expect([calls.length, call?.request.method, call?.request.path, call?.request.auth?.uid]).toEqual([
      1,
      'get',
      'centers/sandik',
      'u1'
    ]);
    expect(call?.request.auth?.token.cc).toEqual({ sandik: 'moderator' });
    expect(call?.request.resource?.fields).toEqual({ name: { stringValue: 'CC Saling Anton' } });
    expect(call?.budget).toBe(10);
  });
  test('unauthenticated requests have auth null', async () => {
    await getDoc(doc(anon, 'centers/missing'));
    expect([calls[0]?.request.auth, calls[0]?.request.resource]).toEqual([null, null]);
  });
  test('list carries the query with enum names', async () => {
    await getDocs(query(collection(user, 'centers/sandik/complaints'), where('status', '==', 'baru')));
    const request = calls[0]?.request;
    expect([
      request?.method,
      request?.path,
      request?.query?.parent,
      request?.query?.collectionId,
      request?.query?.allDescendants
    ]).toEqual(['list', 'centers/sandik/complaints', 'centers/sandik', 'complaints', false]);
    expect(JSON.stringify(request?.query?.structuredQuery)).toContain('"op":"EQUAL"');
  });
  test('collection-group list is marked allDescendants', async () => {
    await getDocs(collectionGroup(user, 'complaints'));
    expect([calls[0]?.request.query?.allDescendants, calls[0]?.request.query?.parent]).toEqual([true, '']);
  });
  test('aggregation queries are checked as list', async () => {
    await getCount(collection(user, 'centers'));
    expect(calls.map((c) => c.request.method)).toEqual(['list']);
  });
  test('create, update and delete are told apart; request.resource has server time resolved', async () => {
    await setDoc(doc(user, 'centers/new'), { at: serverTimestamp() });
    await updateDoc(doc(user, 'centers/sandik'), { name: 'x' });
    await deleteDoc(doc(user, 'centers/new'));
    expect(calls.map((c) => c.request.method)).toEqual(['create', 'update', 'delete']);
    const created = calls[0]?.request;
    expect(created?.requestResource?.fields.at).toEqual({ timestampValue: created?.time });
    expect(calls[1]?.request.requestResource?.fields.name).toEqual({ stringValue: 'x' });
    expect(calls[1]?.request.resource?.fields.name).toEqual({ stringValue: 'CC Saling Anton' });
  });
  test('a batch checks each write with a shared budget of 20 and getAfter seeing the whole commit', async () => {
    const batch = writeBatch(user);
    batch.set(doc(user, 'centers/a'), { n: 1 });
    batch.set(doc(user, 'centers/b'), { n: 2 });
    await batch.commit();
    expect(calls.map((c) => [c.request.method, c.request.path, c.budget])).toEqual([
      ['create', 'centers/a', 20],
      ['create', 'centers/b', 20]
    ]);
    expect(calls[0]?.seenB).toEqual([null, { n: { integerValue: '2' } }]);
  });
  test('one denied write rejects the whole commit', async () => {
    deny = (r) => r.path === 'centers/b';
    const batch = writeBatch(user);
    batch.set(doc(user, 'centers/a'), { n: 1 });
    batch.set(doc(user, 'centers/b'), { n: 2 });
    expect(await code(batch.commit())).toBe('permission-denied');
    expect((await getDoc(doc(owner, 'centers/a'))).exists()).toBe(false);
  });
  test('a denied read answers PERMISSION_DENIED with the rules message', async () => {
    deny = () => true;
    const error = (await getDoc(doc(user, 'centers/sandik')).catch((e: unknown) => e)) as {
      code: string;
      message: string;
    };
    expect([error.code, error.message.includes('denied get centers/sandik at test.rules:1:1')]).toEqual([
      'permission-denied',
      true
    ]);
  });
  test('Bearer owner bypasses the rules', async () => {
    deny = () => true;
    emulator.setRules({ ok: true, rules });
    const response = await fetch(
      `${emulator.url}/v1/projects/demo-rules-path/databases/(default)/documents/centers/sandik`,
      {
        headers: { Authorization: 'Bearer owner' }
      }
    );
    expect([response.status, calls.length]).toEqual([200, 0]);
  });
  test('rules that failed to compile deny everything', async () => {
    emulator.setRules({
      ok: false,
      errors: [{ file: 'firestore.rules', line: 3, column: 7, message: 'unexpected token' }]
    });
    const error = (await getDoc(doc(anon, 'centers/sandik')).catch((e: unknown) => e)) as {
      code: string;
      message: string;
    };
    expect([error.code, error.message.includes('firestore.rules:3:7')]).toEqual(['permission-denied', true]);
  });
  test('no rules loaded allows everything', async () => {
    emulator.setRules(null);
    expect((await getDoc(doc(anon, 'centers/sandik'))).data()).toEqual({ name: 'CC Saling Anton' });
  });
  test('an invalid bearer token is UNAUTHENTICATED', async () => {
    const response = await fetch(
      `${emulator.url}/v1/projects/demo-rules-path/databases/(default)/documents/centers/sandik`,
      {
        headers: { Authorization: 'Bearer not-a-jwt' }
      }
    );
    expect(response.status).toBe(401);
  });
});

describe('transaction contention (our optimistic safety net)', () => {
  test('a write slipping in between a transactional read and its commit makes the commit ABORTED (409)', async () => {
    emulator.setRules(null);
    const base = `${emulator.url}/v1/projects/demo-rules-path/databases/(default)/documents`;
    const name = 'projects/demo-rules-path/databases/(default)/documents/centers/sandik';
    const post = (rpc: string, body: unknown) =>
      fetch(`${base}${rpc}`, {
        method: 'POST',
        headers: { Authorization: 'Bearer owner' },
        body: JSON.stringify(body)
      });
    const read = (await (
      await post(':batchGet', { documents: [name], newTransaction: { readWrite: {} } })
    ).json()) as { transaction: string }[];
    await setDoc(doc(owner, 'centers/sandik'), { name: 'changed meanwhile' });
    const response = await post(':commit', {
      transaction: read[0]?.transaction,
      writes: [{ update: { name, fields: {} } }]
    });
    const body = (await response.json()) as { error: { status: string } };
    expect([response.status, body.error.status, (await getDoc(doc(owner, 'centers/sandik'))).data()]).toEqual(
      [409, 'ABORTED', { name: 'changed meanwhile' }]
    );
  });
});

describe('document change hook (for Firestore triggers)', () => {
  test('reports before and after of each changed document, once per commit', async () => {
    emulator.setRules(null);
    const changes: [string, unknown, unknown][] = [];
    const off = emulator.onDocumentChange((c) =>
      changes.push([c.path, c.before?.fields ?? null, c.after?.fields ?? null])
    );
    await updateDoc(doc(owner, 'centers/sandik'), { name: 'baru' });
    await setDoc(doc(owner, 'centers/sandik'), { name: 'baru' });
    await deleteDoc(doc(owner, 'centers/sandik'));
    off();
    await setDoc(doc(owner, 'centers/after-off'), { x: 1 });
    expect(changes).toEqual([
      ['centers/sandik', { name: { stringValue: 'CC Saling Anton' } }, { name: { stringValue: 'baru' } }],
      ['centers/sandik', { name: { stringValue: 'baru' } }, null]
    ]);
  });
});
