/** The REST surface itself: control endpoint, error bodies, stream shapes, document GET, recursive delete. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { connectFirestoreEmulator, doc, getDoc, getFirestore, setDoc } from 'firebase/firestore/lite';
import { initializeApp } from 'firebase/app';
import { openHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness('demo-conf-rest');
});
afterAll(async () => h.close());

const base = () => `http://${h.host}:${h.port}/v1/projects/${h.project}/databases/(default)/documents`;
const post = (rpc: string, body: unknown, token = 'owner') =>
  fetch(`${base()}${rpc}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify(body)
  });

describe('control endpoint', () => {
  test('DELETE …/documents clears the project', async () => {
    await setDoc(doc(h.lite, 'r/a'), { a: 1 });
    await h.clear();
    expect((await getDoc(doc(h.lite, 'r/a'))).exists()).toBe(false);
  });
  test('clearing one project leaves another untouched', async () => {
    const other = initializeApp({ projectId: 'demo-conf-rest-other', apiKey: 'k' }, 'rest-other');
    const otherDb = getFirestore(other);
    connectFirestoreEmulator(otherDb, h.host, h.port);
    await setDoc(doc(otherDb, 'r/keep'), { a: 1 });
    await h.clear();
    expect((await getDoc(doc(otherDb, 'r/keep'))).data()).toEqual({ a: 1 });
  });
});

describe('wire shapes', () => {
  test('errors use Google JSON error bodies with the HTTP status', async () => {
    const response = await post(':commit', {
      writes: [
        {
          update: { name: `projects/${h.project}/databases/(default)/documents/r/none`, fields: {} },
          currentDocument: { exists: true }
        }
      ]
    });
    const body = (await response.json()) as { error: { code: number; status: string; message: string } };
    expect([response.status, body.error.code, body.error.status]).toEqual([404, 404, 'NOT_FOUND']);
  });
  test('a stale updateTime precondition answers FAILED_PRECONDITION (400)', async () => {
    await setDoc(doc(h.lite, 'r/pre'), { a: 1 });
    const response = await post(':commit', {
      writes: [
        {
          update: { name: `projects/${h.project}/databases/(default)/documents/r/pre`, fields: {} },
          currentDocument: { updateTime: '2000-01-01T00:00:00Z' }
        }
      ]
    });
    const body = (await response.json()) as { error: { status: string } };
    expect([response.status, body.error.status]).toEqual([400, 'FAILED_PRECONDITION']);
  });
  test('runQuery with no results streams one element carrying readTime', async () => {
    const response = await post(':runQuery', { structuredQuery: { from: [{ collectionId: 'empty' }] } });
    const body = (await response.json()) as { readTime?: string; document?: unknown }[];
    expect([body.length, typeof body[0]?.readTime, body[0]?.document]).toEqual([1, 'string', undefined]);
  });
  test('batchGet answers found and missing in a JSON array', async () => {
    await setDoc(doc(h.lite, 'r/bg'), { a: 'x' });
    const prefix = `projects/${h.project}/databases/(default)/documents`;
    const response = await post(':batchGet', { documents: [`${prefix}/r/bg`, `${prefix}/r/nope`] });
    const body = (await response.json()) as { found?: { fields: unknown }; missing?: string }[];
    expect([body[0]?.found?.fields, body[1]?.missing]).toEqual([
      { a: { stringValue: 'x' } },
      `${prefix}/r/nope`
    ]);
  });
  test('batchGet with newTransaction returns the transaction in the first element', async () => {
    const prefix = `projects/${h.project}/databases/(default)/documents`;
    const response = await post(':batchGet', {
      documents: [`${prefix}/r/bg`],
      newTransaction: { readWrite: {} }
    });
    const body = (await response.json()) as { transaction?: string }[];
    const transaction = body[0]?.transaction ?? '';
    expect(transaction.length).toBeGreaterThan(0);
    expect((await post(':rollback', { transaction })).status).toBe(200);
  });
  test('beginTransaction, a transactional read and a commit with the transaction id', async () => {
    const prefix = `projects/${h.project}/databases/(default)/documents`;
    await setDoc(doc(h.lite, 'r/tx'), { n: 1 });
    const begin = (await (await post(':beginTransaction', { options: { readWrite: {} } })).json()) as {
      transaction: string;
    };
    const read = (await (
      await post(':batchGet', { documents: [`${prefix}/r/tx`], transaction: begin.transaction })
    ).json()) as {
      found?: { fields: { n: { integerValue: string } } };
    }[];
    const response = await post(':commit', {
      transaction: begin.transaction,
      writes: [
        {
          update: {
            name: `${prefix}/r/tx`,
            fields: { n: { integerValue: String(Number(read[0]?.found?.fields.n.integerValue) + 1) } }
          }
        }
      ]
    });
    const body = (await response.json()) as { writeResults: unknown[]; commitTime: string };
    expect([
      response.status,
      body.writeResults.length,
      typeof body.commitTime,
      (await getDoc(doc(h.lite, 'r/tx'))).data()
    ]).toEqual([200, 1, 'string', { n: 2 }]);
  });
  test('runQuery at a parent document path', async () => {
    await setDoc(doc(h.lite, 'r/parent/kids/k1'), { a: 1 });
    const response = await post('/r/parent:runQuery', {
      structuredQuery: { from: [{ collectionId: 'kids' }] }
    });
    const body = (await response.json()) as { document?: { name: string } }[];
    expect(body.map((r) => r.document?.name.split('/').pop())).toEqual(['k1']);
  });
  test('numeric enums (enum-encoding=int) are accepted', async () => {
    await setDoc(doc(h.lite, 'r/enum'), { n: 7 });
    const response = await fetch(`${base()}:runQuery?$alt=json%3Benum-encoding=int`, {
      method: 'POST',
      headers: { Authorization: 'Bearer owner', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        structuredQuery: {
          from: [{ collectionId: 'r' }],
          where: { fieldFilter: { field: { fieldPath: 'n' }, op: 5, value: { integerValue: '7' } } },
          orderBy: [{ field: { fieldPath: '__name__' }, direction: 2 }]
        }
      })
    });
    const body = (await response.json()) as { document?: { name: string } }[];
    expect(body.map((r) => r.document?.name.split('/').pop())).toEqual(['enum']);
  });
  test('GET of a document returns it; a missing one is 404', async () => {
    await setDoc(doc(h.lite, 'r/get'), { a: true });
    const found = await fetch(`${base()}/r/get`, { headers: { Authorization: 'Bearer owner' } });
    const missing = await fetch(`${base()}/r/get-none`, { headers: { Authorization: 'Bearer owner' } });
    expect([found.status, ((await found.json()) as { fields: unknown }).fields, missing.status]).toEqual([
      200,
      { a: { booleanValue: true } },
      404
    ]);
  });
});

describe('admin utilities', () => {
  test('recursiveDelete removes a collection and its sub-collections', async () => {
    await h.admin.doc('rd/a').set({ x: 1 });
    await h.admin.doc('rd/a/sub/b').set({ x: 2 });
    await h.admin.doc('rd/c').set({ x: 3 });
    await h.admin.doc('keep/z').set({ x: 4 });
    await h.admin.recursiveDelete(h.admin.collection('rd'));
    const left = await Promise.all(
      ['rd/a', 'rd/a/sub/b', 'rd/c', 'keep/z'].map(async (p) => (await h.admin.doc(p).get()).exists)
    );
    expect(left).toEqual([false, false, false, true]);
  });
  test('admin getAll preserves request order', async () => {
    await h.admin.doc('ga/1').set({ i: 1 });
    await h.admin.doc('ga/2').set({ i: 2 });
    const snaps = await h.admin.getAll(h.admin.doc('ga/2'), h.admin.doc('ga/missing'), h.admin.doc('ga/1'));
    expect(snaps.map((s) => (s.exists ? s.get('i') : null))).toEqual([2, null, 1]);
  });
  test('admin getAll with a field mask', async () => {
    await h.admin.doc('ga/m').set({ a: 1, b: 2 });
    const [snap] = await h.admin.getAll(h.admin.doc('ga/m'), { fieldMask: ['b'] });
    expect(snap?.data()).toEqual({ b: 2 });
  });
});
