/** Filters, composites, ordering across types, cursors, limits, projections, collection groups. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  and,
  Bytes,
  collection,
  collectionGroup,
  doc,
  documentId,
  endAt,
  endBefore,
  GeoPoint,
  getDoc,
  getDocs,
  limit,
  limitToLast,
  or,
  orderBy,
  query,
  startAfter,
  startAt,
  Timestamp,
  where,
  writeBatch,
  type Query
} from 'firebase/firestore/lite';
import { FieldPath as AdminFieldPath, Filter } from 'firebase-admin/firestore';
import { openHarness, type Harness } from './harness';

let h: Harness;

const DOCS: Record<string, Record<string, unknown>> = {
  d1: { n: 1, s: 'a', tags: ['x', 'y'], m: { k: 1 }, g: 'g1', b: true },
  d2: { n: 2, s: 'b', tags: ['y'], m: { k: 2 }, g: 'g1', b: false },
  d3: { n: 3, s: 'c', tags: [], m: { k: 3 }, g: 'g2', b: true },
  d4: { n: 2.5, s: 'd', tags: ['z'], g: 'g2' },
  d5: { n: 'str', s: 'e', g: 'g3' },
  d6: { n: null, s: 'f', g: 'g3' },
  d7: { s: 'g' }
};

beforeAll(async () => {
  h = await openHarness('demo-conf-queries');
  const batch = writeBatch(h.lite);
  for (const [id, data] of Object.entries(DOCS)) batch.set(doc(h.lite, 'q', id), data);
  for (const path of [
    'groups/a/members/m1',
    'groups/b/members/m2',
    'other/x/deep/y/members/m3',
    'members/m0'
  ]) {
    batch.set(doc(h.lite, path), { role: path.endsWith('m2') ? 'admin' : 'member', path });
  }
  batch.set(doc(h.lite, 'groups/a/notmembers/z'), { role: 'member' });
  batch.set(doc(h.lite, 'special/nan'), { x: NaN });
  batch.set(doc(h.lite, 'special/null'), { x: null });
  batch.set(doc(h.lite, 'special/one'), { x: 1 });
  await batch.commit();
});
afterAll(async () => h.close());

const q = () => collection(h.lite, 'q');
const ids = async (qq: Query) => (await getDocs(qq)).docs.map((d) => d.id);

describe('field filters (lite)', () => {
  const cases: [string, () => Query, string[]][] = [
    ['==', () => query(q(), where('n', '==', 2)), ['d2']],
    ['== double', () => query(q(), where('n', '==', 2.5)), ['d4']],
    ['>', () => query(q(), where('n', '>', 1)), ['d2', 'd4', 'd3']],
    ['>=', () => query(q(), where('n', '>=', 2)), ['d2', 'd4', 'd3']],
    ['<', () => query(q(), where('n', '<', 3)), ['d1', 'd2', 'd4']],
    ['<=', () => query(q(), where('n', '<=', 2.5)), ['d1', 'd2', 'd4']],
    [
      'range filters match only the same type',
      () => query(q(), where('n', '>', 0)),
      ['d1', 'd2', 'd4', 'd3']
    ],
    ['string range', () => query(q(), where('n', '>=', 'a')), ['d5']],
    [
      '!= excludes missing and null, orders by the field',
      () => query(q(), where('n', '!=', 2)),
      ['d1', 'd4', 'd3', 'd5']
    ],
    ['in', () => query(q(), where('n', 'in', [1, 3, 'str'])), ['d1', 'd3', 'd5']],
    ['not-in', () => query(q(), where('n', 'not-in', [1, 2])), ['d4', 'd3', 'd5']],
    ['array-contains', () => query(q(), where('tags', 'array-contains', 'y')), ['d1', 'd2']],
    ['array-contains-any', () => query(q(), where('tags', 'array-contains-any', ['x', 'z'])), ['d1', 'd4']],
    ['== null', () => query(q(), where('n', '==', null)), ['d6']],
    ['!= null', () => query(q(), where('n', '!=', null)), ['d1', 'd2', 'd4', 'd3', 'd5']],
    [
      'two range filters on one field',
      () => query(q(), where('s', '>', 'b'), where('s', '<', 'f')),
      ['d3', 'd4', 'd5']
    ],
    ['nested field ==', () => query(q(), where('m.k', '==', 2)), ['d2']],
    ['nested field >=', () => query(q(), where('m.k', '>=', 2)), ['d2', 'd3']],
    ['boolean ==', () => query(q(), where('b', '==', true)), ['d1', 'd3']],
    ['equality on two fields', () => query(q(), where('g', '==', 'g1'), where('b', '==', true)), ['d1']],
    [
      'inequalities on two fields order by both',
      () => query(q(), where('n', '>', 1), where('s', '<', 'd')),
      ['d2', 'd3']
    ],
    ['no match', () => query(q(), where('s', '==', 'zzz')), []],
    ['missing collection', () => query(collection(h.lite, 'nothing-here')), []],
    ['map equality', () => query(q(), where('m', '==', { k: 3 })), ['d3']],
    ['array equality', () => query(q(), where('tags', '==', ['x', 'y'])), ['d1']],
    [
      'in with arrays (array-valued field)',
      () => query(q(), where('tags', 'in', [['y'], ['z']])),
      ['d2', 'd4']
    ]
  ];
  test.each(cases)('%s', async (_name, build, expected) => {
    expect(await ids(build())).toEqual(expected);
  });
});

describe('NaN and null', () => {
  const s = () => collection(h.lite, 'special');
  test('== NaN matches only NaN', async () => {
    expect(await ids(query(s(), where('x', '==', NaN)))).toEqual(['nan']);
  });
  test('== null matches only null', async () => {
    expect(await ids(query(s(), where('x', '==', null)))).toEqual(['null']);
  });
  test('!= null excludes null', async () => {
    expect(await ids(query(s(), where('x', '!=', null)))).toEqual(['nan', 'one']);
  });
  test('!= NaN (IS_NOT_NAN) excludes NaN and null', async () => {
    expect(await ids(query(s(), where('x', '!=', NaN)))).toEqual(['one']);
  });
  test('orderBy puts null, then NaN, then numbers', async () => {
    expect(await ids(query(s(), orderBy('x')))).toEqual(['null', 'nan', 'one']);
  });
});

describe('composite filters', () => {
  test('or of equalities', async () => {
    expect(await ids(query(q(), or(where('g', '==', 'g1'), where('s', '==', 'e'))))).toEqual([
      'd1',
      'd2',
      'd5'
    ]);
  });
  test('or of an and', async () => {
    expect(
      await ids(query(q(), or(and(where('g', '==', 'g2'), where('b', '==', true)), where('n', '==', 1))))
    ).toEqual(['d1', 'd3']);
  });
  test('and of ors', async () => {
    expect(
      await ids(
        query(
          q(),
          and(
            or(where('g', '==', 'g1'), where('g', '==', 'g2')),
            or(where('b', '==', false), where('s', '==', 'd'))
          )
        )
      )
    ).toEqual(['d2', 'd4']);
  });
  test('or with a range filter orders by it', async () => {
    expect(await ids(query(q(), or(where('n', '>', 2), where('s', '==', 'a'))))).toEqual(['d1', 'd4', 'd3']);
  });
  test('admin Filter.or', async () => {
    const snap = await h.admin
      .collection('q')
      .where(Filter.or(Filter.where('s', '==', 'a'), Filter.where('s', '==', 'g')))
      .get();
    expect(snap.docs.map((d) => d.id)).toEqual(['d1', 'd7']);
  });
});

describe('ordering', () => {
  test('orderBy desc', async () => {
    expect(await ids(query(q(), orderBy('s', 'desc')))).toEqual(['d7', 'd6', 'd5', 'd4', 'd3', 'd2', 'd1']);
  });
  test('orderBy across types skips documents without the field', async () => {
    expect(await ids(query(q(), orderBy('n')))).toEqual(['d6', 'd1', 'd2', 'd4', 'd3', 'd5']);
  });
  test('orderBy across types descending', async () => {
    expect(await ids(query(q(), orderBy('n', 'desc')))).toEqual(['d5', 'd3', 'd4', 'd2', 'd1', 'd6']);
  });
  test('two orderBy fields', async () => {
    expect(await ids(query(q(), orderBy('g'), orderBy('s', 'desc')))).toEqual([
      'd2',
      'd1',
      'd4',
      'd3',
      'd6',
      'd5'
    ]);
  });
  test('ties break by document name', async () => {
    expect(await ids(query(q(), orderBy('g')))).toEqual(['d1', 'd2', 'd3', 'd4', 'd5', 'd6']);
  });
  test('ties break by document name descending after a descending order', async () => {
    expect(await ids(query(q(), orderBy('g', 'desc')))).toEqual(['d6', 'd5', 'd4', 'd3', 'd2', 'd1']);
  });
  test('explicit order plus inequality on another field', async () => {
    expect(await ids(query(q(), where('n', '>', 1), orderBy('s')))).toEqual(['d2', 'd3', 'd4']);
  });
  test('every type in Firestore order', async () => {
    const values: [string, unknown][] = [
      ['a00-null', null],
      ['a01-false', false],
      ['a02-true', true],
      ['a03-nan', NaN],
      ['a04-ninf', -Infinity],
      ['a05-neg', -1],
      ['a06-zero', 0],
      ['a07-half', 0.5],
      ['a08-one', 1],
      ['a09-inf', Infinity],
      ['a10-ts', new Timestamp(0, 1000)],
      ['a11-ts', new Timestamp(10, 0)],
      ['a12-empty', ''],
      ['a13-A', 'A'],
      ['a14-a', 'a'],
      ['a15-bytes', Bytes.fromUint8Array(new Uint8Array([0]))],
      ['a16-bytes', Bytes.fromUint8Array(new Uint8Array([1, 0]))],
      ['a17-ref', doc(h.lite, 'a/b')],
      ['a18-ref', doc(h.lite, 'a/b/c/d')],
      ['a19-geo', new GeoPoint(-10, 5)],
      ['a20-geo', new GeoPoint(0, -5)],
      ['a21-arr', []],
      ['a22-arr', [1, 2]],
      ['a23-arr', [2]],
      ['a24-map', {}],
      ['a25-map', { a: 1 }],
      ['a26-map', { b: 0 }]
    ];
    const batch = writeBatch(h.lite);
    // Write in reverse so the result order cannot come from insertion order.
    for (const [id, v] of [...values].reverse()) batch.set(doc(h.lite, 'types', id), { v });
    await batch.commit();
    expect(await ids(query(collection(h.lite, 'types'), orderBy('v')))).toEqual(values.map(([id]) => id));
    expect(await ids(query(collection(h.lite, 'types'), orderBy('v', 'desc')))).toEqual(
      values.map(([id]) => id).reverse()
    );
  });
  test('strings order by UTF-8 bytes (code points), not UTF-16 units', async () => {
    const batch = writeBatch(h.lite);
    batch.set(doc(h.lite, 'utf', 'bmp'), { v: '\uffff' });
    batch.set(doc(h.lite, 'utf', 'astral'), { v: '😀' });
    batch.set(doc(h.lite, 'utf', 'ascii'), { v: 'z' });
    await batch.commit();
    expect(await ids(query(collection(h.lite, 'utf'), orderBy('v')))).toEqual(['ascii', 'bmp', 'astral']);
  });
});

describe('limits and cursors', () => {
  const byS = () => query(q(), orderBy('s'));
  const cases: [string, () => Query, string[]][] = [
    ['limit', () => query(byS(), limit(2)), ['d1', 'd2']],
    ['limitToLast', () => query(byS(), limitToLast(2)), ['d6', 'd7']],
    [
      'limitToLast with a descending order',
      () => query(q(), orderBy('s', 'desc'), limitToLast(2)),
      ['d2', 'd1']
    ],
    ['startAt', () => query(byS(), startAt('c')), ['d3', 'd4', 'd5', 'd6', 'd7']],
    ['startAfter', () => query(byS(), startAfter('c')), ['d4', 'd5', 'd6', 'd7']],
    ['endAt', () => query(byS(), endAt('c')), ['d1', 'd2', 'd3']],
    ['endBefore', () => query(byS(), endBefore('c')), ['d1', 'd2']],
    ['startAt and endAt', () => query(byS(), startAt('b'), endAt('d')), ['d2', 'd3', 'd4']],
    ['startAfter and endBefore', () => query(byS(), startAfter('b'), endBefore('d')), ['d3']],
    ['cursor between values', () => query(byS(), startAt('bb')), ['d3', 'd4', 'd5', 'd6', 'd7']],
    [
      'cursor on a descending order',
      () => query(q(), orderBy('s', 'desc'), startAfter('e')),
      ['d4', 'd3', 'd2', 'd1']
    ],
    [
      'cursor on two fields',
      () => query(q(), orderBy('g'), orderBy('s'), startAfter('g2', 'c')),
      ['d4', 'd5', 'd6']
    ],
    [
      'cursor prefix of two orders',
      () => query(q(), orderBy('g'), orderBy('s'), startAt('g2')),
      ['d3', 'd4', 'd5', 'd6']
    ],
    ['limitToLast with cursors', () => query(byS(), endBefore('f'), limitToLast(2)), ['d4', 'd5']],
    ['limit with a filter', () => query(q(), where('g', '==', 'g2'), limit(1)), ['d3']],
    [
      'limit larger than the result',
      () => query(byS(), limit(100)),
      ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7']
    ],
    ['limit after a cursor', () => query(byS(), startAfter('a'), limit(2)), ['d2', 'd3']]
  ];
  test.each(cases)('%s', async (_name, build, expected) => {
    expect(await ids(build())).toEqual(expected);
  });
  test('startAfter a document snapshot', async () => {
    const snap = await getDoc(doc(h.lite, 'q/d2'));
    expect(await ids(query(q(), orderBy('g'), startAfter(snap)))).toEqual(['d3', 'd4', 'd5', 'd6']);
  });
  test('startAt a snapshot breaks ties by name', async () => {
    const snap = await getDoc(doc(h.lite, 'q/d4'));
    expect(await ids(query(q(), orderBy('g'), startAt(snap)))).toEqual(['d4', 'd5', 'd6']);
  });
  test('admin offset and limit', async () => {
    const snap = await h.admin.collection('q').orderBy('s').offset(2).limit(2).get();
    expect(snap.docs.map((d) => d.id)).toEqual(['d3', 'd4']);
  });
  test('admin offset beyond the end', async () => {
    const snap = await h.admin.collection('q').offset(50).get();
    expect(snap.size).toBe(0);
  });
  test('admin limitToLast', async () => {
    const snap = await h.admin.collection('q').orderBy('s').limitToLast(3).get();
    expect(snap.docs.map((d) => d.id)).toEqual(['d5', 'd6', 'd7']);
  });
  test('admin startAfter a snapshot', async () => {
    const d5 = await h.admin.doc('q/d5').get();
    const snap = await h.admin.collection('q').orderBy('s').startAfter(d5).get();
    expect(snap.docs.map((d) => d.id)).toEqual(['d6', 'd7']);
  });
});

describe('document ids', () => {
  test('documentId ==', async () => {
    expect(await ids(query(q(), where(documentId(), '==', 'd3')))).toEqual(['d3']);
  });
  test('documentId in', async () => {
    expect(await ids(query(q(), where(documentId(), 'in', ['d4', 'd1', 'nope'])))).toEqual(['d1', 'd4']);
  });
  test('documentId >', async () => {
    expect(await ids(query(q(), where(documentId(), '>', 'd5')))).toEqual(['d6', 'd7']);
  });
  test('documentId not-in', async () => {
    expect(await ids(query(q(), where(documentId(), 'not-in', ['d1', 'd2', 'd3', 'd4'])))).toEqual([
      'd5',
      'd6',
      'd7'
    ]);
  });
  test('orderBy documentId desc with limit', async () => {
    expect(await ids(query(q(), orderBy(documentId(), 'desc'), limit(2)))).toEqual(['d7', 'd6']);
  });
  test('cursor on documentId', async () => {
    expect(await ids(query(q(), orderBy(documentId()), startAfter('d5')))).toEqual(['d6', 'd7']);
  });
  test('admin documentId filter', async () => {
    const snap = await h.admin.collection('q').where(AdminFieldPath.documentId(), '<', 'd3').get();
    expect(snap.docs.map((d) => d.id)).toEqual(['d1', 'd2']);
  });
});

describe('projections (admin select)', () => {
  test('select keeps only the named fields', async () => {
    const snap = await h.admin.collection('q').where('s', '==', 'a').select('s', 'm.k').get();
    expect(snap.docs[0]?.data()).toEqual({ s: 'a', m: { k: 1 } });
  });
  test('select() of nothing returns documents without fields', async () => {
    const snap = await h.admin.collection('q').orderBy('s').limit(2).select().get();
    expect(snap.docs.map((d) => [d.id, d.data()])).toEqual([
      ['d1', {}],
      ['d2', {}]
    ]);
  });
  test('select of a missing field returns an empty document', async () => {
    const snap = await h.admin.collection('q').where('s', '==', 'g').select('n').get();
    expect(snap.docs[0]?.data()).toEqual({});
  });
});

describe('collection groups and sub-collections', () => {
  test('collectionGroup finds every members collection at any depth, ordered by full path', async () => {
    expect(await ids(query(collectionGroup(h.lite, 'members')))).toEqual(['m1', 'm2', 'm0', 'm3']);
  });
  test('collectionGroup with a filter', async () => {
    expect(await ids(query(collectionGroup(h.lite, 'members'), where('role', '==', 'admin')))).toEqual([
      'm2'
    ]);
  });
  test('collectionGroup with order and limit', async () => {
    const snap = await getDocs(query(collectionGroup(h.lite, 'members'), orderBy('path', 'desc'), limit(2)));
    expect(snap.docs.map((d) => d.ref.path)).toEqual(['other/x/deep/y/members/m3', 'members/m0']);
  });
  test('a sub-collection query sees only its parent', async () => {
    expect(await ids(query(collection(h.lite, 'groups/a/members')))).toEqual(['m1']);
  });
  test('admin collectionGroup', async () => {
    const snap = await h.admin.collectionGroup('members').where('role', '==', 'member').get();
    expect(snap.docs.map((d) => d.ref.path)).toEqual([
      'groups/a/members/m1',
      'members/m0',
      'other/x/deep/y/members/m3'
    ]);
  });
  test('admin listCollections of a document', async () => {
    const collections = await h.admin.doc('groups/a').listCollections();
    expect(collections.map((c) => c.id)).toEqual(['members', 'notmembers']);
  });
  test('admin listDocuments includes documents that only have sub-collections', async () => {
    const refs = await h.admin.collection('groups').listDocuments();
    expect(refs.map((r) => r.id)).toEqual(['a', 'b']);
  });
});
