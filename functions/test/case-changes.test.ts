import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { changedFields, processComplaintChange, processLogEntry } from '../src/cases/process-case-change';
import { processNewComplaint } from '../src/intake/process-new-complaint';
import { paths } from '../src/paths';
import { auditEntries, createComplaint, plain, seedCenter, stamp } from './support/fixtures';
import { startTestFirestore, type TestFirestore } from './support/firestore';
import { expectNoIsoInstants, expectTimestamps } from './support/instants';

let t: TestFirestore;
beforeAll(async () => {
  t = await startTestFirestore();
});
afterAll(async () => {
  await t.stop();
});

const NOW = new Date('2026-12-03T02:00:00.000Z'); // Thu 3 Dec, 10:00 WITA
const LATER = new Date('2026-12-04T03:00:00.000Z'); // Fri 4 Dec, 11:00 WITA
let code: string;

beforeEach(async () => {
  await t.emulator.clear();
  await seedCenter(t.db, 'sandik');
  code = (await createComplaint(t.db, 'sandik', 'c1')).trackingCode;
  await processNewComplaint(t.db, 'sandik', 'c1', { now: NOW, eventId: 'created' });
});

const complaintRef = () => t.db.doc(paths.complaint('sandik', 'c1'));
const complaint = async () => plain((await complaintRef().get()).data()!);
const view = async () => plain((await t.db.doc(paths.tracking(code)).get()).data()!);
const counts = async () => plain((await t.db.doc(paths.caseCounts('sandik')).get()).data()!);

/** A staff change written as the web app would, then the trigger with the event's before and after. */
async function staffChange(changes: Record<string, unknown>, eventId: string) {
  const before = (await complaintRef().get()).data()!;
  await complaintRef().update(changes);
  const after = (await complaintRef().get()).data()!;
  return processComplaintChange(t.db, 'sandik', 'c1', { now: LATER, eventId, before, after });
}

/** A status move: only status, its time (the server's) and the id of its log entry change. */
const move = (status: string, eventId: string) =>
  staffChange({ status, statusChangedAt: stamp(LATER), statusEntryId: `entry-${eventId}` }, eventId);

