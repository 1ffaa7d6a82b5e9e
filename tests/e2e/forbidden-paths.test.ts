/**
 * Each role's forbidden path, refused twice: on screen (the guarding layouts show "Akses
 * ditolak" and ask Firestore for nothing) and by the rules (the same account, through the
 * client SDK, is refused by the Firestore emulator running firestore.rules, and by the
 * recomputeMonth callable) — and the data is unchanged afterwards.
 *
 *  - a citizen (the demo citizen account, and an anonymous one as the web form uses) → staff pages;
 *  - the moderator of CC Saling Anton → the book of Lembaga Adat Paer Mambal, and admin pages.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  collection,
  doc,
  getDoc,
  getDocs,
  query,
  setDoc,
  updateDoc,
  where,
  type Firestore
} from 'firebase/firestore/lite';
import type { Page } from 'playwright-core';
import { checkStatusMove, statusMoveWrites } from '../../web/src/lib/staff/cases/forms';
import { commitWrites } from '../../web/src/lib/staff/writes';
import { openPhone, type Phone } from '../browser/support/browser';
import { ownerOf, type Owner } from '../browser/support/owner';
import {
  ADMIN,
  CITIZEN,
  MODERATOR_SANDIK,
  clientOf,
  outcomeOf,
  signInOnPhone,
  type Client
} from './support/accounts';

const stack = inject('productStack');
const site = stack.siteUrl;
let owner: Owner;
let phone: Phone;
const clients: Client[] = [];

beforeAll(async () => {
  owner = ownerOf(stack.firestoreHost, stack.project);
});
afterAll(async () => {
  await phone?.close();
  for (const client of clients) await client.close();
  await owner?.close();
});

async function client(email?: string): Promise<Client> {
  const opened = await clientOf(stack, email);
  clients.push(opened);
  return opened;
}

/** A seeded complaint of a CC in a status, not filed by `notBy`. */
async function seededComplaint(cc: string, status: string, notBy?: string) {
  const snapshot = await owner.db
    .collection(`centers/${cc}/complaints`)
    .where('status', '==', status)
    .limit(20)
    .get();
  const found = snapshot.docs.find((d) => notBy === undefined || d.data().reporterUid !== notBy);
  if (!found) throw new Error(`the demo network has no ${status} complaint in ${cc}`);
  return { id: found.id, path: found.ref.path };
}

/** Everything stored under a complaint (itself, its contact, its log), with update times. */
async function stateOf(path: string): Promise<string> {
  const complaint = await owner.db.doc(path).get();
  const contact = await owner.db.doc(`${path}/private/contact`).get();
  const log = await owner.db.collection(`${path}/log`).get();
  return JSON.stringify({
    complaint: [complaint.updateTime?.toMillis(), complaint.data()],
    contact: [contact.updateTime?.toMillis(), contact.data()],
    log: log.docs.map((d) => [d.id, d.updateTime.toMillis()])
  });
}

/** The network-wide documents only the admin (or functions) may write. */
async function networkState(): Promise<string> {
  const agendas = await owner.db.collection('agendas').get();
  const config = await owner.db.collection('config').get();
  const forum = await owner.db.collection('forum').get();
  const mambalan = await owner.db.doc('centers/mambalan').get();
  return JSON.stringify({
    agendas: agendas.docs.map((d) => [d.id, d.updateTime.toMillis()]),
    config: config.docs.map((d) => [d.id, d.updateTime.toMillis()]),
    forum: forum.docs.map((d) => [d.id, d.updateTime.toMillis()]),
    mambalan: mambalan.updateTime?.toMillis()
  });
}

/** Requests the page sends to Firestore that name any of `words` (in the URL or the body). */
function firestoreRequestsNaming(page: Page, words: string[]): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (!request.url().includes(stack.firestoreHost) || request.method() === 'OPTIONS') return;
    const text = `${request.url()} ${request.postData() ?? ''}`;
    if (words.some((word) => text.includes(word))) seen.push(text.slice(0, 200));
  });
  return seen;
}

async function refusedOnScreen(page: Page, path: string, message: string): Promise<void> {
  await page.goto(`${site}${path}`);
  await page.getByRole('heading', { level: 1, name: 'Akses ditolak' }).waitFor();
  await page.getByText(message).waitFor();
}

/** The status move a moderator makes on a new case, exactly as the case page builds it. */
async function verify(db: Firestore, cc: string, id: string, actorUid: string, entryId: string) {
  const check = checkStatusMove(
    { status: 'diterima' },
    { uid: actorUid, role: 'moderator' },
    {
      to: 'diverifikasi',
      reason: '',
      outcome: '',
      destination: '',
      destinationName: '',
      externalTicketId: ''
    }
  );
  if (!check.ok) throw new Error(`the move itself is invalid: ${JSON.stringify(check.messages)}`);
  return outcomeOf(commitWrites(db, statusMoveWrites(cc, id, entryId, check.entry)));
}

