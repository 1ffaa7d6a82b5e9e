/** Values round-trip exactly through both SDKs. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Bytes, GeoPoint, Timestamp, doc, getDoc, setDoc } from 'firebase/firestore/lite';
import {
  GeoPoint as AdminGeoPoint,
  Timestamp as AdminTimestamp,
  type Firestore as AdminFirestore
} from 'firebase-admin/firestore';
import { openHarness, type Harness } from './harness';

let h: Harness;
let bigAdmin: AdminFirestore;
beforeAll(async () => {
  h = await openHarness('demo-conf-values');
  bigAdmin = h.newAdmin({ useBigInt: true });
});
afterAll(async () => h.close());

async function liteRoundTrip(id: string, value: unknown): Promise<unknown> {
  const ref = doc(h.lite, 'values', id);
  await setDoc(ref, { v: value });
  return (await getDoc(ref)).data()?.v;
}

async function adminRoundTrip(id: string, value: unknown, db: AdminFirestore = h.admin): Promise<unknown> {
  const ref = db.doc(`adminValues/${id}`);
  await ref.set({ v: value });
  return (await ref.get()).get('v');
}

describe('lite SDK', () => {
  const cases: [string, unknown][] = [
    ['null', null],
    ['true', true],
    ['false', false],
    ['zero', 0],
    ['int', 42],
    ['negative int', -7],
    ['max safe int', Number.MAX_SAFE_INTEGER],
    ['double', 3.25],
    ['tiny double', 5e-324],
    ['empty string', ''],
    ['unicode string', 'Pengaduan ✓ 🌾 ñ'],
    ['empty array', []],
    ['mixed array', [1, 'two', null, true, 2.5, { four: [4] }]],
    ['empty map', {}],
    ['nested map', { a: { b: { c: 'deep', n: 1.5 } }, list: [{ x: 1 }] }]
  ];
  test.each(cases)('%s round-trips', async (name, value) => {
    expect(await liteRoundTrip(name.replace(/ /g, '-'), value)).toEqual(value);
  });

  test('NaN round-trips', async () => {
    expect(await liteRoundTrip('nan', NaN)).toBeNaN();
  });
  test('+Infinity round-trips', async () => {
    expect(await liteRoundTrip('inf', Infinity)).toBe(Infinity);
  });
  test('-Infinity round-trips', async () => {
    expect(await liteRoundTrip('ninf', -Infinity)).toBe(-Infinity);
  });
  test('timestamp keeps microseconds', async () => {
    const value = (await liteRoundTrip('ts', new Timestamp(1767225600, 123456000))) as Timestamp;
    expect([value.seconds, value.nanoseconds]).toEqual([1767225600, 123456000]);
  });
  test('timestamp nanoseconds below a microsecond are truncated', async () => {
    const value = (await liteRoundTrip('tsn', new Timestamp(1767225600, 123456789))) as Timestamp;
    expect([value.seconds, value.nanoseconds]).toEqual([1767225600, 123456000]);
  });
  test('timestamp before 1970 round-trips', async () => {
    const value = (await liteRoundTrip('tsold', new Timestamp(-86400, 1000))) as Timestamp;
    expect([value.seconds, value.nanoseconds]).toEqual([-86400, 1000]);
  });
  test('bytes round-trip', async () => {
    const value = (await liteRoundTrip(
      'bytes',
      Bytes.fromUint8Array(new Uint8Array([0, 1, 254, 255]))
    )) as Bytes;
    expect([...value.toUint8Array()]).toEqual([0, 1, 254, 255]);
  });
  test('geo point round-trips', async () => {
    const value = (await liteRoundTrip('geo', new GeoPoint(-8.5833, 116.1167))) as GeoPoint;
    expect([value.latitude, value.longitude]).toEqual([-8.5833, 116.1167]);
  });
  test('reference round-trips', async () => {
    const value = (await liteRoundTrip('ref', doc(h.lite, 'centers/sandik/complaints/abc'))) as {
      path: string;
    };
    expect(value.path).toBe('centers/sandik/complaints/abc');
  });
  test('document with every type at once', async () => {
    const ref = doc(h.lite, 'values/all');
    const data = { s: 'x', n: 1, d: 1.5, b: true, z: null, a: [1], m: { k: 'v' }, g: new GeoPoint(1, 2) };
    await setDoc(ref, data);
    expect((await getDoc(ref)).data()).toEqual(data);
  });
  test('field names with dots and spaces round-trip', async () => {
    const ref = doc(h.lite, 'values/oddnames');
    await setDoc(ref, { 'a.b': 1, 'with space': 2, '`tick`': 3, ünï: 4 });
    expect((await getDoc(ref)).data()).toEqual({ 'a.b': 1, 'with space': 2, '`tick`': 3, ünï: 4 });
  });
});

describe('admin SDK (preferRest)', () => {
  test('int64 beyond 2^53 round-trips exactly as BigInt', async () => {
    expect(await adminRoundTrip('big', 9223372036854775807n, bigAdmin)).toBe(9223372036854775807n);
  });
  test('int64 minimum round-trips exactly', async () => {
    expect(await adminRoundTrip('small', -9223372036854775808n, bigAdmin)).toBe(-9223372036854775808n);
  });
  test('integer stays an integer and double a double', async () => {
    await h.admin.doc('adminValues/types').set({ i: 1, d: 1.5 });
    const snap = await bigAdmin.doc('adminValues/types').get();
    expect([snap.get('i'), snap.get('d')]).toEqual([1n, 1.5]);
  });
  test('NaN round-trips', async () => {
    expect(await adminRoundTrip('nan', NaN)).toBeNaN();
  });
  test('±Infinity round-trip', async () => {
    expect([await adminRoundTrip('inf', Infinity), await adminRoundTrip('ninf', -Infinity)]).toEqual([
      Infinity,
      -Infinity
    ]);
  });
  test('timestamp keeps microseconds', async () => {
    const value = (await adminRoundTrip('ts', new AdminTimestamp(1767225600, 654321000))) as AdminTimestamp;
    expect([value.seconds, value.nanoseconds]).toEqual([1767225600, 654321000]);
  });
  test('Date becomes a timestamp with milliseconds', async () => {
    const value = (await adminRoundTrip('date', new Date('2026-12-03T04:05:06.789Z'))) as AdminTimestamp;
    expect(value.toDate().toISOString()).toBe('2026-12-03T04:05:06.789Z');
  });
  test('bytes round-trip as Buffer', async () => {
    const value = (await adminRoundTrip('bytes', Buffer.from([9, 8, 7, 0, 255]))) as Buffer;
    expect([...value]).toEqual([9, 8, 7, 0, 255]);
  });
  test('geo point round-trips', async () => {
    const value = (await adminRoundTrip('geo', new AdminGeoPoint(-8.65, 116.07))) as AdminGeoPoint;
    expect([value.latitude, value.longitude]).toEqual([-8.65, 116.07]);
  });
  test('reference round-trips', async () => {
    const value = (await adminRoundTrip('ref', h.admin.doc('centers/mambalan'))) as { path: string };
    expect(value.path).toBe('centers/mambalan');
  });
  test('nested maps and arrays with null round-trip', async () => {
    const data = { a: [{ b: [null, { c: 'd' }] }], e: { f: null } };
    expect(await adminRoundTrip('nested', data)).toEqual(data);
  });
  test('value written by admin reads the same in lite', async () => {
    await h.admin.doc('values/cross').set({ t: new AdminTimestamp(100, 5000), n: 12, s: 'x' });
    const data = (await getDoc(doc(h.lite, 'values/cross'))).data() as { t: Timestamp; n: number; s: string };
    expect([data.t.seconds, data.t.nanoseconds, data.n, data.s]).toEqual([100, 5000, 12, 'x']);
  });
  test('createTime and updateTime are reported', async () => {
    const ref = h.admin.doc('adminValues/times');
    const write = await ref.set({ a: 1 });
    const snap = await ref.get();
    expect(snap.updateTime?.isEqual(write.writeTime)).toBe(true);
    expect(snap.createTime?.isEqual(write.writeTime)).toBe(true);
  });
});
