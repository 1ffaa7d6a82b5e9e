import { describe, expect, it } from 'vitest';
import { barPercent, centerMonthFromData, change, forumMonthAt, rankingFromData } from './forum';

describe('the forum month', () => {
  it('is the last full month in WITA', () => {
    expect(forumMonthAt(new Date('2026-12-03T02:00:00Z'))).toBe('2026-11');
    // 31 Dec 17:00 UTC is already 1 January in Lombok.
    expect(forumMonthAt(new Date('2026-12-31T17:00:00Z'))).toBe('2026-12');
  });
});

describe('rankingFromData', () => {
  it('keeps each issue in rank order with its components and explanation', () => {
    const ranking = rankingFromData({
      month: '2026-11',
      centers: 3,
      complaints: 40,
      issues: [
        { rank: 2, key: 'b', sector: 'pendidikan', provider: 'SDN 1', score: 40, facts: { complaints: 5 } },
        {
          rank: 1,
          key: 'a',
          sector: 'kesehatan',
          provider: 'Puskesmas',
          score: 70,
          facts: { complaints: 9, previousMonth: 12 },
          components: { breadth: { value: 0.5, weight: 0.25, points: 12.5 } },
          explanation: { id: 'Sembilan pengaduan.', en: 'Nine complaints.' }
        }
      ]
    });
    expect(ranking.issueCount).toBe(2);
    expect(ranking.issues.map((i) => i.key)).toEqual(['a', 'b']);
    expect(ranking.issues[0]?.components.find((c) => c.name === 'breadth')).toEqual({
      name: 'breadth',
      value: 0.5,
      weight: 0.25,
      points: 12.5
    });
    expect(ranking.issues[0]?.components).toHaveLength(8);
    expect(ranking.issues[0]?.explanation.en).toBe('Nine complaints.');
    expect(change(9, 12)).toBe('−3');
    expect(change(5, 0)).toBe('+5');
  });
});

describe('centerMonthFromData', () => {
  it('sorts counts, most first, and drops zeros', () => {
    const month = centerMonthFromData({ bySector: { kesehatan: 2, pendidikan: 7, energi_listrik: 0 } });
    expect(month.bySector).toEqual([
      ['pendidikan', 7],
      ['kesehatan', 2]
    ]);
    expect(month.received).toBe(0);
    expect(barPercent(2, 7)).toBe(29);
    expect(barPercent(0, 0)).toBe(0);
  });
});
