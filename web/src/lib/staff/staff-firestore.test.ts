/**
 * The staff Firestore functions against our emulator, in-process, with the real firestore.rules:
 * tokens as the Auth emulator would sign them (unsigned, claims at the top level), documents
 * seeded and checked as the owner. Proves the book pages by cursor, a moderator's status move and
 * walk-in intake pass the rules, and another CC's complaint is refused.
 */
import {
  doc,
  getDoc,
  Timestamp,
  writeBatch,
  type EmulatorMockTokenOptions,
  type Firestore
} from 'firebase/firestore/lite';
import { staffToken, startRulesEmulator, type RulesEmulator } from '../testing/rules-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findByRegisterNumber, listBookPage } from './book/book';
import { bookQuery, NO_FILTERS } from './book/filters';
import { addLogEntry, getCase, markAwaitingReply, moveStatus } from './cases/case';
import { checkEntry, checkStatusMove, emptyEntryForm, emptyMoveForm } from './cases/forms';
import { getForumView } from './forum/store';
import { checkStaffDraft, emptyStaffDraft } from './intake/intake';
import { recordStaffComplaint } from './intake/store';

const PROJECT = 'demo-staff-test';

let firestore: RulesEmulator;
const client = (name: string, token?: EmulatorMockTokenOptions | 'owner') => firestore.client(name, token);

let modSandik: Firestore;
let owner: Firestore;

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

function complaint(ccId: string, n: number) {
  return {
    ccId,
    sector: 'kesehatan',
    providerName: 'Puskesmas Meninting',
    location: { desa: 'Sandik' },
    chronology: 'Pasien diminta membayar untuk layanan yang seharusnya gratis.',
    remedyWanted: 'Uang dikembalikan.',
    occurredAt: '2026-11-01',
    peopleAffected: 1,
    urgency: 'biasa',
    consentToContact: false,
    privacy: 'rahasia',
    channel: 'datang_langsung',
    trackingCode: `T${String(n).padStart(11, '0')}`,
    receivedAt: Timestamp.fromDate(new Date(Date.UTC(2026, 10, 2, 0, n))),
    status: 'diterima',
    statusChangedAt: Timestamp.fromDate(new Date(Date.UTC(2026, 10, 2, 0, n))),
    registerNumber: `${String(n).padStart(3, '0')}/CC-SA/XI/2026`
  };
}

beforeAll(async () => {
  firestore = await startRulesEmulator(PROJECT);
  owner = client('owner', 'owner');
  const batch = writeBatch(owner);
  batch.set(doc(owner, 'centers/sandik'), center('CC Saling Anton', 'CC-SA', 'Sandik'));
  batch.set(doc(owner, 'centers/mambalan'), center('Lembaga Adat Paer Mambal', 'LA-PM', 'Mambalan'));
  for (let n = 1; n <= 30; n++) {
    batch.set(doc(owner, `centers/sandik/complaints/s${n}`), complaint('sandik', n));
    batch.set(doc(owner, `centers/sandik/complaints/s${n}/private/contact`), { name: `Warga ${n}` });
  }
  batch.set(doc(owner, 'centers/mambalan/complaints/m1'), complaint('mambalan', 99));
  await batch.commit();
  modSandik = client('mod-sandik', staffToken('mod-sandik', { sandik: 'moderator' }));
});

afterAll(async () => {
  await firestore.stop();
});

const book = () => {
  const spec = bookQuery(NO_FILTERS, new Date());
  if (!spec.ok) throw new Error('no query');
  return spec.query;
};

describe('the complaint book', () => {
  it('pages 25 at a time by cursor, newest first', async () => {
    const first = await listBookPage('sandik', book(), null, modSandik);
    expect(first.complaints).toHaveLength(25);
    expect(first.complaints[0]?.id).toBe('s30');
    expect(first.complaints[24]?.id).toBe('s6');
    expect(first.next).not.toBeNull();
    // The budget: 25 cases + 1 look-ahead ≤ 27 reads.
    expect(first.reads).toBe(26);
    const second = await listBookPage('sandik', book(), first.next, modSandik);
    expect(second.complaints.map((c) => c.id)).toEqual(['s5', 's4', 's3', 's2', 's1']);
    expect(second.next).toBeNull();
    expect(second.reads).toBe(5);
  });

  it('finds a register number with one query', async () => {
    expect(await findByRegisterNumber('sandik', '007/CC-SA/XI/2026', modSandik)).toBe('s7');
    expect(await findByRegisterNumber('sandik', '999/CC-SA/XI/2026', modSandik)).toBeNull();
  });

  it("refuses another CC's book", async () => {
    await expect(listBookPage('mambalan', book(), null, modSandik)).rejects.toMatchObject({
      code: 'permission-denied'
    });
  });
});

