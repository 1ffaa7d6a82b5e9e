/** count, sum and average through both SDKs. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  average,
  collection,
  count,
  doc,
  getAggregate,
  getCount,
  limit,
  query,
  sum,
  where,
  writeBatch
} from 'firebase/firestore/lite';
import { AggregateField } from 'firebase-admin/firestore';
import { openHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness('demo-conf-aggregations');
  const batch = writeBatch(h.lite);
  const rows: Record<string, unknown>[] = [
    { cc: 'sandik', people: 3, score: 1.5 },
    { cc: 'sandik', people: 5, score: 2.5 },
    { cc: 'mambalan', people: 10, score: 'n/a' },
    { cc: 'mambalan', people: 2 },
    { cc: 'other' }
  ];
  rows.forEach((row, i) => batch.set(doc(h.lite, 'agg', `r${i}`), row));
  await batch.commit();
});
afterAll(async () => h.close());

const agg = () => collection(h.lite, 'agg');

describe('lite', () => {
  test('count of a collection', async () => {
    expect((await getCount(agg())).data().count).toBe(5);
  });
  test('count with a filter', async () => {
    expect((await getCount(query(agg(), where('cc', '==', 'sandik')))).data().count).toBe(2);
  });
  test('count with a limit', async () => {
    expect((await getCount(query(agg(), limit(3)))).data().count).toBe(3);
  });
  test('count of nothing', async () => {
    expect((await getCount(query(agg(), where('cc', '==', 'none')))).data().count).toBe(0);
  });
  test('sum of integers is an integer', async () => {
    expect((await getAggregate(agg(), { total: sum('people') })).data().total).toBe(20);
  });
  test('sum ignores non-numbers and mixes doubles', async () => {
    expect((await getAggregate(agg(), { total: sum('score') })).data().total).toBe(4);
  });
  test('average', async () => {
    expect((await getAggregate(agg(), { avg: average('people') })).data().avg).toBe(5);
  });
  test('average of no numbers is null', async () => {
    expect(
      (await getAggregate(query(agg(), where('cc', '==', 'other')), { avg: average('people') })).data().avg
    ).toBe(null);
  });
  test('sum of no numbers is 0', async () => {
    expect(
      (await getAggregate(query(agg(), where('cc', '==', 'other')), { s: sum('people') })).data().s
    ).toBe(0);
  });
  test('several aggregations at once', async () => {
    const data = (
      await getAggregate(query(agg(), where('cc', '==', 'mambalan')), {
        n: count(),
        s: sum('people'),
        a: average('people')
      })
    ).data();
    expect(data).toEqual({ n: 2, s: 12, a: 6 });
  });
});

describe('admin', () => {
  test('count()', async () => {
    expect((await h.admin.collection('agg').count().get()).data().count).toBe(5);
  });
  test('aggregate sum and average with a filter', async () => {
    const snap = await h.admin
      .collection('agg')
      .where('cc', '==', 'sandik')
      .aggregate({ s: AggregateField.sum('people'), a: AggregateField.average('score') })
      .get();
    expect(snap.data()).toEqual({ s: 8, a: 2 });
  });
  test('count inside a transaction', async () => {
    const n = await h.admin.runTransaction(
      async (t) => (await t.get(h.admin.collection('agg').count())).data().count
    );
    expect(n).toBe(5);
  });
});