describe('a change to a complaint', () => {
  it('records verification, counts the follow-up deadline from it, refreshes view and counts', async () => {
    expect(await move('diverifikasi', 'u1')).toEqual({ outcome: 'synced' });
    const stored = await complaint();
    expect(stored).toMatchObject({
      verifiedAt: LATER.toISOString(),
      // Verified Fri 4 Dec: the five working days are 7–11 Dec; the others stay counted from receipt.
      deadlines: {
        verifikasi: '2026-12-08T15:59:59.999Z',
        tindak_lanjut: '2026-12-11T15:59:59.999Z',
        penyelesaian: '2027-02-01T15:59:59.999Z'
      }
    });
    expect(stored.firstFollowUpAt).toBeUndefined();
    expect(stored.closedAt).toBeUndefined();
    expect(await view()).toMatchObject({
      status: 'diverifikasi',
      statusLabel: { id: 'Diverifikasi', en: 'Verified' },
      statusChangedAt: LATER.toISOString(),
      open: true,
      deadlines: { tindak_lanjut: '2026-12-11T15:59:59.999Z' },
      updatedAt: LATER.toISOString()
    });
    expect(await counts()).toMatchObject({ total: 1, open: 1, byStatus: { diterima: 0, diverifikasi: 1 } });
    const audit = (await auditEntries(t.db)).filter((a) => a.action === 'complaint.changed');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      eventId: 'u1',
      details: {
        fields: ['status', 'statusChangedAt', 'statusEntryId'],
        statusFrom: 'diterima',
        statusTo: 'diverifikasi'
      }
    });
  });

  it('closes the case in the counts and records when, when it is resolved', async () => {
    await move('selesai', 'u1');
    expect((await complaint()).closedAt).toBe(LATER.toISOString());
    expect(await counts()).toMatchObject({ total: 1, open: 0, byStatus: { diterima: 0, selesai: 1 } });
    expect(await view()).toMatchObject({ status: 'selesai', open: false, closedAt: LATER.toISOString() });
  });

  it('changes nothing when the event is delivered again', async () => {
    await move('diverifikasi', 'u1');
    const snapshot = async () => ({
      complaint: await complaint(),
      view: await view(),
      counts: await counts(),
      audit: await auditEntries(t.db)
    });
    const before = await snapshot();
    const after = (await complaintRef().get()).data()!;
    const again = await processComplaintChange(t.db, 'sandik', 'c1', {
      now: new Date(),
      eventId: 'u1',
      before: { ...after, status: 'diterima' },
      after
    });
    expect(again).toEqual({ outcome: 'duplicate_event' });
    expect(await snapshot()).toEqual(before);
  });

  it('counts a status once and writes milestones once, even when more events report it', async () => {
    await move('dirujuk', 'u1');
    expect(await complaint()).toMatchObject({
      verifiedAt: LATER.toISOString(),
      firstFollowUpAt: LATER.toISOString()
    });
    // The update events of the function's own writes, or any other event, find nothing to do.
    const state = (await complaintRef().get()).data()!;
    expect(await processComplaintChange(t.db, 'sandik', 'c1', { now: new Date(), eventId: 'u2' })).toEqual({
      outcome: 'unchanged'
    });
    expect(
      await processComplaintChange(t.db, 'sandik', 'c1', { eventId: 'u3', before: state, after: state })
    ).toEqual({ outcome: 'unchanged' });
    expect((await complaintRef().get()).data()).toEqual(state);
    expect(await counts()).toMatchObject({ total: 1, open: 1, byStatus: { diterima: 0, dirujuk: 1 } });
  });

  it('stores milestones, recounted deadlines and the view’s instants as timestamps', async () => {
    await move('dirujuk', 'u1');
    const later = new Date(LATER.getTime() + 3_600_000);
    await staffChange({ status: 'selesai', statusChangedAt: stamp(later), statusEntryId: 'entry-u2' }, 'u2');
    const stored = (await complaintRef().get()).data();
    expectTimestamps(stored, [
      'receivedAt',
      'statusChangedAt',
      'verifiedAt',
      'firstFollowUpAt',
      'closedAt',
      'updatedAt',
      'deadlines.verifikasi',
      'deadlines.tindak_lanjut',
      'deadlines.penyelesaian'
    ]);
    expect(Object.keys(stored!.deadlines as object).sort()).toEqual([
      'penyelesaian',
      'tindak_lanjut',
      'verifikasi'
    ]);
    const tracking = (await t.db.doc(paths.tracking(code)).get()).data();
    expectTimestamps(tracking, [
      'receivedAt',
      'statusChangedAt',
      'closedAt',
      'updatedAt',
      'deadlines.tindak_lanjut'
    ]);
    expectTimestamps((await t.db.doc(paths.caseCounts('sandik')).get()).data(), ['updatedAt']);
    for (const entry of await auditEntries(t.db)) expectTimestamps(entry, ['at']);
    await expectNoIsoInstants(t.db);
  });

  it('does not audit bookkeeping by functions', () => {
    const before = { status: undefined, chronology: 'x' };
    const after = {
      status: 'diterima',
      chronology: 'x',
      registerNumber: '001/CC-SA/XII/2026',
      deadlines: {},
      verifiedAt: stamp(LATER)
    };
    expect(changedFields(before, after)).toEqual([]);
    expect(changedFields({ ...after, urgency: 'biasa' }, { ...after, urgency: 'darurat' })).toEqual([
      'urgency'
    ]);
  });
});

