import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ForumMonth, rankForumPartials } from '../forum/forum-month';
import { generateYear, seededRandom } from '../forum/generator';
import type { ForumRecord } from '../forum/record';
import { rankingConfig } from './config';
import { parseRankingPartial, type RankingPartial } from './partial';
import { RankingAccumulator, rankIssues, rankPartials } from './rank';

const MONTH = '2026-11';

const anyRecord = fc.record({
  ccId: fc.constantFrom('cc-a', 'cc-b', 'cc-c', 'cc-d', 'cc-e'),
  provider: fc.constantFrom(
    'Puskesmas Gunungsari',
    'puskesmas gunung sari',
    'PKM Gunungsari',
    'PDAM Giri Menang',
    'Kantor Desa Sandik',
    'SDN 1 Sandik'
  ),
  sector: fc.constantFrom('kesehatan', 'air_bersih', 'pendidikan') as fc.Arbitrary<ForumRecord['sector']>,
  desa: fc.constantFrom('Sandik', 'Mambalan', 'Desa Gunungsari', 'Meninting'),
  // 0 … 2: inside the persistence window; 3 … 5: counted only when carried over open.
  monthsBack: fc.integer({ min: 0, max: 5 }),
  day: fc.integer({ min: 1, max: 28 }),
  // Closed this many days after receipt, or never (open); some close after the month ends.
  closedAfterDays: fc.option(fc.integer({ min: 0, max: 150 }), { nil: undefined }),
  verified: fc.boolean(),
  urgency: fc.option(
    fc.constantFrom('biasa', 'mendesak', 'darurat') as fc.Arbitrary<ForumRecord['urgency']>,
    {
      nil: undefined
    }
  ),
  peopleAffected: fc.option(fc.integer({ min: 1, max: 3000 }), { nil: undefined })
});
type AnyRecord = typeof anyRecord extends fc.Arbitrary<infer T> ? T : never;

