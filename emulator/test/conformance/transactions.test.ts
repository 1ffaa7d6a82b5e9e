/** Optimistic lite transactions (preconditions) and admin transactions (beginTransaction / newTransaction). */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  collection,
  doc,
  getDoc,
  getDocs,
  query,
  runTransaction,
  setDoc,
  where
} from 'firebase/firestore/lite';
import type { Firestore as AdminFirestore } from 'firebase-admin/firestore';
import { openHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness('demo-conf-transactions');
});
afterAll(async () => h.close());

describe('lite (optimistic: reads, then a commit with preconditions)', () => {
  test('read-modify-write', async () => {
    await setDoc(doc(h.lite, 'tx/a'), { n: 1 });
    const result = await runTransaction(h.lite, async (t) => {
      const snap = await t.get(doc(h.lite, 'tx/a'));
      t.update(doc(h.lite, 'tx/a'), { n: (snap.data()?.n as number) + 1 });
      return 'done';
    });
    expect([result, (await getDoc(doc(h.lite, 'tx/a'))).data()?.n]).toEqual(['done', 2]);
  });
  test('creating a missing document', async () => {
    await runTransaction(h.lite, async (t) => {
      const snap = await t.get(doc(h.lite, 'tx/new'));
      if (!snap.exists()) t.set(doc(h.lite, 'tx/new'), { created: true });
    });
    expect((await getDoc(doc(h.lite, 'tx/new'))).data()).toEqual({ created: true });
  });
  test('a throwing callback writes nothing', async () => {
    await setDoc(doc(h.lite, 'tx/b'), { n: 1 });
    const error = await runTransaction(h.lite, async (t) => {
      t.set(doc(h.lite, 'tx/b'), { n: 99 });
      throw new Error('stop');
    }).catch((e: Error) => e.message);
    expect([error, (await getDoc(doc(h.lite, 'tx/b'))).data()?.n]).toEqual(['stop', 1]);
  });
  test('a conflicting write makes the transaction retry and see the new value', async () => {
    await setDoc(doc(h.lite, 'tx/c'), { n: 1 });
    let attempts = 0;
    await runTransaction(h.lite, async (t) => {
      attempts++;
      const snap = await t.get(doc(h.lite, 'tx/c'));
      if (attempts === 1) await setDoc(doc(h.newLite(), 'tx/c'), { n: 10 });
      t.update(doc(h.lite, 'tx/c'), { n: (snap.data()?.n as number) + 1 });
    });
    expect([attempts, (await getDoc(doc(h.lite, 'tx/c'))).data()?.n]).toEqual([2, 11]);
  });
  test('two lite clients incrementing one counter 50 times each end at exactly 100', async () => {
    await setDoc(doc(h.lite, 'tx/lite-counter'), { n: 0 });
    const clients = [h.lite, h.newLite()];
    const loop = async (db: (typeof clients)[number]) => {
      for (let i = 0; i < 50; i++) {
        await runTransaction(
          db,
          async (t) => {
            const snap = await t.get(doc(db, 'tx/lite-counter'));
            t.update(doc(db, 'tx/lite-counter'), { n: (snap.data()?.n as number) + 1 });
          },
          { maxAttempts: 100 }
        );
      }
    };
    await Promise.all(clients.map(loop));
    expect((await getDoc(doc(h.lite, 'tx/lite-counter'))).data()?.n).toBe(100);
  }, 30_000);
});