describe('forbidden paths', () => {
  it('a citizen is refused the staff pages on screen and by the rules, and nothing changes', async () => {
    const target = await seededComplaint('sandik', 'diterima', 'demo-warga');
    const before = await stateOf(target.path);
    const networkBefore = await networkState();

    phone = await openPhone();
    const { page } = phone;
    const asked = firestoreRequestsNaming(page, ['complaints', 'agendas', 'monthly']);
    await signInOnPhone(page, site, CITIZEN);
    await page.getByRole('heading', { level: 1, name: 'Akses ditolak' }).waitFor();
    await page.getByText('Akun warga@demo.buku.id tidak punya peran staf di CC mana pun').waitFor();
    for (const path of ['/staf/sandik', `/staf/sandik/${target.id}`, '/staf/sandik/catat', '/staf/forum'])
      await refusedOnScreen(page, path, 'tidak punya peran staf');
    await refusedOnScreen(page, '/admin/agenda', 'Halaman ini khusus admin jaringan.');
    expect(asked).toEqual([]);
    await phone.close();

    for (const citizen of [await client(CITIZEN), await client()]) {
      const { db, user } = citizen;
      expect(await outcomeOf(getDocs(collection(db, 'centers/sandik/complaints')))).toBe('permission-denied');
      expect(
        await outcomeOf(
          getDocs(query(collection(db, 'centers/sandik/complaints'), where('status', '==', 'diterima')))
        )
      ).toBe('permission-denied');
      expect(await outcomeOf(getDoc(doc(db, target.path)))).toBe('permission-denied');
      expect(await outcomeOf(getDoc(doc(db, `${target.path}/private/contact`)))).toBe('permission-denied');
      // A modified app sending the moderator's batch.
      expect(await verify(db, 'sandik', target.id, user.uid, `e2e-warga-${user.uid.slice(0, 8)}`)).toBe(
        'permission-denied'
      );
      expect(await outcomeOf(updateDoc(doc(db, target.path), { urgency: 'darurat' }))).toBe(
        'permission-denied'
      );
      expect(
        await outcomeOf(setDoc(doc(db, 'agendas/e2e-warga'), { title: 'Agenda warga', month: '2026-11' }))
      ).toBe('permission-denied');
      const call = await citizen.call('recomputeMonth', { month: '2026-11' });
      expect(call.error?.status).toBe('PERMISSION_DENIED');
    }
    expect(await stateOf(target.path)).toBe(before);
    expect(await networkState()).toBe(networkBefore);
  });

  it("a moderator is refused another CC's book and the admin pages, on screen and by the rules; nothing changes", async () => {
    const other = await seededComplaint('mambalan', 'diterima');
    const own = await seededComplaint('sandik', 'diterima');
    const before = await stateOf(other.path);
    const networkBefore = await networkState();

    phone = await openPhone();
    const { page } = phone;
    const asked = firestoreRequestsNaming(page, ['mambalan', 'agendas', 'config']);
    await signInOnPhone(page, site, MODERATOR_SANDIK);
    const otherCc = 'Anda bukan staf CC "mambalan". Data pengaduan CC ini tidak bisa dibuka.';
    for (const path of ['/staf/mambalan', `/staf/mambalan/${other.id}`, '/staf/mambalan/catat'])
      await refusedOnScreen(page, path, otherCc);
    for (const path of ['/admin', '/admin/agenda', '/admin/pengaturan'])
      await refusedOnScreen(page, path, 'Halaman ini khusus admin jaringan.');
    expect(asked).toEqual([]);
    // Its own book still opens, with the same session.
    await page.goto(`${site}/staf/sandik`);
    await page.getByRole('heading', { level: 1, name: 'Buku pengaduan CC Saling Anton' }).waitFor();
    await page.locator('ol.book > li').first().waitFor();

    const moderator = await client(MODERATOR_SANDIK);
    const { db, user } = moderator;
    expect(await outcomeOf(getDocs(collection(db, 'centers/mambalan/complaints')))).toBe('permission-denied');
    expect(await outcomeOf(getDoc(doc(db, other.path)))).toBe('permission-denied');
    expect(await outcomeOf(getDoc(doc(db, `${other.path}/private/contact`)))).toBe('permission-denied');
    expect(await outcomeOf(getDocs(collection(db, `${other.path}/log`)))).toBe('permission-denied');
    // The very batch the case page sends: refused in the other CC, accepted in its own.
    expect(await verify(db, 'mambalan', other.id, user.uid, 'e2e-lintas-cc')).toBe('permission-denied');
    expect(await verify(db, 'sandik', own.id, user.uid, 'e2e-cc-sendiri')).toBe('allowed');
    expect(
      await outcomeOf(updateDoc(doc(db, other.path), { urgency: 'darurat', staffNote: 'lintas CC' }))
    ).toBe('permission-denied');
    // Admin-only writes.
    expect(
      await outcomeOf(
        setDoc(doc(db, 'agendas/e2e-moderator'), { title: 'Agenda moderator', month: '2026-11' })
      )
    ).toBe('permission-denied');
    expect(
      await outcomeOf(setDoc(doc(db, 'config/ranking'), { weights: { volume: 100 } }, { merge: true }))
    ).toBe('permission-denied');
    expect(await outcomeOf(updateDoc(doc(db, 'centers/mambalan'), { active: false }))).toBe(
      'permission-denied'
    );
    const call = await moderator.call('recomputeMonth', { month: '2026-11' });
    expect(call.error?.status).toBe('PERMISSION_DENIED');

    expect(await stateOf(other.path)).toBe(before);
    expect(await networkState()).toBe(networkBefore);
    // The control move did land: the refusals above were about the CC, not the batch.
    expect((await owner.db.doc(own.path).get()).data()?.status).toBe('diverifikasi');
  });

  it('the admin may compute a month that has begun, not one that has not come', async () => {
    const admin = await client(ADMIN);
    const next = new Date(Date.now() + 40 * 86_400_000);
    // WITA is UTC+8; 40 days ahead is always a later month than now.
    const future = new Date(next.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
    const before = await owner.db.doc(`forum/${future}`).get();
    const refused = await admin.call('recomputeMonth', { month: future });
    expect(refused.error?.status).toBe('FAILED_PRECONDITION');
    expect(before.exists).toBe(false);
    expect((await owner.db.doc(`forum/${future}`).get()).exists).toBe(false);
    const allowed = await admin.call('recomputeMonth', { month: '2026-11' });
    expect(allowed.error).toBeUndefined();
    expect((await owner.db.doc('forum/2026-11').get()).exists).toBe(true);
  });
});