function toRecord(r: AnyRecord): ForumRecord {
  const month = 11 - r.monthsBack;
  const received = Date.parse(
    `2026-${String(month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}T09:00:00+08:00`
  );
  const record: ForumRecord = {
    ccId: r.ccId,
    receivedAt: new Date(received).toISOString(),
    sector: r.sector,
    provider: r.provider,
    desa: r.desa,
    status: 'diterima'
  };
  if (r.urgency) record.urgency = r.urgency;
  if (r.peopleAffected !== undefined) record.peopleAffected = r.peopleAffected;
  if (r.verified) {
    record.status = 'diverifikasi';
    record.verifiedAt = new Date(received + 86_400_000).toISOString();
  }
  if (r.closedAfterDays !== undefined) {
    record.status = 'selesai';
    record.resolvedAt = new Date(received + r.closedAfterDays * 86_400_000 + 3_600_000).toISOString();
  }
  return record;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const rand = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The partial of one share, through JSON as a stored document would come back. */
function partialOf(records: readonly ForumRecord[], asOf = Infinity): RankingPartial {
  const acc = new RankingAccumulator(MONTH, undefined, asOf);
  for (const record of records) acc.add(record);
  return parseRankingPartial(JSON.parse(JSON.stringify(acc.partial())));
}

function byCc(records: readonly ForumRecord[]): ForumRecord[][] {
  const groups = new Map<string, ForumRecord[]>();
  for (const r of records) groups.set(r.ccId, [...(groups.get(r.ccId) ?? []), r]);
  return [...groups.values()];
}

// Mid-month, end of month, and after it: open and overdue are counted at each.
const anyAsOf = fc.constantFrom(
  Infinity,
  Date.parse('2026-11-20T12:00:00+08:00'),
  Date.parse('2026-12-01T01:00:00+08:00')
);

describe('merging partial rankings', () => {
  it('merge(partials of each CC) equals one pass over every record: issues, scores, components, order', () => {
    fc.assert(
      fc.property(
        fc.array(anyRecord, { minLength: 0, maxLength: 80 }),
        fc.integer(),
        anyAsOf,
        (raw, seed, asOf) => {
          const records = raw.map(toRecord);
          const onePass = rankIssues(records, MONTH, undefined, asOf);
          const partials = shuffled(
            byCc(records).map((share) => partialOf(share, asOf)),
            seed
          );
          expect(rankPartials(partials, MONTH)).toEqual(onePass);
        }
      ),
      { numRuns: 300 }
    );
  });

  it('holds for any split of the records into shares, merged in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(anyRecord, fc.integer({ min: 0, max: 5 })), { minLength: 1, maxLength: 80 }),
        fc.integer(),
        (raw, seed) => {
          const records = raw.map(([r]) => toRecord(r));
          const shares: ForumRecord[][] = [[], [], [], [], [], []];
          raw.forEach(([, share], i) => shares[share]!.push(records[i]!));
          const partials = shares.map((share) => partialOf(share));
          const merged = rankPartials(shuffled(partials, seed), MONTH);
          expect(merged).toEqual(rankIssues(records, MONTH));
          // Merging is associative: two shares merged first, then the rest, is the same.
          const pairwise = new RankingAccumulator(MONTH);
          pairwise.merge(new RankingAccumulator(MONTH).merge(partials[0]!).merge(partials[1]!).partial());
          for (const partial of partials.slice(2)) pairwise.merge(partial);
          expect(pairwise.finish()).toEqual(merged);
        }
      ),
      { numRuns: 200 }
    );
  });

  it('gives one partial for the same records in any order (canonical data)', () => {
    fc.assert(
      fc.property(fc.array(anyRecord, { maxLength: 60 }), fc.integer(), (raw, seed) => {
        const records = raw.map(toRecord);
        expect(partialOf(shuffled(records, seed))).toEqual(partialOf(records));
      }),
      { numRuns: 100 }
    );
  });

  it('keeps ties stable across shares: equal scores ordered by CCs, villages, complaints, then key', () => {
    // Two issues with identical facts, each reported by both CCs: only the key can decide.
    const base = { receivedAt: '2026-11-10T09:00:00+08:00', desa: 'Sandik', status: 'diterima' } as const;
    const records: ForumRecord[] = [
      { ...base, ccId: 'cc-b', sector: 'pendidikan', provider: 'SDN 1 Sandik' },
      { ...base, ccId: 'cc-a', sector: 'kesehatan', provider: 'Puskesmas Gunungsari' },
      { ...base, ccId: 'cc-a', sector: 'pendidikan', provider: 'SD Negeri 1 Sandik' },
      { ...base, ccId: 'cc-b', sector: 'kesehatan', provider: 'puskesmas gunung sari' }
    ];
    const expected = ['kesehatan|puskesmasgunungsari', 'pendidikan|sdnegeri1sandik'];
    for (const order of [byCc(records), byCc(records).reverse()]) {
      const ranked = rankPartials(
        order.map((share) => partialOf(share)),
        MONTH
      ).issues;
      expect(ranked[0]!.score).toBe(ranked[1]!.score);
      expect(ranked.map((i) => [i.rank, i.key])).toEqual([
        [1, expected[0]],
        [2, expected[1]]
      ]);
      // The shown spelling is the most used across shares, not the first share's.
      expect(ranked[0]!.provider).toBe('Puskesmas Gunungsari');
      expect(ranked[0]!.facts).toMatchObject({ complaints: 2, ccs: 2, villages: 1 });
    }
  });

  it('adds nothing for an empty partial and refuses a partial of another month or window', () => {
    const records = [toRecord({ ...sample(), ccId: 'cc-a' })];
    const empty = new RankingAccumulator(MONTH).partial();
    expect(empty).toEqual({ month: MONTH, window: 3, issues: [] });
    expect(rankPartials([partialOf(records), empty], MONTH)).toEqual(rankIssues(records, MONTH));
    expect(() => new RankingAccumulator('2026-10').merge(empty)).toThrow('does not match');
    const longer = new RankingAccumulator(MONTH, rankingConfig({ persistenceMonths: 6 }));
    expect(() => longer.merge(empty)).toThrow('does not match');
    expect(() => parseRankingPartial({ month: MONTH, window: 3, issues: [{ key: 'x' }] })).toThrow();
  });
});

function sample(): AnyRecord {
  return {
    ccId: 'cc-a',
    provider: 'PDAM Giri Menang',
    sector: 'air_bersih',
    desa: 'Sandik',
    monthsBack: 0,
    day: 3,
    closedAfterDays: undefined,
    verified: false,
    urgency: 'darurat',
    peopleAffected: 40
  };
}

describe('ForumMonth in shares', () => {
  it('per-CC shares give the one-pass aggregates and ranking of a generated network', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom('2026-03', '2026-07', '2026-12'),
        fc.integer(),
        (seed, month, order) => {
          const records = [...generateYear({ seed, year: 2026, ccs: 6, total: 400 })];
          const options = { month, asOf: Date.parse(`${month}-28T00:00:00+08:00`) };
          const whole = new ForumMonth(options);
          for (const r of records) whole.add(r);
          const expected = whole.finish();

          const shares = byCc(records).map((share) => {
            const forum = new ForumMonth(options);
            forum.touch(share[0]!.ccId);
            for (const r of share) forum.add(r);
            return forum.finishPartial();
          });
          const aggregates = shares.flatMap((s) => s.aggregates).sort((a, b) => (a.ccId < b.ccId ? -1 : 1));
          expect(aggregates).toEqual(expected.aggregates);
          const partials = shuffled(
            shares.map((s) => parseRankingPartial(JSON.parse(JSON.stringify(s.ranking)))),
            order
          );
          const ranking = rankForumPartials(options, partials);
          expect(ranking).toEqual(expected.ranking);
          expect(ranking.issues.length).toBeGreaterThan(0);
        }
      ),
      { numRuns: 15 }
    );
  });
});
