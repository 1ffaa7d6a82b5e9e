/**
 * Posts and meetings against our emulator, in-process, with the real firestore.rules (tokens as
 * the Auth emulator signs them, seeded as the owner): a moderator of the post's CC may publish,
 * edit and write; a moderator of another CC is refused.
 */
import {
  doc,
  getDoc,
  setDoc,
  Timestamp,
  type EmulatorMockTokenOptions,
  type Firestore
} from 'firebase/firestore/lite';
import { staffToken, startRulesEmulator, type RulesEmulator } from '../../testing/rules-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMeetingDraft, emptyMeetingDraft, meetingDocument } from '../meetings/meetings';
import { listCenterMeetings, saveMeeting } from '../meetings/store';
import { checkPostDraft, editWrite, newPostWrite, publishWrite, rejectWrite } from './posts';
import { listCenterPosts, savePost } from './store';

const PROJECT = 'demo-staff-posts-test';

let firestore: RulesEmulator;
const client = (name: string, token?: EmulatorMockTokenOptions | 'owner') => firestore.client(name, token);

let owner: Firestore;
let modSandik: Firestore;
let modMambalan: Firestore;

const center = (name: string, code: string, desa: string) => ({
  name,
  code,
  kind: 'cc',
  desa,
  kecamatan: 'Batu Layar',
  kabupaten: 'Lombok Barat',
  contact: {},
  active: true
});

const waitingExperience = (id: string) => ({
  kind: 'pengalaman',
  status: 'menunggu_moderasi',
  experience: 'buruk',
  title: 'Antre lama di Puskesmas',
  body: 'Saya menunggu empat jam. Hubungi saya di 0812-3456-7890.',
  ccId: 'sandik',
  authorName: 'Baiq Nurul',
  createdAt: Timestamp.fromDate(new Date(Date.UTC(2026, 11, 1, 2, Number(id.slice(-1)))))
});

beforeAll(async () => {
  firestore = await startRulesEmulator(PROJECT);
  owner = client('owner', 'owner');
  await setDoc(doc(owner, 'centers/sandik'), center('CC Saling Anton', 'CC-SA', 'Sandik'));
  await setDoc(doc(owner, 'centers/mambalan'), center('Lembaga Adat Paer Mambal', 'LA-PM', 'Mambalan'));
  for (const id of ['exp1', 'exp2', 'exp3']) await setDoc(doc(owner, 'posts', id), waitingExperience(id));
  modSandik = client('mod-sandik', staffToken('mod-sandik', { sandik: 'moderator' }));
  modMambalan = client('mod-mambalan', staffToken('mod-mambalan', { mambalan: 'moderator' }));
});

afterAll(async () => {
  await firestore.stop();
});

describe("moderating a citizen's experience", () => {
  it("lets the CC's moderator list the queue and publish, stamping the server time", async () => {
    const posts = await listCenterPosts('sandik', modSandik);
    const exp1 = posts.find((p) => p.id === 'exp1');
    expect(exp1?.status).toBe('menunggu_moderasi');
    const before = Date.now();
    await savePost(publishWrite(exp1!, 'mod-sandik'), modSandik);
    const stored = (await getDoc(doc(owner, 'posts/exp1'))).data()!;
    expect(stored.status).toBe('terbit');
    expect(stored.moderatedBy).toBe('mod-sandik');
    expect(stored.publishedAt).toBeInstanceOf(Timestamp);
    expect((stored.publishedAt as Timestamp).toMillis()).toBeGreaterThanOrEqual(before - 5000);
  });

  it("refuses another CC's moderator, for publishing and for rejecting", async () => {
    const exp2 = (await listCenterPosts('sandik', modSandik)).find((p) => p.id === 'exp2')!;
    await expect(savePost(publishWrite(exp2, 'mod-mambalan'), modMambalan)).rejects.toMatchObject({
      code: 'permission-denied'
    });
    await expect(savePost(rejectWrite(exp2, 'mod-mambalan'), modMambalan)).rejects.toMatchObject({
      code: 'permission-denied'
    });
    await expect(listCenterPosts('sandik', modMambalan)).rejects.toMatchObject({ code: 'permission-denied' });
    expect((await getDoc(doc(owner, 'posts/exp2'))).data()?.status).toBe('menunggu_moderasi');
  });

  it('lets the moderator edit out personal details, then reject', async () => {
    const exp3 = (await listCenterPosts('sandik', modSandik)).find((p) => p.id === 'exp3')!;
    await savePost(
      editWrite(exp3, 'mod-sandik', exp3.title, 'Saya menunggu empat jam. Hubungi saya di [nomor HP].'),
      modSandik
    );
    await savePost(rejectWrite(exp3, 'mod-sandik'), modSandik);
    const stored = (await getDoc(doc(owner, 'posts/exp3'))).data()!;
    expect(stored.body).toBe('Saya menunggu empat jam. Hubungi saya di [nomor HP].');
    expect(stored.status).toBe('ditolak');
    expect(stored.authorName).toBe('Baiq Nurul');
    expect(stored.publishedAt).toBeUndefined();
  });
});

