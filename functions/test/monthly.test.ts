import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { computeMonthlyForum, previousMonth } from '../src/forum/monthly-forum';
import { paths } from '../src/paths';
import { storedComplaintInstants } from '../src/instants';
import { auditEntries, citizenComplaint, MAMBALAN, plain, seedCenter } from './support/fixtures';
import { startTestFirestore, type TestFirestore } from './support/firestore';
import { expectNoIsoInstants, expectTimestamps } from './support/instants';

let t: TestFirestore;
beforeAll(async () => {
  t = await startTestFirestore();
});
afterAll(async () => {
  await t.stop();
});

/** A complaint as stored after the intake (numbered, with status and traits); instants given as ISO. */
async function stored(cc: string, id: string, fields: Record<string, unknown>) {
  // Timestamps, as functions store them: the run's `receivedAt <` query compares timestamps.
  await t.db.doc(paths.complaint(cc, id)).set(
    storedComplaintInstants({
      ...citizenComplaint(cc),
      status: 'diterima',
      forumTraits: { gender: 'perempuan', ageGroup: '30_44', disability: false },
      ...fields
    })
  );
}

const RUN_AT = new Date('2026-11-30T17:00:00.000Z'); // 1 December 2026, 01:00 WITA

beforeEach(async () => {
  await t.emulator.clear();
  await seedCenter(t.db, 'sandik');
  await seedCenter(t.db, 'mambalan', MAMBALAN);
  await seedCenter(t.db, 'sepi', { ...MAMBALAN, name: 'CC Sepi', code: 'CC-SP' });
  await stored('sandik', 's1', { receivedAt: '2026-11-02T01:00:00.000Z' });
  await stored('sandik', 's2', {
    receivedAt: '2026-11-03T01:00:00.000Z',
    status: 'selesai',
    verifiedAt: '2026-11-04T01:00:00.000Z',
    closedAt: '2026-11-20T01:00:00.000Z'
  });
  await stored('sandik', 's3', {
    receivedAt: '2026-11-30T15:59:00.000Z',
    forumTraits: { gender: 'laki_laki' }
  });
  // 30 Nov 16:00 UTC is already 1 December in WITA: not November's.
  await stored('sandik', 's4', { receivedAt: '2026-11-30T16:00:00.000Z' });
  // Received in October, still open: carried over.
  await stored('sandik', 's5', { receivedAt: '2026-10-15T01:00:00.000Z' });
  await stored('mambalan', 'm1', {
    receivedAt: '2026-11-10T01:00:00.000Z',
    providerName: 'puskesmas  meninting',
    location: { desa: 'Mambalan' }
  });
  await stored('mambalan', 'm2', {
    receivedAt: '2026-11-11T01:00:00.000Z',
    providerName: 'Puskesmas Meninting',
    location: { desa: 'Mambalan' }
  });
  await stored('mambalan', 'm3', {
    receivedAt: '2026-11-12T01:00:00.000Z',
    sector: 'pendidikan',
    providerName: 'SD Negeri 1 Mambalan',
    location: { desa: 'Mambalan' },
    urgency: 'biasa'
  });
});

describe('the monthly forum run', () => {
  it('computes last month in WITA', () => {
    expect(previousMonth(RUN_AT)).toBe('2026-11');
    expect(previousMonth(new Date('2026-11-30T15:59:00.000Z'))).toBe('2026-10');
    expect(previousMonth(new Date('2027-01-01T00:00:00.000Z'))).toBe('2026-12');
  });

  it('stores each CC’s aggregates and the network ranking, de-identified', async () => {
    const result = await computeMonthlyForum(t.db, '2026-11', { now: RUN_AT });
    expect(result).toEqual({ month: '2026-11', centers: 3, complaints: 7, written: 4, issues: 2 });

    const sandik = plain((await t.db.doc(paths.monthly('sandik', '2026-11')).get()).data()!);
    expect(sandik).toMatchObject({
      ccId: 'sandik',
      month: '2026-11',
      received: 3,
      verified: 1,
      resolved: 1,
      openCarriedOver: 1,
      openAtEnd: 3,
      bySector: { kesehatan: 3 },
      complainants: { byGender: { laki_laki: 1, perempuan: 2 } },
      computedAt: RUN_AT.toISOString()
    });
    const sepi = (await t.db.doc(paths.monthly('sepi', '2026-11')).get()).data()!;
    expect(sepi).toMatchObject({ ccId: 'sepi', received: 0, openAtEnd: 0 });

    const forum = (await t.db.doc(paths.forum('2026-11')).get()).data()!;
    expect(forum.month).toBe('2026-11');
    expect(forum.issueCount).toBe(2);
    const [first, second] = forum.issues as {
      rank: number;
      key: string;
      provider: string;
      facts: { complaints: number; ccs: number; villages: number; active: number };
      explanation: { id: string; en: string };
    }[];
    expect(first).toMatchObject({ rank: 1, provider: 'Puskesmas Meninting' });
    expect(first!.key.startsWith('kesehatan|')).toBe(true);
    expect(first!.facts).toMatchObject({ complaints: 5, ccs: 2, villages: 2, active: 6 });
    expect(first!.explanation.id.length).toBeGreaterThan(10);
    expect(first!.explanation.en.length).toBeGreaterThan(10);
    expect(second).toMatchObject({ rank: 2, provider: 'SD Negeri 1 Mambalan' });
    // The only instant on the aggregates and the ranking, a timestamp like every stored instant.
    expectTimestamps((await t.db.doc(paths.monthly('sandik', '2026-11')).get()).data(), ['computedAt']);
    expectTimestamps(forum, ['computedAt']);
    for (const entry of await auditEntries(t.db)) expectTimestamps(entry, ['at']);
    await expectNoIsoInstants(t.db);
    const text = JSON.stringify({ sandik, forum });
    for (const secret of ['Baiq', 'Karang Bedil', 'BPJS', 'warga-1', 'chronology'])
      expect(text).not.toContain(secret);
  });

  it('gives the same result when run twice, rewriting nothing', async () => {
    await computeMonthlyForum(t.db, '2026-11', { now: RUN_AT });
    const first = await everything();
    const again = await computeMonthlyForum(t.db, '2026-11', { now: new Date('2026-12-02T00:00:00.000Z') });
    expect(again.written).toBe(0);
    expect(await everything()).toEqual(first);
    expect((await auditEntries(t.db)).filter((a) => a.action === 'forum.computed')).toHaveLength(2);
  });

  it('rewrites only what changed when a late complaint arrives', async () => {
    await computeMonthlyForum(t.db, '2026-11', { now: RUN_AT });
    await stored('mambalan', 'late', {
      receivedAt: '2026-11-25T01:00:00.000Z',
      location: { desa: 'Mambalan' }
    });
    const again = await computeMonthlyForum(t.db, '2026-11', { now: RUN_AT });
    // Mambalan's aggregate and the ranking; Sandik and Sepi are untouched.
    expect(again.written).toBe(2);
    expect((await t.db.doc(paths.monthly('mambalan', '2026-11')).get()).data()?.received).toBe(4);
  });

  it('refuses a malformed month', async () => {
    await expect(computeMonthlyForum(t.db, '2026-13')).rejects.toThrow('invalid month');
  });
});

async function everything() {
  const out: Record<string, unknown> = {};
  for (const cc of ['sandik', 'mambalan', 'sepi']) {
    out[cc] = (await t.db.doc(paths.monthly(cc, '2026-11')).get()).data();
  }
  out.forum = (await t.db.doc(paths.forum('2026-11')).get()).data();
  return out;
}
