import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ForumRecord } from '../forum/record';
import { seededRandom } from '../forum/generator';
import { LOMBOK_BARAT_VILLAGES } from '../forum/villages';
import { DEFAULT_WEIGHTS, rankingConfig } from './config';
import { compareIssues, rankIssues, type RankedIssue } from './rank';

const MONTH = '2026-11';

type ArbitraryValue<A> = A extends fc.Arbitrary<infer T> ? T : never;

/** A complaint received in November 2026 (or `monthsBack` earlier), open unless told. */
function complaint(
  overrides: Partial<ForumRecord> & { day?: number; monthsBack?: number } = {}
): ForumRecord {
  const { day = 10, monthsBack = 0, ...rest } = overrides;
  const month = 11 - monthsBack;
  const receivedAt = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T09:00:00+08:00`;
  return {
    ccId: 'cc-a',
    receivedAt,
    sector: 'kesehatan',
    provider: 'Puskesmas Gunungsari',
    desa: 'Mambalan',
    status: 'diterima',
    ...rest
  };
}

function resolvedWithin(record: ForumRecord, day: number, monthsBack = 0): ForumRecord {
  const month = 11 - monthsBack;
  return {
    ...record,
    status: 'selesai',
    verifiedAt: record.receivedAt,
    followedUpAt: record.receivedAt,
    resolvedAt: `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T15:00:00+08:00`
  };
}

function issue(records: ForumRecord[], key: string): RankedIssue {
  const found = rankIssues(records, MONTH).issues.find((i) => i.key === key);
  if (!found) throw new Error(`no issue ${key}`);
  return found;
}

/** What every complaint of a generated issue shares. */
const template = fc.record({
  urgency: fc.constantFrom('biasa', 'mendesak', 'darurat') as fc.Arbitrary<ForumRecord['urgency']>,
  peopleAffected: fc.integer({ min: 1, max: 60 }),
  resolved: fc.boolean(),
  day: fc.integer({ min: 2, max: 20 })
});

function fromTemplate(t: ArbitraryValue<typeof template>, extra: Partial<ForumRecord>): ForumRecord {
  const base = complaint({ day: t.day, urgency: t.urgency, peopleAffected: t.peopleAffected, ...extra });
  return t.resolved ? resolvedWithin(base, 25) : base;
}

describe('ranking components and score', () => {
  it('keeps every component, its weight and its points, summing to the score', () => {
    const records = [
      complaint({ ccId: 'a', desa: 'Mambalan', urgency: 'darurat', peopleAffected: 20 }),
      complaint({ ccId: 'b', desa: 'Gunungsari', urgency: 'biasa' }),
      resolvedWithin(complaint({ ccId: 'b', desa: 'Gunungsari', day: 3 }), 6),
      complaint({ ccId: 'a', monthsBack: 1 }),
      complaint({ ccId: 'a', monthsBack: 2, status: 'selesai', resolvedAt: '2026-09-20T09:00:00+08:00' })
    ];
    const [top] = rankIssues(records, MONTH).issues as [RankedIssue];
    expect(top.key).toBe('kesehatan|puskesmasgunungsari');
    expect(top.facts).toMatchObject({
      complaints: 3,
      ccs: 2,
      villages: 2,
      peopleAffected: 22,
      urgency: { biasa: 1, mendesak: 0, darurat: 1, tidak_tercatat: 1 },
      // 3 received in November + 1 carried over from October; the September one was settled.
      active: 4,
      openAtEnd: 3,
      monthlyComplaints: [1, 1, 3],
      monthsWithReports: 3,
      consecutiveMonths: 3,
      previousMonth: 1
    });
    expect(top.facts.dampedVolume).toBeCloseTo(1 + Math.SQRT2, 4);
    const c = top.components;
    expect(c.volume.value).toBeCloseTo((1 + Math.SQRT2) / (1 + Math.SQRT2 + 5), 4);
    expect(c.breadth.value).toBeCloseTo(0.5 * (2 / 5) + 0.5 * (2 / 6), 4);
    expect(c.peopleAffected.value).toBeCloseTo(22 / 72, 4);
    expect(c.urgency.value).toBeCloseTo((0 + 1 + 0.5) / 3, 4);
    expect(c.unresolved.value).toBe(0.75);
    expect(c.persistence.value).toBe(1);
    expect(c.trend.value).toBe(0.75);
    // The three open cases were never verified: all past verification at the end of November.
    expect(c.overdue.value).toBe(0.75);
    const sum = Object.values(c).reduce((s, x) => s + 100 * x.weight * x.value, 0);
    expect(top.score).toBeCloseTo(sum, 2);
    expect(c.breadth.weight).toBe(DEFAULT_WEIGHTS.breadth);
  });

  it('explains an issue in Bahasa Indonesia and English from its components', () => {
    const records: ForumRecord[] = [];
    const villages = ['Mambalan', 'Gunungsari', 'Sandik', 'Batu Layar', 'Meninting', 'Senteluk', 'Kekait'];
    for (let i = 0; i < 10; i++) {
      const r = complaint({ ccId: `cc-${i % 5}`, desa: villages[i % 7]!, day: 3 + i });
      records.push(i < 4 ? resolvedWithin(r, 26) : r);
    }
    records.push(complaint({ monthsBack: 1, status: 'selesai', resolvedAt: '2026-10-20T09:00:00+08:00' }));
    records.push(complaint({ monthsBack: 2, status: 'selesai', resolvedAt: '2026-09-20T09:00:00+08:00' }));
    const top = issue(records, 'kesehatan|puskesmasgunungsari');
    expect(top.explanation.id).toBe(
      '10 pengaduan dari 5 CC di 7 desa; 60% masih terbuka; 60% lewat tenggat; bulan ketiga berturut-turut; naik dari 1 bulan lalu'
    );
    expect(top.explanation.en).toBe(
      '10 complaints from 5 CCs in 7 villages; 60% still open; 60% overdue; third month running; up from 1 last month'
    );
  });

  it('says when one CC filed most of it, and when an issue is new or fading', () => {
    const records = [
      ...Array.from({ length: 4 }, () => complaint({ ccId: 'ramai' })),
      complaint({ ccId: 'lain', desa: 'Sandik' }),
      complaint({
        sector: 'air_bersih',
        provider: 'PDAM Giri Menang',
        urgency: 'darurat',
        peopleAffected: 80
      }),
      // Water: two last month, none new this month, one still open.
      complaint({ sector: 'pendidikan', provider: 'SDN 1 Sandik', monthsBack: 1 }),
      complaint({
        sector: 'pendidikan',
        provider: 'SDN 1 Sandik',
        monthsBack: 1,
        status: 'selesai',
        resolvedAt: '2026-10-30T09:00:00+08:00'
      })
    ];
    expect(issue(records, 'kesehatan|puskesmasgunungsari').explanation.en).toBe(
      '5 complaints from 2 CCs in 2 villages; 80% from a single CC; 100% still open; 100% overdue; new this month'
    );
    expect(issue(records, 'air_bersih|pdamgirimenang').explanation).toEqual({
      id: '1 pengaduan dari 1 CC di 1 desa; 80 warga terdampak; 100% mendesak atau darurat; 100% masih terbuka; 100% lewat tenggat; baru bulan ini',
      en: '1 complaint from 1 CC in 1 village; 80 people affected; 100% urgent or emergency; 100% still open; 100% overdue; new this month'
    });
    expect(issue(records, 'pendidikan|sdnegeri1sandik').explanation.en).toBe(
      'no new complaints this month; 100% of 1 case still open; 100% overdue'
    );
  });

  it("says of how many cases a share is when carried-over cases join this month's", () => {
    const records = [
      complaint({ day: 24, urgency: 'biasa' }),
      // From October, still open and long overdue.
      complaint({ monthsBack: 1, day: 14, urgency: 'biasa', verifiedAt: '2026-10-15T09:00:00+08:00' })
    ];
    expect(issue(records, 'kesehatan|puskesmasgunungsari').explanation).toEqual({
      id: '1 pengaduan dari 1 CC di 1 desa; 100% dari 2 kasus masih terbuka; 100% lewat tenggat; bulan kedua berturut-turut; sama dengan bulan lalu',
      en: '1 complaint from 1 CC in 1 village; 100% of 2 cases still open; 100% overdue; second month running; same as last month'
    });
  });

  it('lets weights be configured, and refuses nonsense', () => {
    const records = [
      complaint(),
      complaint({ ccId: 'b', sector: 'air_bersih', provider: 'PDAM Giri Menang', urgency: 'darurat' })
    ];
    const onlyUrgency = rankingConfig({
      weights: {
        volume: 0,
        breadth: 0,
        peopleAffected: 0,
        unresolved: 0,
        overdue: 0,
        persistence: 0,
        trend: 0
      }
    });
    const ranked = rankIssues(records, MONTH, onlyUrgency).issues;
    expect(ranked.map((i) => i.score)).toEqual([100, 50]);
    expect(() => rankingConfig({ weights: { volume: -1 } })).toThrow(/volume/);
    expect(() =>
      rankingConfig({
        weights: {
          volume: 0,
          breadth: 0,
          peopleAffected: 0,
          urgency: 0,
          unresolved: 0,
          overdue: 0,
          persistence: 0,
          trend: 0
        }
      })
    ).toThrow(/zero/);
    expect(() => rankingConfig({ persistenceMonths: 0 })).toThrow();
  });

  it('ranks a CC filing 30 complaints below 8 CCs in 8 villages filing one each', () => {
    const noisy = Array.from({ length: 30 }, (_, i) =>
      complaint({
        ccId: 'ramai',
        provider: 'Kantor Desa Sandik',
        sector: 'pemerintahan_desa',
        day: 1 + (i % 25)
      })
    );
    const villages = [
      'Sandik',
      'Mambalan',
      'Gunungsari',
      'Senteluk',
      'Meninting',
      'Kekait',
      'Jatisela',
      'Midang'
    ];
    const broad = villages.map((desa, i) =>
      complaint({
        ccId: `cc-${i}`,
        desa,
        provider: 'Dukcapil Lombok Barat',
        sector: 'administrasi_kependudukan'
      })
    );
    const ranked = rankIssues([...noisy, ...broad], MONTH).issues;
    expect(ranked[0]!.provider).toBe('Dukcapil Lombok Barat');
    expect(ranked[1]!.provider).toBe('Kantor Desa Sandik');
  });
});

describe('ranking properties', () => {
  it('one CC filing many complaints does not outrank the same number spread over many CCs and villages', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 2, max: 12 }),
        fc.integer({ min: 2, max: 12 }),
        template,
        (n, ccCount, villageCount, t) => {
          const ccs = Math.min(ccCount, n);
          const villages = Math.min(villageCount, n);
          const noisy = Array.from({ length: n }, () =>
            fromTemplate(t, {
              ccId: 'ramai',
              desa: 'Sandik',
              sector: 'pemerintahan_desa',
              provider: 'Kantor Desa Sandik'
            })
          );
          const broad = Array.from({ length: n }, (_, i) =>
            fromTemplate(t, {
              ccId: `cc-${i % ccs}`,
              desa: LOMBOK_BARAT_VILLAGES[i % villages]!.name,
              sector: 'air_bersih',
              provider: 'PDAM Giri Menang'
            })
          );
          const ranked = rankIssues([...noisy, ...broad], MONTH).issues;
          expect(ranked[0]!.key).toBe('air_bersih|pdamgirimenang');
          expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
        }
      ),
      { numRuns: 200 }
    );
  });

  it('persistence raises an issue: earlier months of (settled) complaints never lower it and do raise it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        template,
        (now, oneBack, twoBack, t) => {
          fc.pre(oneBack + twoBack > 0);
          const current = Array.from({ length: now }, (_, i) => fromTemplate(t, { ccId: `cc-${i % 3}` }));
          const earlier = [
            ...Array.from({ length: oneBack }, () =>
              resolvedWithin(complaint({ monthsBack: 1, day: 5 }), 20, 1)
            ),
            ...Array.from({ length: twoBack }, () =>
              resolvedWithin(complaint({ monthsBack: 2, day: 5 }), 20, 2)
            )
          ];
          const key = 'kesehatan|puskesmasgunungsari';
          expect(issue([...earlier, ...current], key).score).toBeGreaterThan(issue(current, key).score);
        }
      ),
      { numRuns: 200 }
    );
  });

  it('resolved issues fall: settling complaints lowers the score and the rank', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 20 }),
        template,
        (n, settle, t) => {
          const settled = Math.min(settle, n);
          const open = { ...t, resolved: false };
          const make = (provider: string, settledCount: number) =>
            Array.from({ length: n }, (_, i) => {
              const r = fromTemplate(open, {
                ccId: `cc-${i % 4}`,
                desa: LOMBOK_BARAT_VILLAGES[i % 3]!.name,
                provider
              });
              return i < settledCount ? resolvedWithin(r, 27) : r;
            });
          // "B" would win the tie-break on its key; settling its complaints must put it below "A".
          const a = make('A Puskesmas', 0);
          const b = make('B Puskesmas', 0);
          const bSettled = make('B Puskesmas', settled);
          const before = rankIssues([...a, ...b], MONTH).issues;
          const after = rankIssues([...a, ...bSettled], MONTH).issues;
          const scoreOf = (list: RankedIssue[], p: string) => list.find((i) => i.provider === p)!.score;
          expect(scoreOf(after, 'B Puskesmas')).toBeLessThan(scoreOf(before, 'B Puskesmas'));
          expect(after[0]!.provider).toBe('A Puskesmas');
          expect(after[1]!.provider).toBe('B Puskesmas');
        }
      ),
      { numRuns: 200 }
    );
  });

  const anyRecord = fc.record({
    ccId: fc.constantFrom('a', 'b', 'c', 'd'),
    provider: fc.constantFrom(
      'Puskesmas Gunungsari',
      'puskesmas gunung sari',
      'PDAM Giri Menang',
      'Kantor Desa Sandik'
    ),
    sector: fc.constantFrom('kesehatan', 'air_bersih', 'pemerintahan_desa') as fc.Arbitrary<
      ForumRecord['sector']
    >,
    desa: fc.constantFrom('Sandik', 'Mambalan', 'Gunungsari'),
    monthsBack: fc.integer({ min: 0, max: 3 }),
    day: fc.integer({ min: 1, max: 28 }),
    resolved: fc.boolean(),
    urgency: fc.constantFrom('biasa', 'mendesak', 'darurat') as fc.Arbitrary<ForumRecord['urgency']>,
    peopleAffected: fc.integer({ min: 1, max: 300 })
  });
  const toRecord = (r: ArbitraryValue<typeof anyRecord>): ForumRecord => {
    const base = complaint({
      ccId: r.ccId,
      provider: r.provider,
      sector: r.sector,
      desa: r.desa,
      monthsBack: r.monthsBack,
      day: r.day,
      urgency: r.urgency,
      peopleAffected: r.peopleAffected
    });
    return r.resolved ? resolvedWithin(base, 28, r.monthsBack) : base;
  };

  it('identical input gives an identical ranking, in any input order', () => {
    fc.assert(
      fc.property(fc.array(anyRecord, { minLength: 1, maxLength: 60 }), fc.integer(), (raw, seed) => {
        const records = raw.map(toRecord);
        const shuffled = [...records];
        const rand = seededRandom(seed);
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = Math.floor(rand() * (i + 1));
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const first = rankIssues(records, MONTH);
        expect(rankIssues(records, MONTH)).toEqual(first);
        expect(rankIssues(shuffled, MONTH)).toEqual(first);
      }),
      { numRuns: 200 }
    );
  });

  it('breaks ties stably: score, then CCs, villages, complaints, then key', () => {
    // Two issues with exactly the same facts: the key decides, whichever comes first.
    const a = complaint({ sector: 'pendidikan', provider: 'SDN 1 Sandik' });
    const b = complaint({ sector: 'kesehatan', provider: 'Puskesmas Gunungsari' });
    for (const input of [
      [a, b],
      [b, a]
    ]) {
      const ranked = rankIssues(input, MONTH).issues;
      expect(ranked[0]!.score).toBe(ranked[1]!.score);
      expect(ranked.map((i) => i.key)).toEqual([
        'kesehatan|puskesmasgunungsari',
        'pendidikan|sdnegeri1sandik'
      ]);
      expect(ranked.map((i) => i.rank)).toEqual([1, 2]);
    }
    // compareIssues is a total order: sorting any permutation gives one result.
    fc.assert(
      fc.property(fc.array(anyRecord, { minLength: 2, maxLength: 40 }), (raw) => {
        const issues = rankIssues(raw.map(toRecord), MONTH).issues;
        const reversed = [...issues].reverse().sort(compareIssues);
        expect(reversed.map((i) => i.key)).toEqual(issues.map((i) => i.key));
        for (let i = 1; i < issues.length; i++)
          expect(compareIssues(issues[i - 1]!, issues[i]!)).toBeLessThan(0);
      }),
      { numRuns: 100 }
    );
  });

  it('treats spellings of one provider as one issue', () => {
    const ranked = rankIssues(
      [
        complaint(),
        complaint({ provider: 'puskesmas gunung sari', ccId: 'b' }),
        complaint({ provider: 'PKM Gunungsari' })
      ],
      MONTH
    ).issues;
    expect(ranked).toHaveLength(1);
    expect(ranked[0]!.facts.complaints).toBe(3);
    expect(ranked[0]!.provider).toBe('Puskesmas Gunungsari');
  });
});
