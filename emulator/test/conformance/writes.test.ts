/** set, merge, update with field masks, preconditions, delete, deleteField, atomic batches. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  deleteDoc,
  deleteField,
  doc,
  getDoc,
  setDoc,
  updateDoc,
  writeBatch,
  FieldPath
} from 'firebase/firestore/lite';
import {
  FieldPath as AdminFieldPath,
  FieldValue,
  Timestamp as AdminTimestamp
} from 'firebase-admin/firestore';
import { openHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness('demo-conf-writes');
});
afterAll(async () => h.close());

const read = async (path: string) => (await getDoc(doc(h.lite, path))).data();
const errorCode = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => 'no error',
    (error: { code?: unknown }) => error.code
  );

describe('set and merge (lite)', () => {
  test('set replaces the whole document', async () => {
    await setDoc(doc(h.lite, 'w/set1'), { a: 1, b: 2 });
    await setDoc(doc(h.lite, 'w/set1'), { c: 3 });
    expect(await read('w/set1')).toEqual({ c: 3 });
  });
  test('set with merge keeps other fields', async () => {
    await setDoc(doc(h.lite, 'w/merge1'), { a: 1, b: 2 });
    await setDoc(doc(h.lite, 'w/merge1'), { b: 20, c: 30 }, { merge: true });
    expect(await read('w/merge1')).toEqual({ a: 1, b: 20, c: 30 });
  });
  test('merge deep-merges nested maps', async () => {
    await setDoc(doc(h.lite, 'w/merge2'), { m: { x: 1, y: 2 } });
    await setDoc(doc(h.lite, 'w/merge2'), { m: { y: 3, z: 4 } }, { merge: true });
    expect(await read('w/merge2')).toEqual({ m: { x: 1, y: 3, z: 4 } });
  });
  test('mergeFields writes only the named fields', async () => {
    await setDoc(doc(h.lite, 'w/merge3'), { a: 1, b: 2 });
    await setDoc(doc(h.lite, 'w/merge3'), { a: 10, b: 20 }, { mergeFields: ['b'] });
    expect(await read('w/merge3')).toEqual({ a: 1, b: 20 });
  });
  test('merge creates a missing document', async () => {
    await setDoc(doc(h.lite, 'w/merge4'), { a: 1 }, { merge: true });
    expect(await read('w/merge4')).toEqual({ a: 1 });
  });
  test('merge with deleteField removes the field', async () => {
    await setDoc(doc(h.lite, 'w/merge5'), { a: 1, b: 2 });
    await setDoc(doc(h.lite, 'w/merge5'), { b: deleteField() }, { merge: true });
    expect(await read('w/merge5')).toEqual({ a: 1 });
  });
  test('merge replaces a non-map with a map', async () => {
    await setDoc(doc(h.lite, 'w/merge6'), { m: 5 });
    await setDoc(doc(h.lite, 'w/merge6'), { m: { k: 1 } }, { merge: true });
    expect(await read('w/merge6')).toEqual({ m: { k: 1 } });
  });
});

describe('update (lite)', () => {
  test('update changes only the named fields', async () => {
    await setDoc(doc(h.lite, 'w/up1'), { a: 1, b: 2 });
    await updateDoc(doc(h.lite, 'w/up1'), { b: 3 });
    expect(await read('w/up1')).toEqual({ a: 1, b: 3 });
  });
  test('update with a dotted path changes one nested field', async () => {
    await setDoc(doc(h.lite, 'w/up2'), { m: { x: 1, y: 2 } });
    await updateDoc(doc(h.lite, 'w/up2'), { 'm.y': 20 });
    expect(await read('w/up2')).toEqual({ m: { x: 1, y: 20 } });
  });
  test('update with a map replaces the whole map', async () => {
    await setDoc(doc(h.lite, 'w/up3'), { m: { x: 1, y: 2 } });
    await updateDoc(doc(h.lite, 'w/up3'), { m: { y: 20 } });
    expect(await read('w/up3')).toEqual({ m: { y: 20 } });
  });
  test('update with FieldPath of a key containing a dot (backquoted)', async () => {
    await setDoc(doc(h.lite, 'w/up4'), { 'a.b': 1, a: { b: 2 } });
    await updateDoc(doc(h.lite, 'w/up4'), new FieldPath('a.b'), 10);
    expect(await read('w/up4')).toEqual({ 'a.b': 10, a: { b: 2 } });
  });
  test('update with FieldPath segments with special characters', async () => {
    await setDoc(doc(h.lite, 'w/up5'), { x: 1 });
    await updateDoc(doc(h.lite, 'w/up5'), new FieldPath('we`ird', 'sp ace'), 'ok');
    expect(await read('w/up5')).toEqual({ x: 1, 'we`ird': { 'sp ace': 'ok' } });
  });
  test('update creates missing intermediate maps', async () => {
    await setDoc(doc(h.lite, 'w/up6'), { x: 1 });
    await updateDoc(doc(h.lite, 'w/up6'), { 'p.q.r': true });
    expect(await read('w/up6')).toEqual({ x: 1, p: { q: { r: true } } });
  });
  test('update with deleteField removes a nested field', async () => {
    await setDoc(doc(h.lite, 'w/up7'), { m: { x: 1, y: 2 } });
    await updateDoc(doc(h.lite, 'w/up7'), { 'm.x': deleteField() });
    expect(await read('w/up7')).toEqual({ m: { y: 2 } });
  });
  test('update of a missing document fails with not-found', async () => {
    expect(await errorCode(updateDoc(doc(h.lite, 'w/missing'), { a: 1 }))).toBe('not-found');
  });
  test('failed update leaves no document behind', async () => {
    await errorCode(updateDoc(doc(h.lite, 'w/missing2'), { a: 1 }));
    expect((await getDoc(doc(h.lite, 'w/missing2'))).exists()).toBe(false);
  });
  test('update of several fields at once', async () => {
    await setDoc(doc(h.lite, 'w/up8'), { a: 1, b: 2, c: 3 });
    await updateDoc(doc(h.lite, 'w/up8'), { a: 'x', c: deleteField(), d: [1] });
    expect(await read('w/up8')).toEqual({ a: 'x', b: 2, d: [1] });
  });
});

describe('delete', () => {
  test('delete removes the document', async () => {
    await setDoc(doc(h.lite, 'w/del1'), { a: 1 });
    await deleteDoc(doc(h.lite, 'w/del1'));
    expect((await getDoc(doc(h.lite, 'w/del1'))).exists()).toBe(false);
  });
  test('delete of a missing document succeeds', async () => {
    expect(await errorCode(deleteDoc(doc(h.lite, 'w/del-none')))).toBe('no error');
  });
  test('deleting a parent keeps its sub-collection documents', async () => {
    await setDoc(doc(h.lite, 'w/del2'), { a: 1 });
    await setDoc(doc(h.lite, 'w/del2/sub/x'), { b: 2 });
    await deleteDoc(doc(h.lite, 'w/del2'));
    expect(await read('w/del2/sub/x')).toEqual({ b: 2 });
  });
  test('admin delete with exists precondition on a missing doc fails with NOT_FOUND', async () => {
    const error = (await h.admin
      .doc('w/del3')
      .delete({ exists: true })
      .catch((e: unknown) => e)) as { code: number };
    expect(error.code).toBe(5);
  });
});

describe('preconditions (admin)', () => {
  test('create of a new document succeeds', async () => {
    await h.admin.doc('w/c1').create({ a: 1 });
    expect(await read('w/c1')).toEqual({ a: 1 });
  });
  test('create of an existing document answers HTTP 409 ALREADY_EXISTS and changes nothing', async () => {
    await h.admin.doc('w/c2').create({ a: 1 });
    // firebase-admin with preferRest cannot tell this 409 from ABORTED and retries it for
    // minutes (firebase/firebase-admin-node#2587), so the wire answer is checked directly.
    const response = await fetch(
      `http://${h.host}:${h.port}/v1/projects/${h.project}/databases/(default)/documents:commit`,
      {
        method: 'POST',
        headers: { Authorization: 'Bearer owner', 'Content-Type': 'application/json' },
        body: JSON.stringify({
          writes: [
            {
              update: {
                name: `projects/${h.project}/databases/(default)/documents/w/c2`,
                fields: { a: { integerValue: '2' } }
              },
              currentDocument: { exists: false }
            }
          ]
        })
      }
    );
    const body = (await response.json()) as { error: { code: number; status: string } };
    expect([response.status, body.error.code, body.error.status]).toEqual([409, 409, 'ALREADY_EXISTS']);
    expect(await read('w/c2')).toEqual({ a: 1 });
  });
  test('update with lastUpdateTime that matches succeeds', async () => {
    const ref = h.admin.doc('w/p1');
    const written = await ref.set({ a: 1 });
    await ref.update({ a: 2 }, { lastUpdateTime: written.writeTime });
    expect(await read('w/p1')).toEqual({ a: 2 });
  });
  test('update with a stale lastUpdateTime fails with FAILED_PRECONDITION', async () => {
    const ref = h.admin.doc('w/p2');
    const first = await ref.set({ a: 1 });
    await ref.set({ a: 2 });
    const error = (await ref
      .update({ a: 3 }, { lastUpdateTime: first.writeTime })
      .catch((e: unknown) => e)) as {
      code: number;
    };
    expect(error.code).toBe(3);
    expect(await read('w/p2')).toEqual({ a: 2 });
  });
  test('delete with a matching lastUpdateTime succeeds', async () => {
    const ref = h.admin.doc('w/p3');
    const written = await ref.set({ a: 1 });
    await ref.delete({ lastUpdateTime: written.writeTime });
    expect((await ref.get()).exists).toBe(false);
  });
  test('update with an admin FieldPath', async () => {
    const ref = h.admin.doc('w/p4');
    await ref.set({ m: { 'x.y': 1 } });
    await ref.update(new AdminFieldPath('m', 'x.y'), 2);
    expect((await ref.get()).data()).toEqual({ m: { 'x.y': 2 } });
  });
  test('a write that changes nothing keeps the update time', async () => {
    const ref = h.admin.doc('w/p5');
    const first = await ref.set({ a: 1 });
    await ref.set({ a: 1 });
    expect((await ref.get()).updateTime?.isEqual(first.writeTime)).toBe(true);
  });
  test('createTime survives updates, updateTime moves', async () => {
    const ref = h.admin.doc('w/p6');
    const first = await ref.set({ a: 1 });
    const second = await ref.set({ a: 2 });
    const snap = await ref.get();
    expect([snap.createTime?.isEqual(first.writeTime), snap.updateTime?.isEqual(second.writeTime)]).toEqual([
      true,
      true
    ]);
  });
  test('update times increase across commits', async () => {
    const a = await h.admin.doc('w/p7').set({ a: 1 });
    const b = await h.admin.doc('w/p7').set({ a: 2 });
    expect(b.writeTime.toMillis() * 1e6 + (b.writeTime.nanoseconds % 1e6)).toBeGreaterThan(
      a.writeTime.toMillis() * 1e6 + (a.writeTime.nanoseconds % 1e6)
    );
  });
});

describe('document ids', () => {
  test('an id matching __.*__ is refused with INVALID_ARGUMENT', async () => {
    const error = (await h.admin
      .doc('w/__reserved__')
      .set({ a: 1 })
      .catch((e: unknown) => e)) as { code: number };
    expect(error.code).toBe(3);
  });
  test('ids with spaces, unicode and dots are fine', async () => {
    await setDoc(doc(h.lite, 'w', 'Desa Sandik · 52.01.14.2003'), { ok: true });
    expect(await read('w/Desa Sandik · 52.01.14.2003')).toEqual({ ok: true });
  });
});

describe('batches are atomic', () => {
  test('lite batch applies all writes', async () => {
    const batch = writeBatch(h.lite);
    batch.set(doc(h.lite, 'b1/x'), { n: 1 });
    batch.set(doc(h.lite, 'b1/y'), { n: 2 });
    batch.delete(doc(h.lite, 'b1/z'));
    await batch.commit();
    expect([await read('b1/x'), await read('b1/y')]).toEqual([{ n: 1 }, { n: 2 }]);
  });
  test('lite batch with one failing update leaves nothing behind', async () => {
    const batch = writeBatch(h.lite);
    batch.set(doc(h.lite, 'b2/x'), { n: 1 });
    batch.update(doc(h.lite, 'b2/missing'), { n: 2 });
    expect(await errorCode(batch.commit())).toBe('not-found');
    expect((await getDoc(doc(h.lite, 'b2/x'))).exists()).toBe(false);
  });
  test('admin batch with a failing update leaves nothing behind', async () => {
    await h.admin.doc('b3/exists').set({ n: 0 });
    const batch = h.admin.batch();
    batch.set(h.admin.doc('b3/new'), { n: 1 });
    batch.update(h.admin.doc('b3/exists'), { n: 5 });
    batch.update(h.admin.doc('b3/missing'), { n: 2 });
    const error = (await batch.commit().catch((e: unknown) => e)) as { code: number };
    expect(error.code).toBe(5);
    expect([
      (await h.admin.doc('b3/new').get()).exists,
      (await h.admin.doc('b3/exists').get()).get('n')
    ]).toEqual([false, 0]);
  });
  test('later writes in a batch see earlier ones', async () => {
    const batch = h.admin.batch();
    batch.set(h.admin.doc('b4/x'), { a: 1 });
    batch.update(h.admin.doc('b4/x'), { b: 2 });
    batch.update(h.admin.doc('b4/x'), { a: FieldValue.increment(1) });
    await batch.commit();
    expect((await h.admin.doc('b4/x').get()).data()).toEqual({ a: 2, b: 2 });
  });
  test('a 500-write batch commits', async () => {
    const batch = h.admin.batch();
    for (let i = 0; i < 500; i++) batch.set(h.admin.doc(`b5/d${i}`), { i });
    await batch.commit();
    const snap = await h.admin.collection('b5').count().get();
    expect(snap.data().count).toBe(500);
  });
  test('admin batch returns one write time per write', async () => {
    const batch = h.admin.batch();
    batch.set(h.admin.doc('b6/x'), { a: 1 });
    batch.delete(h.admin.doc('b6/y'));
    const results = await batch.commit();
    expect(results.length).toBe(2);
    expect(results[0]?.writeTime instanceof AdminTimestamp).toBe(true);
  });
  test('admin set with merge and nested FieldValue.delete', async () => {
    const ref = h.admin.doc('b7/x');
    await ref.set({ m: { a: 1, b: 2 }, keep: true });
    await ref.set({ m: { a: FieldValue.delete() } }, { merge: true });
    expect((await ref.get()).data()).toEqual({ m: { b: 2 }, keep: true });
  });
  test('admin BulkWriter writes every document', async () => {
    const writer = h.admin.bulkWriter();
    for (let i = 0; i < 20; i++) void writer.set(h.admin.doc(`b8/d${i}`), { i });
    await writer.close();
    expect((await h.admin.collection('b8').count().get()).data().count).toBe(20);
  });
});