describe('admin (server transactions)', () => {
  test('read-modify-write', async () => {
    await h.admin.doc('tx/d').set({ n: 5 });
    await h.admin.runTransaction(async (t) => {
      const snap = await t.get(h.admin.doc('tx/d'));
      t.update(h.admin.doc('tx/d'), { n: (snap.get('n') as number) * 2 });
    });
    expect((await h.admin.doc('tx/d').get()).get('n')).toBe(10);
  });
  test('getAll in a transaction reads several documents', async () => {
    await h.admin.doc('tx/e1').set({ v: 1 });
    await h.admin.doc('tx/e2').set({ v: 2 });
    const values = await h.admin.runTransaction(async (t) => {
      const snaps = await t.getAll(h.admin.doc('tx/e1'), h.admin.doc('tx/e2'), h.admin.doc('tx/e3'));
      return snaps.map((s) => (s.exists ? s.get('v') : null));
    });
    expect(values).toEqual([1, 2, null]);
  });
  test('a query inside a transaction', async () => {
    await h.admin.doc('txq/a').set({ k: 1 });
    await h.admin.doc('txq/b').set({ k: 2 });
    const total = await h.admin.runTransaction(async (t) => {
      const snap = await t.get(h.admin.collection('txq').where('k', '>', 0));
      for (const d of snap.docs) t.update(d.ref, { seen: true });
      return snap.size;
    });
    const seen = (await h.admin.collection('txq').where('seen', '==', true).get()).size;
    expect([total, seen]).toEqual([2, 2]);
  });
  test('a throwing callback rolls back and writes nothing', async () => {
    await h.admin.doc('tx/f').set({ n: 1 });
    const message = await h.admin
      .runTransaction(async (t) => {
        await t.get(h.admin.doc('tx/f'));
        t.set(h.admin.doc('tx/f'), { n: 2 });
        throw new Error('abandon');
      })
      .catch((e: Error) => e.message);
    expect([message, (await h.admin.doc('tx/f').get()).get('n')]).toEqual(['abandon', 1]);
  });
  test('a write-only transaction commits', async () => {
    await h.admin.runTransaction(async (t) => {
      t.set(h.admin.doc('tx/g'), { only: 'write' });
    });
    expect((await h.admin.doc('tx/g').get()).data()).toEqual({ only: 'write' });
  });
  test('a read-only transaction reads', async () => {
    await h.admin.doc('tx/h').set({ n: 3 });
    const n = await h.admin.runTransaction(
      async (t) => (await t.get(h.admin.doc('tx/h'))).get('n') as number,
      {
        readOnly: true
      }
    );
    expect(n).toBe(3);
  });
  test('two admin clients incrementing one counter 50 times each end at exactly 100', async () => {
    await h.admin.doc('tx/counter').set({ n: 0 });
    const loop = async (db: AdminFirestore) => {
      for (let i = 0; i < 50; i++) {
        await db.runTransaction(async (t) => {
          const snap = await t.get(db.doc('tx/counter'));
          t.update(db.doc('tx/counter'), { n: (snap.get('n') as number) + 1 });
        });
      }
    };
    await Promise.all([loop(h.admin), loop(h.newAdmin())]);
    expect((await h.admin.doc('tx/counter').get()).get('n')).toBe(100);
  }, 30_000);
  test('admin and lite clients contending on one counter end exact', async () => {
    await h.admin.doc('tx/mixed').set({ n: 0 });
    const adminLoop = async () => {
      for (let i = 0; i < 10; i++) {
        await h.admin.runTransaction(async (t) => {
          const snap = await t.get(h.admin.doc('tx/mixed'));
          t.update(h.admin.doc('tx/mixed'), { n: (snap.get('n') as number) + 1 });
        });
      }
    };
    const liteLoop = async () => {
      for (let i = 0; i < 10; i++) {
        await runTransaction(
          h.lite,
          async (t) => {
            const snap = await t.get(doc(h.lite, 'tx/mixed'));
            t.update(doc(h.lite, 'tx/mixed'), { n: (snap.data()?.n as number) + 1 });
          },
          { maxAttempts: 50 }
        );
      }
    };
    await Promise.all([adminLoop(), liteLoop()]);
    expect((await h.admin.doc('tx/mixed').get()).get('n')).toBe(20);
  }, 30_000);
  test('the lite SDK reads what an admin transaction committed', async () => {
    await h.admin.runTransaction(async (t) => {
      t.set(h.admin.doc('txr/x'), { by: 'admin' });
    });
    expect(
      await getDocs(query(collection(h.lite, 'txr'), where('by', '==', 'admin'))).then((s) => s.size)
    ).toBe(1);
  });
});
