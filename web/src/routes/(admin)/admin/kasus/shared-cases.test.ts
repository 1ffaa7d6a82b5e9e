import { describe, expect, it } from 'vitest';
import { complaintFromData, logEntryFromData } from '$lib/staff/cases/model';
import { publicEntries, sharedCasePath, sharedCaseRows } from './shared-cases';

const share = (at: string, extra: Record<string, unknown> = {}) => ({
  shared: true,
  by: 'mod',
  role: 'moderator',
  at: new Date(at),
  reason: 'Perlu eskalasi ke Ombudsman.',
  entryId: 'b-1',
  ...extra
});
const complaint = (ccId: string, id: string, networkShare: Record<string, unknown>) =>
  complaintFromData(id, {
    ccId,
    status: 'dirujuk',
    sector: 'administrasi_kependudukan',
    providerName: 'Dukcapil Lombok Barat',
    location: { desa: 'Sandik' },
    registerNumber: `00${id.length}/CC-SA/XII/2026`,
    networkShare
  });

describe('sharedCaseRows', () => {
  it('lists shared cases latest share first, with the CC name and why', () => {
    const rows = sharedCaseRows(
      [
        complaint('sandik', 'a', share('2026-11-20T02:00:00Z')),
        complaint('mambalan', 'b', share('2026-12-01T02:00:00Z', { role: 'koordinator', reason: 'Pungli.' })),
        complaint('sandik', 'c', share('2026-11-25T02:00:00Z'))
      ],
      { sandik: 'CC Saling Anton', mambalan: 'Lembaga Adat Paer Mambal' }
    );
    expect(rows.map((r) => [r.ccId, r.id, r.centerName, r.sharedByRole, r.reason])).toEqual([
      ['mambalan', 'b', 'Lembaga Adat Paer Mambal', 'koordinator', 'Pungli.'],
      ['sandik', 'c', 'CC Saling Anton', 'moderator', 'Perlu eskalasi ke Ombudsman.'],
      ['sandik', 'a', 'CC Saling Anton', 'moderator', 'Perlu eskalasi ke Ombudsman.']
    ]);
    expect(rows[0]).toMatchObject({
      status: 'dirujuk',
      sector: 'administrasi_kependudukan',
      providerName: 'Dukcapil Lombok Barat',
      desa: 'Sandik',
      sharedAt: '2026-12-01T02:00:00.000Z'
    });
  });

  it('leaves out a withdrawn share and names an unknown CC by its id', () => {
    const rows = sharedCaseRows(
      [
        complaint('sandik', 'a', share('2026-11-20T02:00:00Z', { shared: false })),
        complaint('baru', 'd', share('2026-11-21T02:00:00Z'))
      ],
      {}
    );
    expect(rows.map((r) => [r.id, r.centerName])).toEqual([['d', 'baru']]);
  });

  it('links each row to its read-only page', () => {
    expect(sharedCasePath({ ccId: 'sandik', id: 'c-1' })).toBe('/admin/kasus/sandik/c-1');
  });
});

describe('publicEntries', () => {
  it('keeps only what the complainant may see', () => {
    const log = [
      logEntryFromData('l1', { type: 'pembaruan_publik', visibility: 'publik', text: 'Sudah ke Dukcapil.' }),
      logEntryFromData('l2', { type: 'catatan_internal', visibility: 'internal', text: 'Jangan sebut nama.' })
    ];
    expect(publicEntries(log).map((e) => e.id)).toEqual(['l1']);
  });
});
