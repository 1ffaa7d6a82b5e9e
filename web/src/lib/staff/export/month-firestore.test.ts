/**
 * The month's register against our emulator with the real firestore.rules: only the month's
 * complaints are read (plus their contacts when names are asked for), and another CC's
 * moderator is refused.
 */
import { doc, Timestamp, writeBatch, type EmulatorMockTokenOptions } from 'firebase/firestore/lite';
import { staffToken, startRulesEmulator, type RulesEmulator } from '../../testing/rules-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerRows } from './columns';
import { readMonthBook } from './month';

const PROJECT = 'demo-staff-month-test';

let firestore: RulesEmulator;
const client = (name: string, token?: EmulatorMockTokenOptions | 'owner') => firestore.client(name, token);

function complaint(n: number, receivedAt: string) {
  return {
    ccId: 'sandik',
    sector: 'kesehatan',
    providerName: 'Puskesmas Meninting',
    location: { desa: 'Sandik' },
    chronology: 'Pasien diminta membayar untuk layanan yang seharusnya gratis.',
    status: 'diterima',
    receivedAt: Timestamp.fromDate(new Date(receivedAt)),
    registerNumber: `${String(n).padStart(3, '0')}/CC-SA/XII/2026`
  };
}

beforeAll(async () => {
  firestore = await startRulesEmulator(PROJECT);
  const owner = client('owner', 'owner');
  const batch = writeBatch(owner);
  batch.set(doc(owner, 'centers/sandik'), { name: 'CC Saling Anton', code: 'CC-SA', active: true });
  // 30 Nov 16:30 UTC is 1 Dec 00:30 WITA: December's. 30 Nov 15:59 UTC is still November.
  const stored: [string, number, string, string | null][] = [
    ['nov', 40, '2026-11-30T15:59:00Z', 'Amaq Sahnun'],
    ['d1', 1, '2026-11-30T16:30:00Z', 'Baiq Nurhayati'],
    ['d2', 2, '2026-12-02T03:00:00Z', null],
    ['jan', 1, '2026-12-31T16:00:00Z', 'Inaq Rumiati']
  ];
  for (const [id, n, at, name] of stored) {
    batch.set(doc(owner, `centers/sandik/complaints/${id}`), complaint(n, at));
    batch.set(doc(owner, `centers/sandik/complaints/${id}/private/contact`), name ? { name } : {});
  }
  await batch.commit();
});

afterAll(async () => {
  await firestore.stop();
});

describe("the month's register", () => {
  it('reads only the WITA month, with names from the contacts', async () => {
    const mod = client('mod', staffToken('mod-sandik', { sandik: 'moderator' }));
    const book = await readMonthBook('sandik', '2026-12', true, mod);
    expect(registerRows(book.entries).map((r) => [r.registerNumber, r.receivedDate, r.complainant])).toEqual([
      ['001/CC-SA/XII/2026', '2026-12-01', 'Baiq Nurhayati'],
      ['002/CC-SA/XII/2026', '2026-12-02', '']
    ]);
    expect(book.reads).toBe(4);
    const withoutNames = await readMonthBook('sandik', '2026-12', false, mod);
    expect(withoutNames.reads).toBe(2);
    expect(withoutNames.entries.every((e) => e.complainantName === null)).toBe(true);
  });

  it("refuses another CC's moderator", async () => {
    const other = client('other', staffToken('mod-mambalan', { mambalan: 'moderator' }));
    await expect(readMonthBook('sandik', '2026-12', true, other)).rejects.toMatchObject({
      code: 'permission-denied'
    });
  });
});
