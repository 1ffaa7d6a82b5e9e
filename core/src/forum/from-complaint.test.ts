import { describe, expect, it } from 'vitest';
import type { ComplaintRecord } from '../complaints/schema';
import { MonthlyAggregator } from './aggregate';
import { forumRecordFromComplaint } from './from-complaint';

const stored: ComplaintRecord = {
  ccId: 'saling-anton',
  sector: 'air_bersih',
  providerName: 'PDAM Giri Menang',
  maladministrationType: 'penundaan_berlarut',
  location: { desa: 'Sandik', desaCode: '52.01.14.2003' },
  chronology: 'Air tidak mengalir sejak tiga minggu di lingkungan kami.',
  remedyWanted: 'Air mengalir kembali',
  occurredAt: '2026-11-01',
  peopleAffected: 40,
  urgency: 'darurat',
  consentToContact: true,
  privacy: 'anonim',
  channel: 'whatsapp',
  status: 'selesai',
  receivedAt: '2026-11-02T01:00:00.000Z',
  trackingCode: 'ABCDEFGHJKLM',
  statusChangedAt: '2026-11-20T03:00:00.000Z',
  verifiedAt: '2026-11-03T02:00:00.000Z',
  firstFollowUpAt: '2026-11-05T02:00:00.000Z',
  closedAt: '2026-11-20T03:00:00.000Z',
  deadlines: {
    verifikasi: '2026-11-05T15:59:59.999Z',
    tindak_lanjut: '2026-11-10T15:59:59.999Z',
    penyelesaian: '2027-01-01T15:59:59.999Z'
  }
};

describe('a stored complaint as a forum record', () => {
  it('keeps what the forum counts and nothing that identifies the complainant', () => {
    const record = forumRecordFromComplaint(
      stored,
      { gender: 'perempuan', ageGroup: '30_44', disabilities: ['sensorik_netra'] },
      { satisfaction: 5 }
    );
    expect(record).toEqual({
      ccId: 'saling-anton',
      receivedAt: '2026-11-02T01:00:00.000Z',
      sector: 'air_bersih',
      provider: 'PDAM Giri Menang',
      maladministration: 'penundaan_berlarut',
      channel: 'whatsapp',
      desa: 'Sandik',
      peopleAffected: 40,
      urgency: 'darurat',
      status: 'selesai',
      verifiedAt: '2026-11-03T02:00:00.000Z',
      followedUpAt: '2026-11-05T02:00:00.000Z',
      resolvedAt: '2026-11-20T03:00:00.000Z',
      verifyDueAt: '2026-11-05T15:59:59.999Z',
      followUpDueAt: '2026-11-10T15:59:59.999Z',
      resolveDueAt: '2027-01-01T15:59:59.999Z',
      gender: 'perempuan',
      ageGroup: '30_44',
      disability: true,
      disabilities: ['sensorik_netra'],
      satisfaction: 5
    });
    expect(JSON.stringify(record)).not.toMatch(/tiga minggu|ABCDEF/);
  });

  it('puts the closing instant where the status says, and counts it', () => {
    const rejected = forumRecordFromComplaint({ ...stored, status: 'ditolak' });
    expect(rejected.rejectedAt).toBe(stored.closedAt);
    expect(rejected.resolvedAt).toBeUndefined();
    const acc = new MonthlyAggregator({ from: '2026-11' });
    acc.add(forumRecordFromComplaint(stored));
    acc.add(rejected);
    acc.add(forumRecordFromComplaint({ ...stored, status: 'ditutup_tanpa_tanggapan' }));
    const [nov] = acc.finish();
    expect(nov).toMatchObject({
      received: 3,
      resolved: 1,
      rejected: 1,
      closedWithoutResponse: 1,
      openAtEnd: 0
    });
    // Received 09:00 WITA Monday, verified Tuesday: 1 working day; resolved Friday 20th: 14.
    expect(nov!.workingDaysToVerify).toEqual({ count: 3, median: 1, p90: 1 });
    expect(nov!.workingDaysToResolve).toEqual({ count: 1, median: 14, p90: 14 });
  });
});
