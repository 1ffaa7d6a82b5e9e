/**
 * Sharing a case with the network admins and verifying a late complaint, through the web's own
 * modules, against our emulator with the real firestore.rules: the staff writes pass, the admin's
 * list and read-only case pass while the case is shared and are refused once it is withdrawn,
 * another CC's moderator cannot share, and a late complaint is verified only with its note.
 */
import { doc, getDoc, Timestamp, writeBatch, type Firestore } from 'firebase/firestore/lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSharedCase, listSharedCases } from '$lib/admin/shared/store';
import { commitCaseWrites, getCase, moveStatus } from '$lib/staff/cases/case';
import { checkStatusMove, emptyMoveForm } from '$lib/staff/cases/forms';
import {
  accountToken,
  staffToken,
  startRulesEmulator,
  type RulesEmulator
} from '$lib/testing/rules-emulator';
import { checkShare, shareWrites } from './network-share';

const PROJECT = 'demo-sharing-test';
const REASON = 'Perlu eskalasi ke Ombudsman NTB: Dukcapil tidak menjawab dua surat.';
const NOTE = 'Pelapor dirawat di RSUD selama lima minggu.';

let emulator: RulesEmulator;
let owner: Firestore;
let modSandik: Firestore;
let koorSandik: Firestore;
let modMambalan: Firestore;
let admin: Firestore;

const center = (name: string, code: string) => ({
  name,
  code,
  kind: 'cc',
  desa: 'Sandik',
  kecamatan: 'Batu Layar',
  kabupaten: 'Lombok Barat',
  contact: {},
  active: true
});

const stamp = (iso: string) => Timestamp.fromDate(new Date(iso));

function complaint(status: string, occurredAt: string, receivedAt: string) {
  return {
    ccId: 'sandik',
    sector: 'administrasi_kependudukan',
    providerName: 'Dukcapil Lombok Barat',
    location: { desa: 'Sandik' },
    chronology: 'KTP elektronik belum dicetak sejak tiga bulan meski sudah rekam data.',
    remedyWanted: 'KTP segera dicetak.',
    occurredAt,
    peopleAffected: 1,
    urgency: 'biasa',
    consentToContact: true,
    privacy: 'anonim',
    channel: 'web',
    trackingCode: 'K7QM2XR4TP9W',
    receivedAt: stamp(receivedAt),
    status,
    statusChangedAt: stamp(receivedAt),
    registerNumber: '012/CC-SA/XI/2026'
  };
}

beforeAll(async () => {
  emulator = await startRulesEmulator(PROJECT);
  owner = emulator.client('owner', 'owner');
  const batch = writeBatch(owner);
  batch.set(doc(owner, 'centers/sandik'), center('CC Saling Anton', 'CC-SA'));
  batch.set(doc(owner, 'centers/mambalan'), center('Lembaga Adat Paer Mambal', 'LA-PM'));
  batch.set(
    doc(owner, 'centers/sandik/complaints/c1'),
    complaint('dirujuk', '2026-11-01', '2026-11-02T01:00:00Z')
  );
  batch.set(doc(owner, 'centers/sandik/complaints/c1/private/contact'), {
    name: 'Inaq Sumiati',
    phone: '+6281999888777'
  });
  batch.set(doc(owner, 'centers/sandik/complaints/c1/log/l1'), {
    type: 'pembaruan_publik',
    text: 'Surat kedua sudah dikirim ke Dukcapil.',
    visibility: 'publik',
    actorRole: 'moderator',
    actorUid: 'mod-sandik',
    at: stamp('2026-11-10T02:00:00Z')
  });
  batch.set(doc(owner, 'centers/sandik/complaints/c1/log/l2'), {
    type: 'catatan_internal',
    text: 'Petugas minta nama pelapor tidak disebut.',
    visibility: 'internal',
    actorRole: 'moderator',
    actorUid: 'mod-sandik',
    at: stamp('2026-11-11T02:00:00Z')
  });
  // Service on 1 October, received on 20 November: 50 days, filed late.
  batch.set(
    doc(owner, 'centers/sandik/complaints/late1'),
    complaint('diterima', '2026-10-01', '2026-11-20T01:00:00Z')
  );
  await batch.commit();
  modSandik = emulator.client('mod-sandik', staffToken('mod-sandik', { sandik: 'moderator' }));
  koorSandik = emulator.client('koor-sandik', staffToken('koor-sandik', { sandik: 'koordinator' }));
  modMambalan = emulator.client('mod-mambalan', staffToken('mod-mambalan', { mambalan: 'moderator' }));
  admin = emulator.client('admin', accountToken('admin-jaringan', { admin: true }));
});

