import { Timestamp } from 'firebase-admin/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ImportedComplaint } from '@buku/core/import/index';
import { chunkRows, importBook, MAX_WRITES_PER_CHUNK, prepareRow } from '../src/import/import-book';
import { paths } from '../src/paths';
import { auditEntries, plain, seedCenter } from './support/fixtures';
import { MemoryDirectory } from './support/directory';
import { startTestFirestore, type TestFirestore } from './support/firestore';
import { expectNoIsoInstants, expectTimestamps } from './support/instants';

let t: TestFirestore;
let directory: MemoryDirectory;
beforeAll(async () => {
  t = await startTestFirestore();
});
afterAll(async () => {
  await t.stop();
});
beforeEach(async () => {
  await t.emulator.clear();
  await seedCenter(t.db, 'sandik');
  directory = new MemoryDirectory();
  directory.add({ uid: 'koor', claims: { cc: { sandik: 'koordinator' } } });
  directory.add({ uid: 'mod', claims: { cc: { sandik: 'moderator' } } });
});

function row(line: number, overrides: Partial<ImportedComplaint> = {}): ImportedComplaint {
  return {
    line,
    receivedDate: '2026-10-05',
    complainantName: 'Lalu Ahmad',
    contact: '0819-0700-1234',
    gender: 'laki_laki',
    desa: 'Sandik',
    dusun: 'Kebon Talo',
    sector: 'administrasi_kependudukan',
    sectorText: 'KTP',
    provider: 'Dukcapil Lombok Barat',
    description: 'KTP elektronik belum jadi sejak tiga bulan setelah perekaman di kantor camat.',
    remedy: 'KTP segera dicetak',
    status: 'diterima',
    ...overrides
  } as ImportedComplaint;
}

const deps = () => ({ db: t.db, directory, now: () => new Date('2026-12-03T02:00:00.000Z') });

