import { describe, expect, it } from 'vitest';
import { MonthlyAggregator, type CcMonthlyAggregate } from './aggregate';
import type { ForumRecord } from './record';
import { weekendCalendar } from './working-days';

const base = { sector: 'lainnya', provider: 'Kantor Camat Gunungsari', desa: 'Sandik' } as const;

/** A month of one CC's book, November 2026 (1 Nov is a Sunday), with neighbours around it. */
const RECORDS: ForumRecord[] = [
  // r1: October case still being followed up: carried over, open at the end, not overdue.
  {
    ...base,
    ccId: 'a',
    receivedAt: '2026-10-20T09:00:00+08:00',
    verifiedAt: '2026-10-21T09:00:00+08:00',
    followedUpAt: '2026-10-23T09:00:00+08:00',
    status: 'ditindaklanjuti'
  },
  // r2: October case resolved in November after 5 working days.
  {
    ...base,
    ccId: 'a',
    receivedAt: '2026-10-28T09:00:00+08:00',
    verifiedAt: '2026-10-29T09:00:00+08:00',
    resolvedAt: '2026-11-04T10:00:00+08:00',
    status: 'selesai'
  },
  // r3: verified after 3 working days, then no follow-up: overdue at follow-up.
  {
    ccId: 'a',
    receivedAt: '2026-11-02T08:00:00+08:00',
    verifiedAt: '2026-11-05T10:00:00+08:00',
    status: 'diverifikasi',
    sector: 'kesehatan',
    provider: 'Puskesmas Gunungsari',
    desa: 'Mambalan',
    gender: 'perempuan',
    ageGroup: '30_44',
    disability: true,
    peopleAffected: 3,
    channel: 'datang_langsung',
    maladministration: 'penundaan_berlarut'
  },
  // r4: never verified: overdue at verification.
  {
    ccId: 'a',
    receivedAt: '2026-11-03T08:00:00+08:00',
    status: 'diterima',
    sector: 'kesehatan',
    provider: 'puskesmas gunung sari',
    desa: 'Gunungsari',
    gender: 'laki_laki',
    ageGroup: '60_plus',
    disability: false
  },
  // r5: rejected.
  {
    ccId: 'a',
    receivedAt: '2026-11-10T08:00:00+08:00',
    rejectedAt: '2026-11-11T08:00:00+08:00',
    status: 'ditolak',
    sector: 'air_bersih',
    provider: 'PDAM Giri Menang',
    desa: 'Sandik',
    channel: 'whatsapp'
  },
  // r6: verified the same day, resolved after 9 working days, satisfied (4).
  {
    ccId: 'a',
    receivedAt: '2026-11-16T08:00:00+08:00',
    verifiedAt: '2026-11-16T11:00:00+08:00',
    followedUpAt: '2026-11-17T11:00:00+08:00',
    resolvedAt: '2026-11-27T11:00:00+08:00',
    status: 'selesai',
    satisfaction: 4,
    sector: 'administrasi_kependudukan',
    provider: 'Dukcapil Lombok Barat',
    desa: 'Sandik'
  },
  // r7: closed without a reply from the complainant.
  {
    ccId: 'a',
    receivedAt: '2026-11-20T08:00:00+08:00',
    verifiedAt: '2026-11-20T09:00:00+08:00',
    closedAt: '2026-11-30T10:00:00+08:00',
    status: 'ditutup_tanpa_tanggapan',
    sector: 'administrasi_kependudukan',
    provider: 'Disdukcapil Lombok Barat',
    desa: 'Batu Layar'
  },
  // r8: 1 Dec 00:30 WITA (still 30 Nov in UTC): December's, not November's.
  { ...base, ccId: 'a', receivedAt: '2026-11-30T16:30:00Z', status: 'diterima' },
  // r9: 31 Oct 20:00 UTC is 1 Nov in WITA: November's; never verified.
  {
    ccId: 'a',
    receivedAt: '2026-10-31T20:00:00Z',
    status: 'diterima',
    sector: 'pendidikan',
    provider: 'SDN 1 Sandik',
    desa: 'Sandik'
  },
  // r10: settled in October: nothing in November.
  {
    ...base,
    ccId: 'a',
    receivedAt: '2026-09-01T08:00:00+08:00',
    resolvedAt: '2026-10-15T08:00:00+08:00',
    status: 'selesai'
  },
  // r11: another CC.
  { ...base, ccId: 'b', receivedAt: '2026-11-12T08:00:00+08:00', status: 'diterima' }
];

