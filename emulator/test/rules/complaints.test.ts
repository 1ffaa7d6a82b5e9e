/**
 * The product's own shapes: roles through custom claims and through get() of a membership
 * document, field validation on create, update restrictions through diff().affectedKeys().
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { Timestamp as AdminTimestamp } from 'firebase-admin/firestore';
import {
  GeoPoint,
  Timestamp,
  addDoc,
  collection,
  deleteDoc,
  doc,
  getDoc,
  serverTimestamp,
  setDoc,
  updateDoc,
  type DocumentData
} from 'firebase/firestore/lite';
import { denied, openRulesHarness, type RulesHarness } from './harness';

let h: RulesHarness;
beforeAll(async () => {
  h = await openRulesHarness('demo-rules-complaints');
});
afterAll(async () => h.close());

const citizen = { sub: 'warga-1' };
const otherCitizen = { sub: 'warga-2' };
const moderator = { sub: 'mod-1', cc: { sandik: 'moderator' } };
const staffElsewhere = { sub: 'staf-2', cc: { mambalan: 'staff' } };
const viewerClaim = { sub: 'lihat-1', cc: { sandik: 'viewer' } };
const admin = { sub: 'admin-1', admin: true };
const memberStaff = { sub: 'anggota-staf' };
const memberViewer = { sub: 'anggota-lihat' };

const complaint = (extra: DocumentData = {}): DocumentData => ({
  title: 'Jalan desa rusak',
  sector: 'pertanahan',
  reporter: citizen.sub,
  status: 'baru',
  createdAt: serverTimestamp(),
  anonymity: 'anonim',
  ...extra
});

const stored = {
  title: 'Puskesmas tutup',
  sector: 'kesehatan',
  reporter: citizen.sub,
  status: 'baru',
  anonymity: 'publik'
};

beforeEach(async () => {
  await h.clear();
  const batch = h.admin.batch();
  batch.set(h.admin.doc('centers/sandik'), { name: 'CC Sandik', code: 'SDK' });
  batch.set(h.admin.doc('centers/sandik/complaints/c1'), {
    ...stored,
    createdAt: AdminTimestamp.fromMillis(0)
  });
  batch.set(h.admin.doc('centers/sandik/complaints/c1/private/contact'), { phone: '0812' });
  batch.set(h.admin.doc('centers/sandik/complaints/c1/events/e1'), { visibility: 'internal', by: 'mod-1' });
  batch.set(h.admin.doc('centers/sandik/complaints/c1/events/e2'), { visibility: 'public', by: 'mod-1' });
  batch.set(h.admin.doc(`centers/sandik/members/${memberStaff.sub}`), { role: 'staff' });
  batch.set(h.admin.doc(`centers/sandik/members/${memberViewer.sub}`), { role: 'viewer' });
  await batch.commit();
});

const c1 = (claims: { sub: string } | null) =>
  doc(claims ? h.as(claims as { sub: string }) : h.anonymous, 'centers/sandik/complaints/c1');
const read = async (path: string) => (await h.admin.doc(path).get()).data();

describe('create: field validation', () => {
  const create = (data: DocumentData, who = citizen) =>
    addDoc(collection(h.as(who), 'centers/sandik/complaints'), data);
  const createdIsStored = async (data: DocumentData) => {
    const ref = await create(data);
    const saved = await read(ref.path);
    expect(saved?.title).toBe(data.title);
    expect(saved?.createdAt).toBeInstanceOf(AdminTimestamp);
    return saved;
  };

  test('a complete complaint; without a field that is required', async () => {
    await createdIsStored(complaint());
    const { sector: _sector, ...withoutSector } = complaint();
    await denied(create(withoutSector));
  });
  test('optional fields of the right type; an unknown extra field', async () => {
    const saved = await createdIsStored(
      complaint({ people: 12, tags: ['jalan'], location: new GeoPoint(-8.55, 116.07), urgent: true })
    );
    expect(saved?.people).toBe(12);
    await denied(create(complaint({ phone: '0812' })));
  });
  test('title length between 5 and 120', async () => {
    await createdIsStored(complaint({ title: 'Lima!' }));
    await denied(create(complaint({ title: 'Ehm' })));
    await denied(create(complaint({ title: 'x'.repeat(121) })));
  });
  test('title must be a string', async () => {
    await createdIsStored(complaint({ title: 'Sekolah rusak' }));
    await denied(create(complaint({ title: 12345 })));
  });
  test('sector from the list', async () => {
    await createdIsStored(complaint({ sector: 'adminduk' }));
    await denied(create(complaint({ sector: 'lainnya' })));
  });
  test('the reporter is the signed-in user', async () => {
    await createdIsStored(complaint());
    await denied(create(complaint({ reporter: otherCitizen.sub })));
  });
  test('status is server-owned: only baru on create', async () => {
    await createdIsStored(complaint({ status: 'baru' }));
    await denied(create(complaint({ status: 'selesai' })));
  });
  test('createdAt is server-owned: serverTimestamp() only', async () => {
    await createdIsStored(complaint());
    await denied(create(complaint({ createdAt: Timestamp.now() })));
  });
  test('people is a positive int', async () => {
    await createdIsStored(complaint({ people: 1 }));
    await denied(create(complaint({ people: 2.5 })));
    await denied(create(complaint({ people: 0 })));
  });
  test('at most 5 tags', async () => {
    await createdIsStored(complaint({ tags: ['a', 'b', 'c', 'd', 'e'] }));
    await denied(create(complaint({ tags: ['a', 'b', 'c', 'd', 'e', 'f'] })));
  });
  test('location is a latlng', async () => {
    await createdIsStored(complaint({ location: new GeoPoint(-8.6, 116.1) }));
    await denied(create(complaint({ location: '-8.6,116.1' })));
  });
  test('occurredAt is a past timestamp', async () => {
    await createdIsStored(complaint({ occurredAt: Timestamp.fromMillis(Date.now() - 86_400_000) }));
    await denied(create(complaint({ occurredAt: Timestamp.fromMillis(Date.now() + 86_400_000) })));
  });
  test('anonymity from the list; urgent is a bool', async () => {
    await createdIsStored(complaint({ anonymity: 'rahasia', urgent: false }));
    await denied(create(complaint({ anonymity: 'semua' })));
    await denied(create(complaint({ urgent: 'ya' })));
  });
  test('signed in only', async () => {
    await createdIsStored(complaint());
    await denied(addDoc(collection(h.anonymous, 'centers/sandik/complaints'), complaint()));
  });
});

describe('get: roles through custom claims', () => {
  test('a moderator of the center reads; a staff member of another center does not', async () => {
    expect((await getDoc(c1(moderator))).data()?.title).toBe(stored.title);
    await denied(getDoc(c1(staffElsewhere)));
  });
  test('the reporter reads their complaint; another citizen does not (status baru is not public)', async () => {
    expect((await getDoc(c1(citizen))).data()?.reporter).toBe(citizen.sub);
    await denied(getDoc(c1(otherCitizen)));
  });
  test('a viewer claim is not a staff role', async () => {
    expect((await getDoc(c1(moderator))).exists()).toBe(true);
    await denied(getDoc(c1(viewerClaim)));
  });
  test('a public complaint in progress is readable by anyone, also signed out', async () => {
    await h.admin.doc('centers/sandik/complaints/c1').update({ status: 'diproses' });
    expect((await getDoc(c1(null))).data()?.status).toBe('diproses');
    await h.admin.doc('centers/sandik/complaints/c1').update({ anonymity: 'anonim' });
    await denied(getDoc(c1(null)));
  });
  test('a missing document is judged with resource == null: the reporter rule errs and denies', async () => {
    const missing = await getDoc(doc(h.as(moderator), 'centers/sandik/complaints/none'));
    expect(missing.exists()).toBe(false);
    await denied(getDoc(doc(h.as(citizen), 'centers/sandik/complaints/none')));
  });
});

describe('roles through get() of a membership document', () => {
  const contact = (who: { sub: string }) => doc(h.as(who), 'centers/sandik/complaints/c1/private/contact');
  test('a member with role staff reads the private contact; a viewer member does not', async () => {
    expect((await getDoc(contact(memberStaff))).data()).toEqual({ phone: '0812' });
    await denied(getDoc(contact(memberViewer)));
  });
  test('a non-member is denied (get() of a missing document)', async () => {
    expect((await getDoc(contact(memberStaff))).exists()).toBe(true);
    await denied(getDoc(contact(moderator)));
  });
  test('exists(): members may add case events, others not', async () => {
    const events = (who: { sub: string }) => collection(h.as(who), 'centers/sandik/complaints/c1/events');
    const ref = await addDoc(events(memberViewer), { by: memberViewer.sub, visibility: 'internal' });
    expect(await read(ref.path)).toEqual({ by: memberViewer.sub, visibility: 'internal' });
    await denied(addDoc(events(citizen), { by: citizen.sub, visibility: 'internal' }));
  });
  test('get() of the parent complaint: only its reporter may attach private data', async () => {
    await setDoc(doc(h.as(citizen), 'centers/sandik/complaints/c1/private/extra'), { address: 'Dusun A' });
    expect(await read('centers/sandik/complaints/c1/private/extra')).toEqual({ address: 'Dusun A' });
    await denied(
      setDoc(doc(h.as(otherCitizen), 'centers/sandik/complaints/c1/private/other'), { address: 'x' })
    );
  });
  test('own membership document is readable; another member’s only for staff claims', async () => {
    const own = await getDoc(doc(h.as(memberViewer), `centers/sandik/members/${memberViewer.sub}`));
    expect(own.data()).toEqual({ role: 'viewer' });
    await denied(getDoc(doc(h.as(memberViewer), `centers/sandik/members/${memberStaff.sub}`)));
    expect((await getDoc(doc(h.as(moderator), `centers/sandik/members/${memberStaff.sub}`))).data()).toEqual({
      role: 'staff'
    });
  });
  test('events: internal events only for staff claims, public ones for all', async () => {
    const e = (who: { sub: string }, id: string) =>
      doc(h.as(who), `centers/sandik/complaints/c1/events/${id}`);
    expect((await getDoc(e(citizen, 'e2'))).data()?.visibility).toBe('public');
    await denied(getDoc(e(citizen, 'e1')));
    expect((await getDoc(e(moderator, 'e1'))).data()?.visibility).toBe('internal');
  });
});

describe('update: restrictions through diff().affectedKeys()', () => {
  test('a moderator moves the status (with updatedAt = request.time)', async () => {
    await updateDoc(c1(moderator), { status: 'diproses', updatedAt: serverTimestamp() });
    expect((await read('centers/sandik/complaints/c1'))?.status).toBe('diproses');
    await denied(
      updateDoc(c1(moderator), { status: 'selesai', title: 'Diganti', updatedAt: serverTimestamp() })
    );
  });
  test('a moderator may set the register number', async () => {
    await updateDoc(c1(moderator), { registerNo: 'SDK/2026/001', updatedAt: serverTimestamp() });
    expect((await read('centers/sandik/complaints/c1'))?.registerNo).toBe('SDK/2026/001');
    await denied(updateDoc(c1(moderator), { reporter: 'someone', updatedAt: serverTimestamp() }));
  });
  test('status values are checked', async () => {
    await updateDoc(c1(moderator), { status: 'ditolak', updatedAt: serverTimestamp() });
    expect((await read('centers/sandik/complaints/c1'))?.status).toBe('ditolak');
    await denied(updateDoc(c1(moderator), { status: 'hilang', updatedAt: serverTimestamp() }));
  });
  test('updatedAt must be the server time', async () => {
    await updateDoc(c1(moderator), { status: 'diproses', updatedAt: serverTimestamp() });
    await denied(updateDoc(c1(moderator), { status: 'selesai', updatedAt: Timestamp.fromMillis(0) }));
  });
  test('staff of another center cannot update', async () => {
    await updateDoc(c1(moderator), { status: 'diproses', updatedAt: serverTimestamp() });
    await denied(updateDoc(c1(staffElsewhere), { status: 'selesai', updatedAt: serverTimestamp() }));
  });
  test('the reporter edits title and people while status is baru', async () => {
    await updateDoc(c1(citizen), { title: 'Puskesmas tutup siang', people: 40 });
    expect(await read('centers/sandik/complaints/c1')).toMatchObject({
      title: 'Puskesmas tutup siang',
      people: 40
    });
    await denied(updateDoc(c1(citizen), { status: 'selesai' }));
  });
  test('the reporter cannot edit once staff moved the status', async () => {
    await updateDoc(c1(citizen), { people: 2 });
    await h.admin.doc('centers/sandik/complaints/c1').update({ status: 'diproses' });
    await denied(updateDoc(c1(citizen), { people: 3 }));
  });
  test('set() replacing the document counts removed keys as affected', async () => {
    await setDoc(c1(citizen), { ...stored, createdAt: Timestamp.fromMillis(0), title: 'Judul baru sekali' });
    expect((await read('centers/sandik/complaints/c1'))?.title).toBe('Judul baru sekali');
    const { anonymity: _a, ...withoutAnonymity } = stored;
    await denied(setDoc(c1(citizen), { ...withoutAnonymity, createdAt: Timestamp.fromMillis(0) }));
  });
});

describe('delete', () => {
  test('admins delete; moderators do not', async () => {
    await denied(deleteDoc(c1(moderator)));
    await deleteDoc(c1(admin));
    expect((await h.admin.doc('centers/sandik/complaints/c1').get()).exists).toBe(false);
  });
  test('admins may update a center; others not', async () => {
    await updateDoc(doc(h.as(admin), 'centers/sandik'), { name: 'CC Sandik Baru' });
    expect((await read('centers/sandik'))?.name).toBe('CC Sandik Baru');
    await denied(updateDoc(doc(h.as(moderator), 'centers/sandik'), { name: 'X' }));
  });
});