describe("the CC's own posts", () => {
  it('writes an announcement published now, refused for another CC', async () => {
    const checked = checkPostDraft({
      kind: 'pengumuman',
      title: 'Forum warga bulan Desember',
      body: 'Forum warga diadakan di balai desa setiap Jumat terakhir.',
      sector: ''
    });
    if (!checked.ok) throw new Error('draft should be valid');
    await savePost(newPostWrite('ann1', 'sandik', 'mod-sandik', checked.post, true), modSandik);
    const stored = (await getDoc(doc(owner, 'posts/ann1'))).data()!;
    expect(stored).toMatchObject({
      kind: 'pengumuman',
      status: 'terbit',
      ccId: 'sandik',
      authorUid: 'mod-sandik'
    });
    expect(stored.publishedAt).toBeInstanceOf(Timestamp);
    await expect(
      savePost(newPostWrite('ann2', 'sandik', 'mod-mambalan', checked.post, false), modMambalan)
    ).rejects.toMatchObject({ code: 'permission-denied' });
  });
});

describe("the CC's meetings", () => {
  it('schedules a dialogue, records minutes later, and refuses another CC', async () => {
    const planned = checkMeetingDraft({
      ...emptyMeetingDraft('2026-12-03'),
      title: 'Dialog dengan Kepala Puskesmas',
      kind: 'dialog',
      date: '2027-01-15',
      place: 'Balai Desa Sandik',
      guests: 'Kepala Puskesmas Meninting'
    });
    if (!planned.ok) throw new Error('draft should be valid');
    await saveMeeting('meet1', meetingDocument(planned.fields, 'sandik', 'mod-sandik'), modSandik);
    const [meeting] = await listCenterMeetings('sandik', modSandik);
    expect(meeting).toMatchObject({ id: 'meet1', kind: 'dialog', createdBy: 'mod-sandik', status: 'draf' });

    const done = checkMeetingDraft({
      ...emptyMeetingDraft('2026-12-03'),
      title: meeting!.title,
      kind: 'dialog',
      date: meeting!.date,
      minutes: 'Puskesmas berjanji membuka loket tambahan.',
      attendance: '31',
      status: 'terbit'
    });
    if (!done.ok) throw new Error('draft should be valid');
    const koordinator = client('koord-sandik', staffToken('koord-sandik', { sandik: 'koordinator' }));
    await saveMeeting('meet1', meetingDocument(done.fields, 'sandik', 'koord-sandik', meeting), koordinator);
    expect((await getDoc(doc(owner, 'meetings/meet1'))).data()).toMatchObject({
      attendance: 31,
      createdBy: 'mod-sandik',
      status: 'terbit'
    });
    await expect(
      saveMeeting('meet1', meetingDocument(done.fields, 'sandik', 'mod-mambalan', meeting), modMambalan)
    ).rejects.toMatchObject({ code: 'permission-denied' });
  });
});