function aggregate(records: ForumRecord[], from = '2026-11', to = from, asOf?: string): CcMonthlyAggregate[] {
  const acc = new MonthlyAggregator({ from, to, calendar: weekendCalendar(), ...(asOf ? { asOf } : {}) });
  for (const r of records) acc.add(r);
  return acc.finish();
}

describe('per-CC monthly aggregates', () => {
  const [a, b] = aggregate(RECORDS) as [CcMonthlyAggregate, CcMonthlyAggregate];

  it('has one aggregate per CC and month, sorted', () => {
    expect(a.ccId).toBe('a');
    expect(a.month).toBe('2026-11');
    expect(b.ccId).toBe('b');
    expect(b.received).toBe(1);
  });

  it('counts what happened in the month', () => {
    expect(a.received).toBe(6);
    expect(a.verified).toBe(3);
    expect(a.followedUp).toBe(1);
    expect(a.resolved).toBe(2);
    expect(a.rejected).toBe(1);
    expect(a.closedWithoutResponse).toBe(1);
  });

  it('carries open cases over from earlier months and counts what is open at the end', () => {
    expect(a.openCarriedOver).toBe(2);
    expect(a.openAtEnd).toBe(4);
  });

  it('breaks the month down by sector, provider, type, channel and village', () => {
    expect(a.bySector).toEqual({ administrasi_kependudukan: 2, air_bersih: 1, kesehatan: 2, pendidikan: 1 });
    expect(a.byProvider).toEqual({
      dukcapillombokbarat: 2,
      pdamgirimenang: 1,
      puskesmasgunungsari: 2,
      sdnegeri1sandik: 1
    });
    expect(a.providerNames).toEqual({
      dukcapillombokbarat: 'Disdukcapil Lombok Barat',
      pdamgirimenang: 'PDAM Giri Menang',
      puskesmasgunungsari: 'Puskesmas Gunungsari',
      sdnegeri1sandik: 'SDN 1 Sandik'
    });
    expect(a.byMaladministration).toEqual({ penundaan_berlarut: 1, tidak_tercatat: 5 });
    expect(a.byChannel).toEqual({ datang_langsung: 1, tidak_tercatat: 4, whatsapp: 1 });
    expect(a.byVillage).toEqual({ 'Batu Layar': 1, Gunungsari: 1, Mambalan: 1, Sandik: 3 });
  });

  it('counts complainants by gender, age group and disability, and people affected', () => {
    expect(a.complainants.byGender).toEqual({ laki_laki: 1, perempuan: 1, tidak_tercatat: 4 });
    expect(a.complainants.byAgeGroup).toEqual({ '30_44': 1, '60_plus': 1, tidak_tercatat: 4 });
    expect(a.complainants.byDisability).toEqual({ ya: 1, tidak: 1, tidak_tercatat: 4 });
    expect(a.peopleAffected).toBe(8);
  });

  it('gives median and 90th percentile working days to verify and to resolve', () => {
    // Verified in November after 3, 0 and 0 working days.
    expect(a.workingDaysToVerify).toEqual({ count: 3, median: 0, p90: 3 });
    // Resolved in November after 5 and 9 working days.
    expect(a.workingDaysToResolve).toEqual({ count: 2, median: 5, p90: 9 });
    expect(b.workingDaysToVerify).toEqual({ count: 0, median: null, p90: null });
  });

  it('counts overdue cases by stage at the end of the month', () => {
    expect(a.overdue).toEqual({ verification: 2, followUp: 1, resolution: 0, total: 3 });
  });

  it('summarises satisfaction of cases resolved in the month', () => {
    expect(a.satisfaction).toEqual({
      responses: 1,
      mean: 4,
      distribution: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 0 }
    });
  });

  it('does not depend on the order records arrive in', () => {
    const reversed = aggregate([...RECORDS].reverse());
    expect(reversed).toEqual(aggregate(RECORDS));
  });

  it('follows cases across a range of months', () => {
    const months = aggregate(RECORDS, '2026-09', '2026-12').filter((x) => x.ccId === 'a');
    expect(months.map((m) => m.month)).toEqual(['2026-09', '2026-10', '2026-11', '2026-12']);
    const [sep, oct, nov, dec] = months as [
      CcMonthlyAggregate,
      CcMonthlyAggregate,
      CcMonthlyAggregate,
      CcMonthlyAggregate
    ];
    expect([sep.received, oct.received, nov.received, dec.received]).toEqual([1, 2, 6, 1]);
    // r10 open at the end of September, carried into October, resolved there.
    expect(sep.openAtEnd).toBe(1);
    expect(oct.openCarriedOver).toBe(1);
    expect(oct.resolved).toBe(1);
    expect(oct.openAtEnd).toBe(2);
    expect(nov).toEqual(aggregate(RECORDS)[0]);
    // Into December: r1, r3, r4, r9 still open, plus r8.
    expect(dec.openCarriedOver).toBe(4);
    expect(dec.openAtEnd).toBe(5);
  });

  it('evaluates a month not yet over at `asOf`', () => {
    const [mid] = aggregate(RECORDS, '2026-11', '2026-11', '2026-11-04T12:00:00+08:00');
    // Open at noon on 4 Nov: r1, r3 (verified on the 5th), r4, r9; r2 resolved at 10:00.
    expect(mid!.openAtEnd).toBe(4);
    // r9 received 1 Nov (Sunday): 3 working days by the 4th, not yet late; r4 neither.
    expect(mid!.overdue.verification).toBe(0);
  });

  it('lists a CC that was touched even without complaints', () => {
    const acc = new MonthlyAggregator({ from: '2026-11' });
    acc.touch('kosong');
    const [empty] = acc.finish();
    expect(empty).toMatchObject({
      ccId: 'kosong',
      received: 0,
      openAtEnd: 0,
      bySector: {},
      peopleAffected: 0
    });
  });

  it('uses deadlines stored on the complaint when given', () => {
    const [x] = aggregate([
      {
        ...base,
        ccId: 'a',
        receivedAt: '2026-11-02T08:00:00+08:00',
        status: 'diterima',
        verifyDueAt: '2026-12-15T00:00:00+08:00'
      }
    ]);
    expect(x!.overdue.total).toBe(0);
  });

  it('does not count a paper-book case as late for a stage its status says is done', () => {
    const [x] = aggregate([
      { ...base, ccId: 'a', receivedAt: '2026-11-02', status: 'ditindaklanjuti' },
      { ...base, ccId: 'a', receivedAt: '2026-11-02', status: 'diterima' }
    ]);
    expect(x!.overdue).toEqual({ verification: 1, followUp: 0, resolution: 0, total: 1 });
    expect(x!.verified).toBe(0);
  });

  it('flags cases open beyond 60 days at the resolution stage', () => {
    const [x] = aggregate([
      {
        ...base,
        ccId: 'a',
        receivedAt: '2026-08-03T08:00:00+08:00',
        verifiedAt: '2026-08-04T08:00:00+08:00',
        followedUpAt: '2026-08-05T08:00:00+08:00',
        status: 'dirujuk'
      }
    ]);
    expect(x!.overdue).toEqual({ verification: 0, followUp: 0, resolution: 1, total: 1 });
    expect(x!.openCarriedOver).toBe(1);
  });
});
