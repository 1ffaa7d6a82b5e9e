/**
 * Matching, methods, OR of statements, short-circuit, batched writes with getAfter,
 * transactions, denial messages and rules that do not compile.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  collection,
  runTransaction,
  serverTimestamp,
  setDoc,
  updateDoc,
  writeBatch
} from 'firebase/firestore/lite';
import { RULES_SOURCE, denied, openRulesHarness, type RulesHarness } from './harness';

let h: RulesHarness;
beforeAll(async () => {
  h = await openRulesHarness('demo-rules-semantics');
});
afterAll(async () => h.close());
beforeEach(async () => h.clear());

const user = { sub: 'pengguna-1' };
const moderator = { sub: 'mod-1', cc: { sandik: 'moderator' } };

describe('matching', () => {
  test('rules of a collection do not cascade to its sub-collections', async () => {
    await h.admin.doc('centers/sandik').set({ name: 'Sandik' });
    await h.admin.doc('centers/sandik/archive/a1').set({ x: 1 });
    expect((await getDoc(doc(h.anonymous, 'centers/sandik'))).data()).toEqual({ name: 'Sandik' });
    await denied(getDoc(doc(h.anonymous, 'centers/sandik/archive/a1')));
  });
  test('{prefix=**} matches zero segments in version 2', async () => {
    await h.admin.doc('public/p').set({ at: 'root' });
    await h.admin.doc('private/p').set({ at: 'root' });
    expect((await getDoc(doc(h.anonymous, 'public/p'))).data()).toEqual({ at: 'root' });
    await denied(getDoc(doc(h.anonymous, 'private/p')));
  });
  test('{prefix=**} matches several segments', async () => {
    await h.admin.doc('a/b/c/d/public/p').set({ at: 'deep' });
    await h.admin.doc('a/b/c/d/private/p').set({ at: 'deep' });
    expect((await getDoc(doc(h.anonymous, 'a/b/c/d/public/p'))).data()).toEqual({ at: 'deep' });
    await denied(getDoc(doc(h.anonymous, 'a/b/c/d/private/p')));
  });
  test('a wildcard variable in a condition: tracking codes of 8 upper-case characters', async () => {
    await h.admin.doc('tracking/AB12CD34').set({ status: 'diproses' });
    await h.admin.doc('tracking/ab12cd34').set({ status: 'diproses' });
    expect((await getDoc(doc(h.anonymous, 'tracking/AB12CD34'))).data()).toEqual({ status: 'diproses' });
    await denied(getDoc(doc(h.anonymous, 'tracking/ab12cd34')));
  });
  test('get without list: a tracking code cannot be enumerated', async () => {
    await h.admin.doc('tracking/AB12CD34').set({ status: 'baru' });
    expect((await getDoc(doc(h.anonymous, 'tracking/AB12CD34'))).exists()).toBe(true);
    await denied(getDocs(collection(h.anonymous, 'tracking')));
  });
});

describe('methods and statements', () => {
  test('several allow statements OR together', async () => {
    await setDoc(doc(h.as(user), 'ors/a'), { kind: 'a' });
    await setDoc(doc(h.as(user), 'ors/b'), { kind: 'b' });
    expect((await h.admin.doc('ors/b').get()).data()).toEqual({ kind: 'b' });
    await denied(setDoc(doc(h.as(user), 'ors/c'), { kind: 'c' }));
  });
  test('write covers create, update and delete', async () => {
    const writer = h.as({ sub: 'writer' });
    await setDoc(doc(writer, 'ors/w'), { kind: 'z' });
    await updateDoc(doc(writer, 'ors/w'), { kind: 'y' });
    expect((await h.admin.doc('ors/w').get()).data()).toEqual({ kind: 'y' });
    await denied(updateDoc(doc(h.as(user), 'ors/w'), { kind: 'x' }));
    await deleteDoc(doc(writer, 'ors/w'));
    expect((await h.admin.doc('ors/w').get()).exists).toBe(false);
  });
  test('request.method: create and delete, not update', async () => {
    await setDoc(doc(h.as(user), 'methods/m1'), { n: 1 });
    expect((await h.admin.doc('methods/m1').get()).data()).toEqual({ n: 1 });
    await denied(updateDoc(doc(h.as(user), 'methods/m1'), { n: 2 }));
    await deleteDoc(doc(h.as(user), 'methods/m1'));
    expect((await h.admin.doc('methods/m1').get()).exists).toBe(false);
  });
  test('request.path compared with a path literal', async () => {
    await h.admin.doc('methods/readable').set({ ok: true });
    await h.admin.doc('methods/hidden').set({ ok: false });
    expect((await getDoc(doc(h.anonymous, 'methods/readable'))).data()).toEqual({ ok: true });
    await denied(getDoc(doc(h.anonymous, 'methods/hidden')));
  });
  test('read covers list as well as get', async () => {
    await h.admin.doc('posts/p1').set({ published: true });
    await h.admin.doc('posts/p2').set({ published: false });
    expect((await getDoc(doc(h.anonymous, 'posts/p1'))).data()).toEqual({ published: true });
    await denied(getDoc(doc(h.anonymous, 'posts/p2')));
    expect((await getDocs(collection(h.as({ sub: 'a', admin: true }), 'posts'))).size).toBe(2);
  });
});

describe('short-circuit', () => {
  test('an error in a branch that is not needed does not fail the rule', async () => {
    await setDoc(doc(h.as(user), 'shortcircuit/s1'), { v: 1 });
    expect((await h.admin.doc('shortcircuit/s1').get()).data()).toEqual({ v: 1 });
    await denied(setDoc(doc(h.as(user), 'shortcircuit/s2'), { v: 2 }));
  });
  test('&& stops before the erring side', async () => {
    await h.admin.doc('shortcircuit/s3').set({ v: 1 });
    await updateDoc(doc(h.as(user), 'shortcircuit/s3'), { w: 'abc' });
    expect((await h.admin.doc('shortcircuit/s3').get()).data()).toEqual({ v: 1, w: 'abc' });
    await denied(updateDoc(doc(h.as(user), 'shortcircuit/s3'), { w: '' }));
  });
});

describe('commits: each write checked, getAfter sees the whole commit', () => {
  test('ledger and its index in one batch; the ledger alone is denied', async () => {
    const db = h.as(user);
    const batch = writeBatch(db);
    batch.set(doc(db, 'ledger/L1'), { amount: 5 });
    batch.set(doc(db, 'ledgerIndex/L1'), { owner: user.sub });
    await batch.commit();
    expect((await h.admin.doc('ledgerIndex/L1').get()).data()).toEqual({ owner: user.sub });
    await denied(setDoc(doc(db, 'ledger/L2'), { amount: 5 }));
  });
  test('a batch with one denied write applies nothing', async () => {
    const db = h.as(user);
    const batch = writeBatch(db);
    batch.set(doc(db, 'ledger/L3'), { amount: 5 });
    batch.set(doc(db, 'ledgerIndex/L3'), { owner: 'someone-else' });
    await denied(batch.commit());
    expect((await h.admin.doc('ledger/L3').get()).exists).toBe(false);
    const ok = writeBatch(db);
    ok.set(doc(db, 'ledger/L4'), { amount: 1 });
    ok.set(doc(db, 'ledgerIndex/L4'), { owner: user.sub });
    await ok.commit();
    expect((await h.admin.doc('ledger/L4').get()).data()).toEqual({ amount: 1 });
  });
  test('a transaction reads and updates under the rules', async () => {
    await h.admin.doc('centers/sandik/complaints/t1').set({
      title: 'Air bersih',
      sector: 'sosial',
      reporter: 'w',
      status: 'baru',
      anonymity: 'anonim'
    });
    const db = h.as(moderator);
    const ref = doc(db, 'centers/sandik/complaints/t1');
    await runTransaction(db, async (t) => {
      const snap = await t.get(ref);
      expect(snap.data()?.status).toBe('baru');
      t.update(ref, { status: 'diproses', updatedAt: serverTimestamp() });
    });
    expect((await h.admin.doc('centers/sandik/complaints/t1').get()).data()?.status).toBe('diproses');
    const outsider = h.as({ sub: 'x', cc: { mambalan: 'staff' } });
    await denied(runTransaction(outsider, async (t) => t.get(doc(outsider, 'centers/sandik/complaints/t1'))));
  });
});

describe('get()/exists() call limits', () => {
  test('10 lookups for a single write; 11 are denied', async () => {
    await setDoc(doc(h.as(user), 'budget/ten'), { n: 10 });
    expect((await h.admin.doc('budget/ten').get()).data()).toEqual({ n: 10 });
    const e = await denied(setDoc(doc(h.as(user), 'budget/eleven'), { n: 11 }));
    if (h.ours) expect(e.message).toContain('Exceeded the limit of get()/exists() calls');
  });
  test('a batch may make 20 lookups in all; 24 are denied', async () => {
    const db = h.as(user);
    const two = writeBatch(db);
    two.set(doc(db, 'budget/b1'), { n: 10 });
    two.set(doc(db, 'budget/b2'), { n: 10 });
    await two.commit();
    expect((await h.admin.doc('budget/b2').get()).data()).toEqual({ n: 10 });
    const three = writeBatch(db);
    for (const id of ['b3', 'b4', 'b5']) three.set(doc(db, `budget/${id}`), { n: 8 });
    const e = await denied(three.commit());
    if (h.ours) expect(e.message).toContain('Exceeded the limit of get()/exists() calls');
    expect((await h.admin.doc('budget/b3').get()).exists).toBe(false);
  });
});

describe('denial messages and broken rules', () => {
  test('the message names the method, the path and the deciding rule (our emulator)', async () => {
    await setDoc(doc(h.as(user), 'ors/m'), { kind: 'a' });
    const e = await denied(setDoc(doc(h.as(user), 'ors/n'), { kind: 'q' }));
    if (!h.ours) return;
    const line =
      RULES_SOURCE.split('\n').findIndex((l) => l.includes("request.resource.data.kind == 'a'")) + 1;
    expect(e.message).toContain('create on ors/n denied');
    expect(e.message).toContain(`allow create at firestore.rules:${line}:7 evaluated to false`);
  });
  test('an evaluation error names its location (our emulator)', async () => {
    await setDoc(doc(h.as(user), 'shortcircuit/ok'), { v: 1 });
    const e = await denied(setDoc(doc(h.as(user), 'shortcircuit/bad'), { v: 3 }));
    if (!h.ours) return;
    expect(e.message).toMatch(/error at firestore\.rules:\d+:\d+: Property missing is undefined on object/);
  });
  test('rules that do not compile are refused with line and column, and everything is denied', async () => {
    await h.admin.doc('posts/p1').set({ published: true });
    expect((await getDoc(doc(h.anonymous, 'posts/p1'))).exists()).toBe(true);
    const broken = await h.putRules(
      "rules_version = '2';\nservice cloud.firestore {\n  match /posts/{id} {\n    allow read: if true &&;\n  }\n}\n"
    );
    expect(broken.status).toBe(400);
    if (h.ours) {
      expect(await broken.text()).toContain('firestore.rules:4:27');
      // Ours keeps denying everything until the rules compile (Google's may keep the old rules).
      await denied(getDoc(doc(h.anonymous, 'posts/p1')));
    }
    const restored = await h.putRules(RULES_SOURCE);
    expect(restored.ok).toBe(true);
    expect((await getDoc(doc(h.anonymous, 'posts/p1'))).exists()).toBe(true);
  });
});
