/**
 * One case per language construct: a create that the construct allows (and that then reads
 * back with the written value) and a create it denies (permission-denied).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  Timestamp as AdminTimestamp,
  GeoPoint as AdminGeoPoint,
  DocumentReference as AdminRef
} from 'firebase-admin/firestore';
import {
  Bytes,
  GeoPoint,
  Timestamp,
  doc,
  serverTimestamp,
  setDoc,
  type Firestore
} from 'firebase/firestore/lite';
import { denied, openRulesHarness, type RulesHarness } from './harness';

let h: RulesHarness;
let db: Firestore;
beforeAll(async () => {
  h = await openRulesHarness('demo-rules-constructs');
  db = h.as({ sub: 'lab-user' });
});
afterAll(async () => h.close());

/** Admin values → plain values, so that read-backs compare with toEqual. */
function plain(v: unknown): unknown {
  if (v instanceof AdminTimestamp) return { millis: v.toMillis() };
  if (v instanceof AdminGeoPoint) return { lat: v.latitude, lng: v.longitude };
  if (v instanceof AdminRef) return { ref: v.path };
  if (v instanceof Uint8Array) return { bytes: [...v] };
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

const march15 = Date.UTC(2026, 2, 15);
let n = 0;

interface Construct {
  /** the `construct` path segment of /lab/{construct}/cases/{id} */
  name: string;
  allowed: () => unknown;
  /** what the admin SDK reads back (defaults to the allowed value) */
  readBack?: unknown;
  rejected: () => unknown;
}

const CONSTRUCTS: Construct[] = [
  { name: 'matches', allowed: () => 'sandik-01', rejected: () => 'Sandik-1' },
  { name: 'split', allowed: () => 'a/b/c', rejected: () => 'a/b' },
  { name: 'lower', allowed: () => 'SanDik', rejected: () => 'Sandiq' },
  { name: 'upper', allowed: () => 'sandik', rejected: () => 'mambalan' },
  { name: 'trim', allowed: () => '  desa  ', rejected: () => ' de sa ' },
  { name: 'strsize', allowed: () => 'héllo', rejected: () => 'halo!!' },
  { name: 'replace', allowed: () => 'a-b-c', rejected: () => 'a+b+c' },
  { name: 'concat', allowed: () => 'halo', rejected: () => 'hai' },
  { name: 'string', allowed: () => 42, rejected: () => 42.5 },
  { name: 'int', allowed: () => '42', rejected: () => '41' },
  { name: 'float', allowed: () => '2.5', rejected: () => '2' },
  { name: 'coerce', allowed: () => 2.5, rejected: () => 2 },
  { name: 'intdiv', allowed: () => 7, rejected: () => 6.5 },
  { name: 'modulo', allowed: () => 9, rejected: () => 8 },
  { name: 'isint', allowed: () => 3, rejected: () => 3.5 },
  { name: 'isfloat', allowed: () => 3.5, rejected: () => 3 },
  { name: 'isnumber', allowed: () => 1.25, rejected: () => '1.25' },
  { name: 'isstring', allowed: () => 'teks', rejected: () => 7 },
  { name: 'bool', allowed: () => true, rejected: () => 'true' },
  { name: 'not', allowed: () => false, rejected: () => true },
  { name: 'hasall', allowed: () => ['a', 'b', 'c'], rejected: () => ['a', 'c'] },
  { name: 'hasany', allowed: () => ['x', 'b'], rejected: () => ['x', 'y'] },
  { name: 'hasonly', allowed: () => ['a'], rejected: () => ['a', 'c'] },
  { name: 'toset', allowed: () => ['a', 'b', 'a'], rejected: () => ['a', 'a'] },
  { name: 'join', allowed: () => ['a', 'b'], rejected: () => ['a', 'b', 'c'] },
  { name: 'listconcat', allowed: () => ['a'], rejected: () => ['b'] },
  { name: 'removeall', allowed: () => ['a', 'x', 'x'], rejected: () => ['a', 'y'] },
  { name: 'listsize', allowed: () => [1, 2], rejected: () => [1, 2, 3] },
  { name: 'inlist', allowed: () => 'mambalan', rejected: () => 'gunungsari' },
  { name: 'index', allowed: () => ['a', 'b'], rejected: () => ['b', 'a'] },
  { name: 'range', allowed: () => ['a', 'b', 'c', 'd'], rejected: () => ['a', 'c', 'b'] },
  { name: 'keys', allowed: () => ({ a: 1, b: 2 }), rejected: () => ({ a: 1, c: 2 }) },
  { name: 'values', allowed: () => ({ x: 1, y: 2 }), rejected: () => ({ x: 1, y: 3 }) },
  { name: 'mapget', allowed: () => ({ b: 1 }), rejected: () => ({ a: 1 }) },
  { name: 'nestedget', allowed: () => ({ a: { b: 'x' } }), rejected: () => ({ a: { c: 'x' } }) },
  { name: 'inmap', allowed: () => ({ a: null }), rejected: () => ({ b: 'a' }) },
  { name: 'mapsize', allowed: () => ({ k: 'v' }), rejected: () => ({}) },
  { name: 'mapdiff', allowed: () => ({ a: 1, b: 2 }), rejected: () => ({ a: 2 }) },
  // b changed but c kept: changedKeys and removedKeys both differ from what the rule asks.
  {
    name: 'mapdiffkeys',
    allowed: () => ({ a: 1, b: 5, d: 0 }),
    rejected: () => ({ a: 1, b: 5, c: 3, d: 0 })
  },
  { name: 'setops', allowed: () => ['a', 'b'], rejected: () => ['b', 'd'] },
  {
    name: 'tsbefore',
    allowed: () => Timestamp.fromMillis(march15),
    readBack: { millis: march15 },
    rejected: () => Timestamp.fromMillis(Date.now() + 3_600_000)
  },
  {
    name: 'tsduration',
    allowed: () => Timestamp.fromMillis(Date.now() - 60_000),
    rejected: () => Timestamp.fromMillis(Date.now() - 2 * 3_600_000)
  },
  {
    name: 'tsparts',
    allowed: () => Timestamp.fromMillis(march15 + 5 * 3_600_000),
    readBack: { millis: march15 + 5 * 3_600_000 },
    rejected: () => Timestamp.fromMillis(march15 - 3_600_000)
  },
  {
    name: 'tsdate',
    allowed: () => Timestamp.fromMillis(march15 + 23 * 3_600_000),
    readBack: { millis: march15 + 23 * 3_600_000 },
    rejected: () => Timestamp.fromMillis(march15 + 24 * 3_600_000)
  },
  {
    name: 'tsmillis',
    allowed: () => Timestamp.fromMillis(march15),
    readBack: { millis: march15 },
    rejected: () => Timestamp.fromMillis(march15 + 1)
  },
  {
    name: 'tsvalue',
    allowed: () => Timestamp.fromMillis(march15),
    readBack: { millis: march15 },
    rejected: () => Timestamp.fromMillis(march15 + 1000)
  },
  {
    name: 'tstime',
    allowed: () => Timestamp.fromMillis(march15 + 11 * 3_600_000),
    readBack: { millis: march15 + 11 * 3_600_000 },
    rejected: () => Timestamp.fromMillis(march15 + 13 * 3_600_000)
  },
  { name: 'servertime', allowed: () => serverTimestamp(), rejected: () => Timestamp.fromMillis(march15) },
  {
    name: 'latlng',
    allowed: () => new GeoPoint(-8.5, 116.1),
    readBack: { lat: -8.5, lng: 116.1 },
    rejected: () => new GeoPoint(-8.5, 117.1)
  },
  {
    name: 'bytes',
    allowed: () => Bytes.fromUint8Array(new Uint8Array([1, 2, 3])),
    readBack: { bytes: [1, 2, 3] },
    rejected: () => Bytes.fromUint8Array(new Uint8Array([1, 2]))
  },
  {
    name: 'path',
    allowed: () => doc(db, 'centers/sandik'),
    readBack: { ref: 'centers/sandik' },
    rejected: () => doc(db, 'centers/mambalan')
  },
  { name: 'math', allowed: () => 3.5, rejected: () => 4 },
  { name: 'pow', allowed: () => 4, rejected: () => 3 },
  { name: 'hashing', allowed: () => 'rahasia', rejected: () => 'terbuka' },
  { name: 'ternary', allowed: () => 11, rejected: () => 10 },
  { name: 'let', allowed: () => 4, rejected: () => 5 },
  { name: 'precedence', allowed: () => 1, rejected: () => 2 }
];

describe('each construct on its allowed and denied side', () => {
  for (const c of CONSTRUCTS) {
    test(c.name, async () => {
      const id = `case-${++n}`;
      const value = c.allowed();
      await setDoc(doc(db, `lab/${c.name}/cases/${id}`), { v: value });
      const stored = (await h.admin.doc(`lab/${c.name}/cases/${id}`).get()).data();
      if (c.name === 'servertime' || c.name === 'tsduration') {
        expect(stored?.v).toBeInstanceOf(AdminTimestamp);
        expect(Math.abs((stored?.v as AdminTimestamp).toMillis() - Date.now())).toBeLessThan(120_000);
      } else expect(plain(stored)).toEqual({ v: c.readBack ?? value });
      await denied(setDoc(doc(db, `lab/${c.name}/cases/${id}-no`), { v: c.rejected() }));
      expect((await h.admin.doc(`lab/${c.name}/cases/${id}-no`).get()).exists).toBe(false);
    });
  }

  test('wildcard variables carry the document id', async () => {
    await setDoc(doc(db, 'lab/wildcard/cases/ok-1'), { v: 1 });
    expect((await h.admin.doc('lab/wildcard/cases/ok-1').get()).data()).toEqual({ v: 1 });
    await denied(setDoc(doc(db, 'lab/wildcard/cases/no-1'), { v: 1 }));
  });

  test('an unknown construct has no allowing statement', async () => {
    await denied(setDoc(doc(db, 'lab/nothing/cases/x'), { v: 1 }));
    await setDoc(doc(db, 'lab/bool/cases/x'), { v: true });
    expect((await h.admin.doc('lab/bool/cases/x').get()).data()).toEqual({ v: true });
  });
});