describe('importing a paper complaint book', () => {
  it('numbers rows in order of receipt, writes complaint and contact, and returns the rejected rows', async () => {
    const rows = [
      row(2, { receivedDate: '2026-10-07' }),
      row(3, { receivedDate: '2026-10-01', status: 'selesai', closedDate: '2026-10-20' }),
      row(4, { description: 'KTP belum jadi.' }),
      row(5, { receivedDate: '2025-12-30' })
    ];
    const result = await importBook(
      deps(),
      { uid: 'koor' },
      { ccId: 'sandik', importId: 'buku-2026-a', rows }
    );
    expect(result).toMatchObject({
      imported: 3,
      alreadyImported: 0,
      chunks: 1,
      firstRegisterNumber: '001/CC-SA/XII/2025',
      lastRegisterNumber: '002/CC-SA/X/2026'
    });
    expect(result.rejected).toEqual([
      {
        line: 4,
        problems: [
          {
            field: 'chronology',
            message: {
              id: 'Terlalu pendek: paling sedikit 20 huruf.',
              en: 'Too short: at least 20 characters.'
            }
          }
        ]
      }
    ]);
    const docs = (await t.db.collection(paths.complaints('sandik')).get()).docs.map((d) => plain(d.data()));
    const byLine = Object.fromEntries(docs.map((d) => [d.importedFrom.line, d]));
    expect(byLine[3]).toMatchObject({
      registerNumber: '001/CC-SA/X/2026',
      status: 'selesai',
      receivedAt: '2026-09-30T16:00:00.000Z',
      closedAt: '2026-10-19T16:00:00.000Z',
      privacy: 'rahasia',
      channel: 'datang_langsung',
      forumTraits: { gender: 'laki_laki', urgencyUnrecorded: true }
    });
    expect(byLine[2]?.registerNumber).toBe('002/CC-SA/X/2026');
    // Stored as timestamps, like every instant (the monthly run queries them as such).
    const raw = (await t.db.collection(paths.complaints('sandik')).get()).docs.map((d) => d.data());
    for (const complaint of raw) {
      expectTimestamps(complaint, [
        'receivedAt',
        'statusChangedAt',
        'updatedAt',
        'deadlines.verifikasi',
        'deadlines.tindak_lanjut',
        'deadlines.penyelesaian'
      ]);
      expect(Object.keys(complaint.deadlines as object).sort()).toEqual([
        'penyelesaian',
        'tindak_lanjut',
        'verifikasi'
      ]);
      // The service day is a calendar day: a string.
      expect(typeof complaint.occurredAt).toBe('string');
    }
    const closed = raw.find((c) => (c.importedFrom as { line: number }).line === 3)!;
    expectTimestamps(closed, ['closedAt']);
    expect(closed.statusChangedAt).toEqual(closed.closedAt);
    expect(closed.receivedAt).toBeInstanceOf(Timestamp);
    expectTimestamps((await t.db.doc(paths.registerCounter('sandik', 2026)).get()).data(), ['updatedAt']);
    for (const entry of await auditEntries(t.db)) expectTimestamps(entry, ['at']);
    await expectNoIsoInstants(t.db);
    expect(byLine[5]?.registerNumber).toBe('001/CC-SA/XII/2025');
    expect(JSON.stringify(docs)).not.toContain('Lalu Ahmad');
    const contacts = await t.db.collectionGroup('private').get();
    expect(contacts.docs.map((d) => d.data())).toContainEqual({
      name: 'Lalu Ahmad',
      phone: '+6281907001234',
      gender: 'laki_laki'
    });
    expect((await t.db.doc(paths.registerCounter('sandik', 2026)).get()).data()?.last).toBe(2);
    expect((await t.db.doc(paths.registerCounter('sandik', 2025)).get()).data()?.last).toBe(1);
  });

  it('writes a large book in chunks of at most 500 writes, and a retry adds nothing', async () => {
    const rows = Array.from({ length: 300 }, (_, i) =>
      row(i + 2, {
        receivedDate: `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`
      })
    );
    const prepared = rows.map((r) => prepareRow('sandik', r as unknown as Record<string, unknown>));
    const chunks = chunkRows(prepared.filter((p) => !('problems' in p)) as Parameters<typeof chunkRows>[0]);
    expect(chunks.map((c) => c.length)).toEqual([249, 51]);
    for (const chunk of chunks) expect(chunk.length * 2 + 1 + 1).toBeLessThanOrEqual(MAX_WRITES_PER_CHUNK);

    t.ops.reset();
    const result = await importBook(
      deps(),
      { uid: 'koor' },
      { ccId: 'sandik', importId: 'buku-besar', rows }
    );
    expect(result).toMatchObject({ imported: 300, alreadyImported: 0, chunks: 2, rejected: [] });
    const numbers = (await t.db.collection(paths.complaints('sandik')).get()).docs
      .map((d) => Number(String(d.data().registerNumber).slice(0, 3)))
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));

    const retry = await importBook(deps(), { uid: 'koor' }, { ccId: 'sandik', importId: 'buku-besar', rows });
    expect(retry).toMatchObject({ imported: 0, alreadyImported: 300 });
    expect((await t.db.collection(paths.complaints('sandik')).get()).size).toBe(300);
    expect((await t.db.doc(paths.registerCounter('sandik', 2026)).get()).data()?.last).toBe(300);
    expect((await auditEntries(t.db)).filter((a) => a.action === 'book.imported')).toHaveLength(2);
  });

  it('is for koordinators and admins only', async () => {
    await expect(
      importBook(deps(), { uid: 'mod' }, { ccId: 'sandik', importId: 'buku-2026-a', rows: [row(2)] })
    ).rejects.toMatchObject({ code: 'permission-denied', details: { reason: 'not_coordinator' } });
    await expect(
      importBook(deps(), undefined, { ccId: 'sandik', importId: 'buku-2026-a', rows: [row(2)] })
    ).rejects.toMatchObject({ code: 'unauthenticated' });
    expect((await t.db.collection(paths.complaints('sandik')).get()).size).toBe(0);
  });
});