afterAll(async () => {
  await emulator.stop();
});

async function change(
  db: Firestore,
  actor: { uid: string; role: 'moderator' | 'koordinator' },
  shared: boolean,
  entryId: string
) {
  const current = await getCase('sandik', 'c1', modSandik);
  if (!current) throw new Error('c1 missing');
  const check = checkShare(current.complaint, actor, shared, shared ? REASON : '');
  if (!check.ok) throw new Error(JSON.stringify(check.messages));
  await commitCaseWrites(shareWrites('sandik', 'c1', entryId, actor, check.change), db);
}

describe('sharing a case with the network admins', () => {
  it('keeps the admin out before the CC shares', async () => {
    await expect(getSharedCase('sandik', 'c1', admin)).rejects.toMatchObject({ code: 'permission-denied' });
    expect(await listSharedCases(admin)).toEqual([]);
  });

  it("refuses another CC's moderator", async () => {
    await expect(
      change(modMambalan, { uid: 'mod-mambalan', role: 'moderator' }, true, 'b-0')
    ).rejects.toMatchObject({
      code: 'permission-denied'
    });
  });

  it('lets the moderator share, with the internal log entry, at server time', async () => {
    await change(modSandik, { uid: 'mod-sandik', role: 'moderator' }, true, 'b-1');
    const stored = (await getDoc(doc(owner, 'centers/sandik/complaints/c1'))).data();
    expect(stored?.networkShare).toMatchObject({
      shared: true,
      by: 'mod-sandik',
      role: 'moderator',
      reason: REASON,
      entryId: 'b-1'
    });
    expect(stored?.networkShare.at).toBeInstanceOf(Timestamp);
    const entry = (await getDoc(doc(owner, 'centers/sandik/complaints/c1/log/b-1'))).data();
    expect(entry).toMatchObject({
      type: 'berbagi_jaringan',
      shared: true,
      visibility: 'internal',
      reason: REASON
    });
  });

  it('lets the admin list the case and read it with its contact and public log only', async () => {
    const listed = await listSharedCases(admin);
    expect(listed.map((c) => [c.ccId, c.id, c.networkShare?.reason])).toEqual([['sandik', 'c1', REASON]]);
    const shared = await getSharedCase('sandik', 'c1', admin);
    expect(shared?.contact).toMatchObject({ name: 'Inaq Sumiati', phone: '+6281999888777' });
    expect(shared?.log.map((e) => [e.id, e.visibility])).toEqual([['l1', 'publik']]);
  });

  it('shuts the admin out again once the coordinator withdraws', async () => {
    await change(koorSandik, { uid: 'koor-sandik', role: 'koordinator' }, false, 'b-2');
    await expect(getSharedCase('sandik', 'c1', admin)).rejects.toMatchObject({ code: 'permission-denied' });
    expect(await listSharedCases(admin)).toEqual([]);
    const log = (await getCase('sandik', 'c1', modSandik))?.log ?? [];
    expect(log.filter((e) => e.type === 'berbagi_jaringan').map((e) => [e.id, e.shared])).toEqual([
      ['b-1', true],
      ['b-2', false]
    ]);
  });
});

describe('verifying a complaint filed late', () => {
  const actor = { uid: 'mod-sandik', role: 'moderator' } as const;

  it('is refused by the rules without the staff note, even past the page', async () => {
    const entry = {
      type: 'perubahan_status',
      from: 'diterima',
      to: 'diverifikasi',
      visibility: 'publik',
      actorRole: 'moderator',
      actorUid: 'mod-sandik'
    };
    await expect(moveStatus('sandik', 'late1', entry, modSandik, 'v-0')).rejects.toMatchObject({
      code: 'permission-denied'
    });
  });

  it('passes with the note the page asks for, written with the move', async () => {
    const current = await getCase('sandik', 'late1', modSandik);
    if (!current) throw new Error('late1 missing');
    const state = { ...current.complaint };
    expect(checkStatusMove(state, actor, emptyMoveForm('diverifikasi')).ok).toBe(false);
    const check = checkStatusMove(state, actor, { ...emptyMoveForm('diverifikasi'), staffNote: NOTE });
    if (!check.ok) throw new Error(JSON.stringify(check.messages));
    await moveStatus('sandik', 'late1', check.entry, modSandik, 'v-1', check.complaint);
    const stored = (await getDoc(doc(owner, 'centers/sandik/complaints/late1'))).data();
    expect(stored).toMatchObject({ status: 'diverifikasi', staffNote: NOTE, statusEntryId: 'v-1' });
  });
});
