import { describe, expect, it } from 'vitest';
import { rankIssues } from '../ranking/rank';
import { ForumMonth } from './forum-month';
import { generateCcs, generateYear, NTB_2023_SECTOR_MIX } from './generator';
import type { ForumRecord } from './record';
import { LOMBOK_BARAT_VILLAGES } from './villages';

describe('the year generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const take = (seed: number) => [...generateYear({ seed, year: 2026, ccs: 5, total: 200 })];
    expect(take(1)).toEqual(take(1));
    expect(take(1)).not.toEqual(take(2));
  });

  it('yields exactly the total asked, from real Lombok Barat villages', () => {
    const records = [...generateYear({ seed: 3, year: 2026, ccs: 7, total: 1001 })];
    expect(records).toHaveLength(1001);
    const names = new Set(LOMBOK_BARAT_VILLAGES.map((v) => v.name));
    expect(records.every((r) => names.has(r.desa))).toBe(true);
    expect(new Set(records.map((r) => r.ccId)).size).toBe(7);
  });

  it('has 122 villages in 10 kecamatan, with Sandik and Mambalan where DESIGN.md puts them', () => {
    expect(LOMBOK_BARAT_VILLAGES).toHaveLength(122);
    expect(new Set(LOMBOK_BARAT_VILLAGES.map((v) => v.kecamatan)).size).toBe(10);
    expect(LOMBOK_BARAT_VILLAGES.find((v) => v.name === 'Sandik')).toEqual({
      code: '52.01.14.2003',
      name: 'Sandik',
      kecamatan: 'Batu Layar'
    });
    expect(LOMBOK_BARAT_VILLAGES.find((v) => v.name === 'Mambalan')?.code).toBe('52.01.09.2006');
    const [first, second] = generateCcs(2);
    expect(first).toMatchObject({ id: 'saling-anton', name: 'CC Saling Anton', village: { name: 'Sandik' } });
    expect(second).toMatchObject({ id: 'paer-mambal', village: { name: 'Mambalan' } });
  });

  it('follows the Ombudsman NTB 2023 sector mix', () => {
    const counts = new Map<string, number>();
    const total = 40_000;
    for (const r of generateYear({ seed: 11, year: 2026, ccs: 40, total, hotIssue: false })) {
      counts.set(r.sector, (counts.get(r.sector) ?? 0) + 1);
    }
    const weightSum = NTB_2023_SECTOR_MIX.reduce((s, [, w]) => s + w, 0);
    expect(weightSum).toBe(552);
    for (const [sector, weight] of NTB_2023_SECTOR_MIX) {
      expect(Math.abs((counts.get(sector) ?? 0) / total - weight / weightSum)).toBeLessThan(0.006);
    }
    // Social welfare is the largest sector, as in NTB.
    const [largest] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    expect(largest![0]).toBe('kesejahteraan_sosial');
  });

  it('writes consistent case histories', () => {
    for (const r of generateYear({ seed: 5, year: 2026, ccs: 10, total: 3000 })) {
      const received = Date.parse(String(r.receivedAt));
      const after = (x: ForumRecord['verifiedAt']) => x === undefined || Date.parse(String(x)) >= received;
      expect(after(r.verifiedAt) && after(r.followedUpAt) && after(r.resolvedAt) && after(r.rejectedAt)).toBe(
        true
      );
      if (r.status === 'selesai') expect(r.resolvedAt).toBeDefined();
      if (r.status === 'ditolak') expect(r.rejectedAt).toBeDefined();
      if (r.status === 'diterima') expect(r.verifiedAt).toBeUndefined();
      if (r.satisfaction !== undefined) expect(r.status).toBe('selesai');
      expect(Date.parse(String(r.receivedAt))).toBeLessThan(Date.parse('2027-01-01T00:00:00+08:00'));
    }
  });
});

describe('a realistic year', () => {
  const records = [...generateYear({ seed: 2026, year: 2026, ccs: 30, total: 6000 })];

  it('finds the injected PDAM problem first while it lasts, and not before', () => {
    const rankOf = (month: string) =>
      rankIssues(records, month).issues.find((i) => i.key === 'air_bersih|pdamgirimenang')!.rank;
    expect(rankOf('2026-06')).toBe(1);
    expect(rankOf('2026-07')).toBe(1);
    expect(rankOf('2026-08')).toBe(1);
    expect(rankOf('2026-03')).toBeGreaterThan(3);
  });

  it('aggregates every month of every CC and ties the books', () => {
    const forum = new ForumMonth({ month: '2026-12', aggregateFrom: '2026-01' });
    for (const r of records) forum.add(r);
    const { aggregates, ranking } = forum.finish();
    expect(aggregates).toHaveLength(30 * 12);
    expect(aggregates.reduce((s, a) => s + a.received, 0)).toBe(6000);
    // Per CC, month by month: open at the end = carried over + received − closed (cases are never reopened).
    for (const a of aggregates) {
      const closedFromOpen = a.openCarriedOver + a.received - a.openAtEnd;
      expect(closedFromOpen).toBe(a.resolved + a.rejected + a.closedWithoutResponse);
    }
    // What is open at the end of a month is carried into the next.
    const byCc = new Map<string, typeof aggregates>();
    for (const a of aggregates) byCc.set(a.ccId, [...(byCc.get(a.ccId) ?? []), a]);
    for (const months of byCc.values()) {
      for (let i = 1; i < months.length; i++)
        expect(months[i]!.openCarriedOver).toBe(months[i - 1]!.openAtEnd);
    }
    const sectors = aggregates.reduce((s, a) => s + Object.values(a.bySector).reduce((x, y) => x + y, 0), 0);
    expect(sectors).toBe(6000);
    const verify = aggregates.filter((a) => a.workingDaysToVerify.count > 0);
    expect(verify.length).toBeGreaterThan(300);
    expect(verify.every((a) => a.workingDaysToVerify.median! <= a.workingDaysToVerify.p90!)).toBe(true);
    expect(ranking.issues.length).toBeGreaterThan(50);
    expect(ranking.issues[0]!.explanation.id).toMatch(/pengaduan dari \d+ CC di \d+ desa/);
  });
});