describe('a case', () => {
  it('reads the complaint with its private contact and log', async () => {
    const found = await getCase('sandik', 's3', modSandik);
    expect(found?.complaint.registerNumber).toBe('003/CC-SA/XI/2026');
    expect(found?.contact.name).toBe('Warga 3');
    expect(found?.log).toEqual([]);
  });

  it("lets a moderator move their CC's case, in one batch with the log entry", async () => {
    const actor = { uid: 'mod-sandik', role: 'moderator' } as const;
    const check = checkStatusMove({ status: 'diterima' }, actor, emptyMoveForm('diverifikasi'));
    if (!check.ok) throw new Error('move should pass core');
    const entryId = await moveStatus('sandik', 's1', check.entry, modSandik, 'move-1');
    expect(entryId).toBe('move-1');
    const stored = (await getDoc(doc(owner, 'centers/sandik/complaints/s1'))).data();
    expect(stored).toMatchObject({ status: 'diverifikasi', statusEntryId: 'move-1' });
    expect(stored?.statusChangedAt).toBeInstanceOf(Timestamp);
    const entry = (await getDoc(doc(owner, 'centers/sandik/complaints/s1/log/move-1'))).data();
    expect(entry).toMatchObject({
      type: 'perubahan_status',
      from: 'diterima',
      to: 'diverifikasi',
      actorUid: 'mod-sandik'
    });
    expect(entry?.at).toBeInstanceOf(Timestamp);
  });

  it('adds a follow-up that the rules accept', async () => {
    const actor = { uid: 'mod-sandik', role: 'moderator' } as const;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' }).format(new Date());
    const check = checkEntry(
      { ...emptyEntryForm('tindak_lanjut', today), action: 'kunjungan', note: 'Berkunjung ke Puskesmas.' },
      actor
    );
    if (!check.ok) throw new Error('entry should pass core');
    await addLogEntry('sandik', 's2', check.entry, modSandik, 'follow-1');
    const log = (await getCase('sandik', 's2', modSandik))?.log ?? [];
    expect(log.map((e) => [e.id, e.type, e.action])).toEqual([['follow-1', 'tindak_lanjut', 'kunjungan']]);
  });

  it('starts waiting for the complainant at server time', async () => {
    await markAwaitingReply('sandik', 's4', modSandik);
    const stored = (await getDoc(doc(owner, 'centers/sandik/complaints/s4'))).data();
    expect(stored?.awaitingReplySince).toBeInstanceOf(Timestamp);
    await expect(markAwaitingReply('mambalan', 'm1', modSandik)).rejects.toMatchObject({
      code: 'permission-denied'
    });
  });

  it("refuses a move on another CC's complaint", async () => {
    const actor = { uid: 'mod-sandik', role: 'moderator' } as const;
    const check = checkStatusMove({ status: 'diterima' }, actor, emptyMoveForm('diverifikasi'));
    if (!check.ok) throw new Error('move should pass core');
    await expect(moveStatus('mambalan', 'm1', check.entry, modSandik, 'move-2')).rejects.toMatchObject({
      code: 'permission-denied'
    });
    const stored = (await getDoc(doc(owner, 'centers/mambalan/complaints/m1'))).data();
    expect(stored?.status).toBe('diterima');
  });
});

describe('the forum dashboard', () => {
  it('reads the ranking and two aggregates of a CC: 3 documents', async () => {
    const seed = writeBatch(owner);
    seed.set(doc(owner, 'forum/2026-11'), {
      month: '2026-11',
      centers: 2,
      complaints: 31,
      issueCount: 1,
      issues: [
        {
          rank: 1,
          key: 'kesehatan|puskesmas meninting',
          sector: 'kesehatan',
          provider: 'Puskesmas Meninting',
          score: 71.5,
          components: { volume: { value: 1, weight: 0.15, points: 15 } },
          facts: { complaints: 31, previousMonth: 4, ccs: 2, villages: 1 },
          explanation: { id: '31 pengaduan dari 2 CC.', en: '31 complaints from 2 CCs.' }
        }
      ]
    });
    seed.set(doc(owner, 'centers/sandik/monthly/2026-11'), {
      ccId: 'sandik',
      month: '2026-11',
      received: 30,
      bySector: { kesehatan: 30 },
      overdue: { total: 2 }
    });
    await seed.commit();
    const view = await getForumView('2026-11', 'sandik', modSandik);
    expect(view.reads).toBe(3);
    expect(view.ranking?.issues[0]).toMatchObject({ rank: 1, complaints: 31, previousMonth: 4 });
    expect(view.center).toMatchObject({ received: 30, overdue: 2, bySector: [['kesehatan', 30]] });
    expect(view.previous).toBeNull();
  });
});

describe('intake by staff', () => {
  it('files a walk-in complaint with its contact, as the rules want it', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' }).format(new Date());
    const check = checkStaffDraft(
      {
        ...emptyStaffDraft(today),
        sector: 'pendidikan',
        providerName: 'SD Negeri 1 Sandik',
        desaCode: '52.01.14.2003',
        chronology: 'Orang tua murid diminta membayar uang seragam yang tidak diatur.',
        remedyWanted: 'Pungutan dihentikan.',
        occurredAt: today,
        consentToContact: 'ya',
        name: 'Amaq Rudi',
        phone: '081234567890'
      },
      'sandik'
    );
    if (!check.ok) throw new Error(JSON.stringify(check.messages));
    const { complaintId, trackingCode } = await recordStaffComplaint(
      check.complaint,
      'mod-sandik',
      modSandik,
      'walkin-1'
    );
    expect(complaintId).toBe('walkin-1');
    const stored = (await getDoc(doc(owner, 'centers/sandik/complaints/walkin-1'))).data();
    expect(stored).toMatchObject({ channel: 'datang_langsung', recordedBy: 'mod-sandik', trackingCode });
    expect(stored?.receivedAt).toBeInstanceOf(Timestamp);
    const contact = (await getDoc(doc(owner, 'centers/sandik/complaints/walkin-1/private/contact'))).data();
    expect(contact).toEqual({ name: 'Amaq Rudi', phone: '+6281234567890' });
  });
});
