import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { processNewComplaint } from '../src/intake/process-new-complaint';
import { paths } from '../src/paths';
import { auditEntries, createComplaint, MAMBALAN, plain, seedCenter, stamp } from './support/fixtures';
import { startTestFirestore, type TestFirestore } from './support/firestore';
import { expectNoIsoInstants, expectTimestamps } from './support/instants';

let t: TestFirestore;
beforeAll(async () => {
  t = await startTestFirestore();
});
afterAll(async () => {
  await t.stop();
});
beforeEach(async () => {
  await t.emulator.clear();
  await seedCenter(t.db, 'sandik');
});

// Thursday 3 December 2026, 10:00 WITA.
const NOW = new Date('2026-12-03T02:00:00.000Z');

describe('a new complaint', () => {
  it('gets the first register number, status, receipt time, deadlines and traits', async () => {
    await createComplaint(t.db, 'sandik', 'c1');
    const result = await processNewComplaint(t.db, 'sandik', 'c1', { now: NOW, eventId: 'e1' });
    expect(result).toEqual({ outcome: 'numbered', registerNumber: '001/CC-SA/XII/2026' });
    const stored = plain((await t.db.doc(paths.complaint('sandik', 'c1')).get()).data()!);
    expect(stored.registerNumber).toBe('001/CC-SA/XII/2026');
    expect(stored.status).toBe('diterima');
    expect(stored.receivedAt).toBe('2026-12-03T02:00:00.000Z');
    expect(stored.statusChangedAt).toBe('2026-12-03T02:00:00.000Z');
    // 3 working days after Thu 3 Dec: Fri 4, Mon 7, Tue 8 (end of day WITA = 15:59:59.999Z).
    expect(stored.deadlines).toEqual({
      verifikasi: '2026-12-08T15:59:59.999Z',
      tindak_lanjut: '2026-12-15T15:59:59.999Z',
      penyelesaian: '2027-02-01T15:59:59.999Z'
    });
    expect(stored.forumTraits).toEqual({ gender: 'perempuan', ageGroup: '30_44', disability: false });
    const counter = plain((await t.db.doc(paths.registerCounter('sandik', 2026)).get()).data());
    expect(counter).toMatchObject({ last: 1, year: 2026 });
  });

  it('writes a tracking view with public fields only', async () => {
    const complaint = await createComplaint(t.db, 'sandik', 'c1');
    await processNewComplaint(t.db, 'sandik', 'c1', { now: NOW, eventId: 'e1' });
    const view = plain((await t.db.doc(paths.tracking(complaint.trackingCode)).get()).data()!);
    expect(view).toEqual({
      code: complaint.trackingCode,
      ccId: 'sandik',
      ccName: 'CC Saling Anton',
      complaintId: 'c1',
      registerNumber: '001/CC-SA/XII/2026',
      sector: 'kesehatan',
      status: 'diterima',
      statusLabel: { id: 'Diterima', en: 'Received' },
      open: true,
      receivedAt: '2026-12-03T02:00:00.000Z',
      statusChangedAt: '2026-12-03T02:00:00.000Z',
      closedAt: null,
      deadlines: {
        verifikasi: '2026-12-08T15:59:59.999Z',
        tindak_lanjut: '2026-12-15T15:59:59.999Z',
        penyelesaian: '2027-02-01T15:59:59.999Z'
      },
      log: [],
      updatedAt: NOW.toISOString()
    });
    const text = JSON.stringify(view);
    for (const secret of ['Baiq', '0812', '+62', 'Karang Bedil', 'Puskesmas', 'BPJS', 'warga-1']) {
      expect(text).not.toContain(secret);
    }
  });

  it('stores every instant it writes as a Firestore timestamp, never an ISO string', async () => {
    const complaint = await createComplaint(t.db, 'sandik', 'c1', { receivedAt: stamp(NOW) });
    await processNewComplaint(t.db, 'sandik', 'c1', { now: NOW, eventId: 'e1' });
    const stored = (await t.db.doc(paths.complaint('sandik', 'c1')).get()).data();
    expectTimestamps(stored, [
      'receivedAt',
      'statusChangedAt',
      'updatedAt',
      'deadlines.verifikasi',
      'deadlines.tindak_lanjut',
      'deadlines.penyelesaian'
    ]);
    // Core's stage ids, and nothing else.
    expect(Object.keys(stored!.deadlines as object).sort()).toEqual([
      'penyelesaian',
      'tindak_lanjut',
      'verifikasi'
    ]);
    const view = (await t.db.doc(paths.tracking(complaint.trackingCode)).get()).data();
    expectTimestamps(view, [
      'receivedAt',
      'statusChangedAt',
      'updatedAt',
      'deadlines.verifikasi',
      'deadlines.tindak_lanjut',
      'deadlines.penyelesaian'
    ]);
    expectTimestamps((await t.db.doc(paths.registerCounter('sandik', 2026)).get()).data(), ['updatedAt']);
    expectTimestamps((await t.db.doc(paths.caseCounts('sandik')).get()).data(), ['updatedAt']);
    expectTimestamps((await auditEntries(t.db))[0], ['at']);
    await expectNoIsoInstants(t.db);
  });

  it('turns instants stored as ISO strings into timestamps, and deadlines into core’s', async () => {
    // Written by hand or by older code: strings, and deadlines under other keys.
    await createComplaint(t.db, 'sandik', 'old', {
      receivedAt: '2026-12-01T01:00:00.000Z',
      statusChangedAt: '2026-12-02T01:00:00.000Z',
      awaitingReplySince: '2026-12-02T03:00:00.000Z',
      deadlines: { verify: '2026-12-04T15:59:59.999Z', resolve: '2027-01-29T15:59:59.999Z' }
    });
    await processNewComplaint(t.db, 'sandik', 'old', { now: NOW });
    const stored = (await t.db.doc(paths.complaint('sandik', 'old')).get()).data();
    expectTimestamps(stored, [
      'receivedAt',
      'statusChangedAt',
      'awaitingReplySince',
      'updatedAt',
      'deadlines.verifikasi',
      'deadlines.tindak_lanjut',
      'deadlines.penyelesaian'
    ]);
    expect(plain(stored)).toMatchObject({
      receivedAt: '2026-12-01T01:00:00.000Z',
      statusChangedAt: '2026-12-02T01:00:00.000Z',
      awaitingReplySince: '2026-12-02T03:00:00.000Z',
      // Received Tue 1 Dec: 3 working days (to Fri 4), 3 + 5 (to Fri 11), 60 calendar days (Sat 30 Jan).
      deadlines: {
        verifikasi: '2026-12-04T15:59:59.999Z',
        tindak_lanjut: '2026-12-11T15:59:59.999Z',
        penyelesaian: '2027-01-30T15:59:59.999Z'
      }
    });
    expect(Object.keys(stored!.deadlines as object).sort()).toEqual([
      'penyelesaian',
      'tindak_lanjut',
      'verifikasi'
    ]);
    await expectNoIsoInstants(t.db);
  });

  it('counts the case and writes one audit entry keyed by the event', async () => {
    await createComplaint(t.db, 'sandik', 'c1');
    await processNewComplaint(t.db, 'sandik', 'c1', { now: NOW, eventId: 'e1' });
    const counts = plain((await t.db.doc(paths.caseCounts('sandik')).get()).data());
    expect(counts).toEqual({ total: 1, open: 1, byStatus: { diterima: 1 }, updatedAt: NOW.toISOString() });
    const audit = await auditEntries(t.db);
    expect(audit).toHaveLength(1);
    expect(plain(audit[0])).toMatchObject({
      at: NOW.toISOString(),
      action: 'complaint.numbered',
      actor: 'sistem',
      ccId: 'sandik',
      complaintId: 'c1',
      eventId: 'e1',
      details: { registerNumber: '001/CC-SA/XII/2026', sequence: 1, status: 'diterima', restoredView: false }
    });
  });

  it('changes nothing when the same event is delivered again, or another event for the same complaint', async () => {
    await createComplaint(t.db, 'sandik', 'c1');
    await processNewComplaint(t.db, 'sandik', 'c1', { now: NOW, eventId: 'e1' });
    const before = await snapshotAll();
    expect(await processNewComplaint(t.db, 'sandik', 'c1', { now: new Date(), eventId: 'e1' })).toEqual({
      outcome: 'duplicate_event'
    });
    expect(await processNewComplaint(t.db, 'sandik', 'c1', { now: new Date(), eventId: 'e2' })).toEqual({
      outcome: 'already_done'
    });
    expect(await snapshotAll()).toEqual(before);
  });

  it('numbers 50 complaints created at once with 50 distinct consecutive numbers', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `burst-${i}`);
    await Promise.all(ids.map((id) => createComplaint(t.db, 'sandik', id)));
    const results = await Promise.all(
      ids.map((id) => processNewComplaint(t.db, 'sandik', id, { now: NOW, eventId: `ev-${id}` }))
    );
    expect(results.every((r) => r.outcome === 'numbered')).toBe(true);
    const numbers = results.map((r) => r.registerNumber!).sort();
    const expected = Array.from({ length: 50 }, (_, i) => `${String(i + 1).padStart(3, '0')}/CC-SA/XII/2026`);
    expect(numbers).toEqual(expected);
    const stored = await t.db.collection(paths.complaints('sandik')).get();
    expect(stored.docs.map((d) => d.data().registerNumber as string).sort()).toEqual(expected);
    expect((await t.db.doc(paths.registerCounter('sandik', 2026)).get()).data()?.last).toBe(50);
    const counts = (await t.db.doc(paths.caseCounts('sandik')).get()).data();
    expect(counts).toMatchObject({ total: 50, open: 50, byStatus: { diterima: 50 } });
  });

  it('keeps one sequence per CC and restarts it in a new WITA year', async () => {
    await seedCenter(t.db, 'mambalan', MAMBALAN);
    await createComplaint(t.db, 'sandik', 'a');
    await createComplaint(t.db, 'mambalan', 'b');
    await createComplaint(t.db, 'sandik', 'c');
    // 31 Dec 2026 16:30 UTC is already 1 January 2027, 00:30 WITA.
    const newYear = new Date('2026-12-31T16:30:00.000Z');
    expect((await processNewComplaint(t.db, 'sandik', 'a', { now: NOW })).registerNumber).toBe(
      '001/CC-SA/XII/2026'
    );
    expect((await processNewComplaint(t.db, 'mambalan', 'b', { now: NOW })).registerNumber).toBe(
      '001/LA-PM/XII/2026'
    );
    expect((await processNewComplaint(t.db, 'sandik', 'c', { now: newYear })).registerNumber).toBe(
      '001/CC-SA/I/2027'
    );
  });

  it('takes the receipt time from the document’s creation when the event is handled late', async () => {
    await createComplaint(t.db, 'sandik', 'late');
    const createdAt = new Date('2026-11-30T15:30:00.000Z'); // 30 Nov, 23:30 WITA
    const result = await processNewComplaint(t.db, 'sandik', 'late', { now: NOW, createdAt });
    expect(result.registerNumber).toBe('001/CC-SA/XI/2026');
    const stored = plain((await t.db.doc(paths.complaint('sandik', 'late')).get()).data()!);
    expect(stored.receivedAt).toBe('2026-11-30T15:30:00.000Z');
    expect(stored.updatedAt).toBe(NOW.toISOString());
  });

  it('keeps the receipt time a web complaint carries (the server time of its creation)', async () => {
    await createComplaint(t.db, 'sandik', 'web', { receivedAt: stamp('2026-12-02T23:00:00.000Z') });
    await processNewComplaint(t.db, 'sandik', 'web', { now: NOW });
    const stored = plain((await t.db.doc(paths.complaint('sandik', 'web')).get()).data()!);
    expect(stored).toMatchObject({
      receivedAt: '2026-12-02T23:00:00.000Z',
      statusChangedAt: '2026-12-02T23:00:00.000Z',
      registerNumber: '001/CC-SA/XII/2026'
    });
  });

  it('numbers a paper complaint by its day of receipt, not the day it was typed in', async () => {
    await createComplaint(t.db, 'sandik', 'paper', { channel: 'surat', receivedAt: '2026-11-20' });
    const result = await processNewComplaint(t.db, 'sandik', 'paper', { now: NOW });
    expect(result.registerNumber).toBe('001/CC-SA/XI/2026');
    const stored = plain((await t.db.doc(paths.complaint('sandik', 'paper')).get()).data()!);
    // 00:00 WITA on 20 November.
    expect(stored.receivedAt).toBe('2026-11-19T16:00:00.000Z');
  });

  it('restores a missing tracking view of an already numbered complaint without a new number', async () => {
    const complaint = await createComplaint(t.db, 'sandik', 'imported', {
      registerNumber: '007/CC-SA/XII/2026',
      status: 'selesai',
      receivedAt: stamp('2026-12-01T01:00:00.000Z'),
      closedAt: stamp('2026-12-02T01:00:00.000Z')
    });
    const result = await processNewComplaint(t.db, 'sandik', 'imported', { now: NOW, eventId: 'x' });
    expect(result).toEqual({ outcome: 'view_restored', registerNumber: '007/CC-SA/XII/2026' });
    expect((await t.db.doc(paths.registerCounter('sandik', 2026)).get()).exists).toBe(false);
    const view = (await t.db.doc(paths.tracking(complaint.trackingCode)).get()).data()!;
    expect(view).toMatchObject({ status: 'selesai', open: false, registerNumber: '007/CC-SA/XII/2026' });
    const counts = (await t.db.doc(paths.caseCounts('sandik')).get()).data();
    expect(counts).toMatchObject({ total: 1, byStatus: { selesai: 1 } });
    expect(counts?.open).toBeUndefined();
  });

  it('leaves a complaint of a CC without a register code alone', async () => {
    await seedCenter(t.db, 'baru', { name: 'CC Baru' });
    await createComplaint(t.db, 'baru', 'c1');
    expect(await processNewComplaint(t.db, 'baru', 'c1', { now: NOW })).toEqual({ outcome: 'no_center' });
    expect((await t.db.doc(paths.complaint('baru', 'c1')).get()).data()?.registerNumber).toBeUndefined();
  });
});

/** Every document of the database, for before/after comparisons. */
async function snapshotAll(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const walk = async (refs: FirebaseFirestore.CollectionReference[]) => {
    for (const collection of refs) {
      for (const doc of (await collection.get()).docs) {
        out[doc.ref.path] = doc.data();
        await walk(await doc.ref.listCollections());
      }
    }
  };
  await walk(await t.db.listCollections());
  return out;
}
