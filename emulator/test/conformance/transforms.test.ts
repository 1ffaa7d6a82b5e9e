/** serverTimestamp, increment, maximum, minimum, arrayUnion, arrayRemove. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  arrayRemove,
  arrayUnion,
  doc,
  getDoc,
  increment,
  serverTimestamp,
  setDoc,
  updateDoc,
  Timestamp
} from 'firebase/firestore/lite';
import { FieldValue, Timestamp as AdminTimestamp } from 'firebase-admin/firestore';
import { openHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness('demo-conf-transforms');
});
afterAll(async () => h.close());

const read = async (path: string) => (await getDoc(doc(h.lite, path))).data();

describe('serverTimestamp', () => {
  test('resolves to the commit time', async () => {
    const before = Date.now();
    await setDoc(doc(h.lite, 't/st1'), { at: serverTimestamp() });
    const at = (await read('t/st1'))?.at as Timestamp;
    expect(at.toMillis()).toBeGreaterThanOrEqual(before - 1000);
    expect(at.toMillis()).toBeLessThanOrEqual(Date.now() + 1000);
  });
  test('equals the update time of the write (admin)', async () => {
    const ref = h.admin.doc('t/st2');
    const result = await ref.set({ at: FieldValue.serverTimestamp() });
    expect(((await ref.get()).get('at') as AdminTimestamp).isEqual(result.writeTime)).toBe(true);
  });
  test('in a nested field', async () => {
    await setDoc(doc(h.lite, 't/st3'), { m: { at: serverTimestamp(), x: 1 } });
    const m = (await read('t/st3'))?.m as { at: Timestamp; x: number };
    expect([m.at instanceof Timestamp, m.x]).toEqual([true, 1]);
  });
  test('two server timestamps in one write are equal', async () => {
    await setDoc(doc(h.lite, 't/st4'), { a: serverTimestamp(), b: serverTimestamp() });
    const data = (await read('t/st4')) as { a: Timestamp; b: Timestamp };
    expect(data.a.isEqual(data.b)).toBe(true);
  });
});

describe('increment', () => {
  test('integer plus integer stays an integer', async () => {
    await setDoc(doc(h.lite, 't/inc1'), { n: 5 });
    await updateDoc(doc(h.lite, 't/inc1'), { n: increment(3) });
    expect((await read('t/inc1'))?.n).toBe(8);
  });
  test('integer plus double becomes a double', async () => {
    await setDoc(doc(h.lite, 't/inc2'), { n: 5 });
    await updateDoc(doc(h.lite, 't/inc2'), { n: increment(0.5) });
    expect((await read('t/inc2'))?.n).toBe(5.5);
  });
  test('a missing field is set to the operand', async () => {
    await setDoc(doc(h.lite, 't/inc3'), { other: 1 });
    await updateDoc(doc(h.lite, 't/inc3'), { n: increment(4) });
    expect(await read('t/inc3')).toEqual({ other: 1, n: 4 });
  });
  test('a non-number field is replaced by the operand', async () => {
    await setDoc(doc(h.lite, 't/inc4'), { n: 'text' });
    await updateDoc(doc(h.lite, 't/inc4'), { n: increment(2) });
    expect((await read('t/inc4'))?.n).toBe(2);
  });
  test('a nested field', async () => {
    await setDoc(doc(h.lite, 't/inc5'), { stats: { open: 1 } });
    await updateDoc(doc(h.lite, 't/inc5'), { 'stats.open': increment(1), 'stats.closed': increment(1) });
    expect(await read('t/inc5')).toEqual({ stats: { open: 2, closed: 1 } });
  });
  test('on a missing document with merge creates it', async () => {
    await setDoc(doc(h.lite, 't/inc6'), { n: increment(7) }, { merge: true });
    expect(await read('t/inc6')).toEqual({ n: 7 });
  });
  test('negative increments', async () => {
    await setDoc(doc(h.lite, 't/inc7'), { n: 10 });
    await updateDoc(doc(h.lite, 't/inc7'), { n: increment(-15) });
    expect((await read('t/inc7'))?.n).toBe(-5);
  });
  test('integer overflow saturates at the int64 maximum (admin, BigInt)', async () => {
    const big = h.newAdmin({ useBigInt: true });
    await big.doc('t/inc8').set({ n: 9223372036854775800n });
    await big.doc('t/inc8').update({ n: FieldValue.increment(100) });
    expect((await big.doc('t/inc8').get()).get('n')).toBe(9223372036854775807n);
  });
  test('transform result is returned to the admin SDK (written value visible)', async () => {
    const ref = h.admin.doc('t/inc9');
    await ref.set({ n: 1 });
    await ref.update({ n: FieldValue.increment(41) });
    expect((await ref.get()).get('n')).toBe(42);
  });
});

describe('maximum and minimum (no SDK exposes them: raw REST commit)', () => {
  async function commitTransform(id: string, transform: Record<string, unknown>): Promise<void> {
    const name = `projects/${h.project}/databases/(default)/documents/t/${id}`;
    const response = await fetch(
      `http://${h.host}:${h.port}/v1/projects/${h.project}/databases/(default)/documents:commit`,
      {
        method: 'POST',
        headers: { Authorization: 'Bearer owner' },
        body: JSON.stringify({
          writes: [{ transform: { document: name, fieldTransforms: [{ fieldPath: 'n', ...transform }] } }]
        })
      }
    );
    expect(response.status).toBe(200);
  }
  test('maximum keeps the larger value', async () => {
    await setDoc(doc(h.lite, 't/max1'), { n: 5 });
    await commitTransform('max1', { maximum: { integerValue: '3' } });
    await commitTransform('max1', { maximum: { integerValue: '9' } });
    expect((await read('t/max1'))?.n).toBe(9);
  });
  test('minimum keeps the smaller value, mixing int and double', async () => {
    await setDoc(doc(h.lite, 't/min1'), { n: 5 });
    await commitTransform('min1', { minimum: { doubleValue: 2.5 } });
    await commitTransform('min1', { minimum: { integerValue: '4' } });
    expect((await read('t/min1'))?.n).toBe(2.5);
  });
  test('maximum on a missing field sets the operand', async () => {
    await setDoc(doc(h.lite, 't/max2'), {});
    await commitTransform('max2', { maximum: { integerValue: '-3' } });
    expect((await read('t/max2'))?.n).toBe(-3);
  });
});

describe('arrayUnion and arrayRemove', () => {
  test('arrayUnion appends only missing elements', async () => {
    await setDoc(doc(h.lite, 't/au1'), { tags: ['a', 'b'] });
    await updateDoc(doc(h.lite, 't/au1'), { tags: arrayUnion('b', 'c', 'c') });
    expect((await read('t/au1'))?.tags).toEqual(['a', 'b', 'c']);
  });
  test('arrayUnion on a missing field creates the array', async () => {
    await setDoc(doc(h.lite, 't/au2'), {});
    await updateDoc(doc(h.lite, 't/au2'), { tags: arrayUnion(1, 2) });
    expect((await read('t/au2'))?.tags).toEqual([1, 2]);
  });
  test('arrayUnion on a non-array replaces it', async () => {
    await setDoc(doc(h.lite, 't/au3'), { tags: 'x' });
    await updateDoc(doc(h.lite, 't/au3'), { tags: arrayUnion('y') });
    expect((await read('t/au3'))?.tags).toEqual(['y']);
  });
  test('arrayUnion compares maps by value', async () => {
    await setDoc(doc(h.lite, 't/au4'), { list: [{ k: 1 }] });
    await updateDoc(doc(h.lite, 't/au4'), { list: arrayUnion({ k: 1 }, { k: 2 }) });
    expect((await read('t/au4'))?.list).toEqual([{ k: 1 }, { k: 2 }]);
  });
  test('arrayRemove removes every instance', async () => {
    await setDoc(doc(h.lite, 't/ar1'), { tags: ['a', 'b', 'a', 'c'] });
    await updateDoc(doc(h.lite, 't/ar1'), { tags: arrayRemove('a', 'z') });
    expect((await read('t/ar1'))?.tags).toEqual(['b', 'c']);
  });
  test('arrayRemove on a missing field leaves an empty array', async () => {
    await setDoc(doc(h.lite, 't/ar2'), {});
    await updateDoc(doc(h.lite, 't/ar2'), { tags: arrayRemove('a') });
    expect((await read('t/ar2'))?.tags).toEqual([]);
  });
  test('admin arrayUnion and arrayRemove', async () => {
    const ref = h.admin.doc('t/ar3');
    await ref.set({ a: [1, 2], b: [3, 4] });
    await ref.update({ a: FieldValue.arrayUnion(3), b: FieldValue.arrayRemove(3) });
    expect((await ref.get()).data()).toEqual({ a: [1, 2, 3], b: [4] });
  });
});

describe('several transforms in one write', () => {
  test('lite: set with value, increment, union and timestamp together', async () => {
    await setDoc(doc(h.lite, 't/multi1'), { n: 1, tags: ['x'] });
    await updateDoc(doc(h.lite, 't/multi1'), {
      n: increment(2),
      tags: arrayUnion('y'),
      at: serverTimestamp(),
      plain: 'v'
    });
    const data = (await read('t/multi1')) as { n: number; tags: string[]; at: Timestamp; plain: string };
    expect([data.n, data.tags, data.at instanceof Timestamp, data.plain]).toEqual([3, ['x', 'y'], true, 'v']);
  });
  test('admin: transforms in set with merge', async () => {
    const ref = h.admin.doc('t/multi2');
    await ref.set({ count: 1 });
    await ref.set(
      { count: FieldValue.increment(1), seen: FieldValue.arrayUnion('a'), name: 'x' },
      { merge: true }
    );
    expect((await ref.get()).data()).toEqual({ count: 2, seen: ['a'], name: 'x' });
  });
  test('50 concurrent increments from two clients add up exactly', async () => {
    await setDoc(doc(h.lite, 't/race'), { n: 0 });
    const other = h.newLite();
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        updateDoc(doc(i % 2 ? h.lite : other, 't/race'), { n: increment(1) })
      )
    );
    expect((await read('t/race'))?.n).toBe(50);
  });
});