describe('a new entry in the case log', () => {
  const entry = (data: Record<string, unknown>, id: string) =>
    t.db
      .doc(paths.logEntry('sandik', 'c1', id))
      .set({ at: stamp(LATER), actorUid: 'mod-1', actorRole: 'moderator', visibility: 'internal', ...data });

  it('adds a public entry to the tracking view, with phone numbers scrubbed', async () => {
    await entry(
      {
        type: 'pembaruan_publik',
        visibility: 'publik',
        text: 'Kami sudah menghubungi Puskesmas, hubungi 0812-3456-7890.'
      },
      'l1'
    );
    expect(await processLogEntry(t.db, 'sandik', 'c1', 'l1', { now: LATER, eventId: 'log1' })).toEqual({
      outcome: 'synced',
      public: true
    });
    const log = (await view()).log;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ id: 'l1', type: 'pembaruan_publik', at: LATER.toISOString() });
    expect(log[0].text).toContain('Kami sudah menghubungi Puskesmas');
    expect(log[0].text).not.toContain('3456');
    expect(JSON.stringify(log)).not.toContain('mod-1');
  });

  it('stores the public entry’s time on the view and the first follow-up as timestamps', async () => {
    await entry(
      {
        type: 'tindak_lanjut',
        action: 'kunjungan',
        date: '2026-12-04',
        note: 'Kunjungan ke Puskesmas.',
        visibility: 'publik'
      },
      'l4'
    );
    await processLogEntry(t.db, 'sandik', 'c1', 'l4', { now: LATER, eventId: 'log4' });
    const tracking = (await t.db.doc(paths.tracking(code)).get()).data();
    expectTimestamps(tracking, ['log.0.at', 'updatedAt']);
    // The follow-up's day is a calendar day (WITA) and stays a string.
    expect((tracking!.log as { date: string }[])[0]!.date).toBe('2026-12-04');
    expectTimestamps((await complaintRef().get()).data(), ['firstFollowUpAt']);
    await expectNoIsoInstants(t.db);
  });

  it('keeps internal entries off the view, audits them, and takes a follow-up as the first one', async () => {
    await entry({ type: 'catatan_internal', text: 'Pelapor minta identitas dirahasiakan.' }, 'l2');
    await entry(
      { type: 'tindak_lanjut', action: 'kunjungan', date: '2026-12-04', note: 'Kunjungan ke Puskesmas.' },
      'l3'
    );
    expect(await processLogEntry(t.db, 'sandik', 'c1', 'l2', { now: LATER, eventId: 'log2' })).toEqual({
      outcome: 'unchanged',
      public: false
    });
    expect(await processLogEntry(t.db, 'sandik', 'c1', 'l3', { now: LATER, eventId: 'log3' })).toEqual({
      outcome: 'synced',
      public: false
    });
    expect((await complaint()).firstFollowUpAt).toBe(LATER.toISOString());
    expect((await view()).log).toEqual([]);
    const audit = (await auditEntries(t.db)).filter((a) => a.action === 'log.added');
    expect(audit.map((a) => (a.details as { entryId: string }).entryId).sort()).toEqual(['l2', 'l3']);
    expect(JSON.stringify(audit)).not.toContain('dirahasiakan');
  });

  it('changes nothing when the event is delivered again', async () => {
    await entry(
      {
        type: 'pembaruan_publik',
        visibility: 'publik',
        text: 'Berkas sudah kami teruskan ke Dinas Kesehatan.'
      },
      'l1'
    );
    await processLogEntry(t.db, 'sandik', 'c1', 'l1', { now: LATER, eventId: 'log1' });
    const before = { view: await view(), audit: await auditEntries(t.db) };
    expect(await processLogEntry(t.db, 'sandik', 'c1', 'l1', { now: new Date(), eventId: 'log1' })).toEqual({
      outcome: 'duplicate_event'
    });
    // Another event for the same entry does not add it twice.
    await processLogEntry(t.db, 'sandik', 'c1', 'l1', { now: new Date(), eventId: 'log1-bis' });
    expect((await view()).log).toEqual(before.view.log);
    expect((await auditEntries(t.db)).length).toBe(before.audit.length + 1);
  });

  it('includes entries written before the intake ran in the first view', async () => {
    code = (await createComplaint(t.db, 'sandik', 'c2')).trackingCode;
    await t.db.doc(paths.logEntry('sandik', 'c2', 'early')).set({
      at: stamp(NOW),
      actorRole: 'warga',
      visibility: 'publik',
      type: 'tanggapan_pelapor',
      kind: 'tambahan',
      text: 'Foto kartu BPJS menyusul.'
    });
    expect((await processLogEntry(t.db, 'sandik', 'c2', 'early', { now: NOW })).outcome).toBe('not_numbered');
    await processNewComplaint(t.db, 'sandik', 'c2', { now: NOW });
    expect((await view()).log).toMatchObject([
      { id: 'early', type: 'tanggapan_pelapor', kind: 'tambahan', at: NOW.toISOString() }
    ]);
  });
});
