import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '@buku/core/ranking/config';
import {
  breaksPersistencePromise,
  checkDeadlines,
  checkWeights,
  DEFAULT_DEADLINES,
  deadlineChanges,
  deadlinesForm,
  deadlinesFromData,
  maxPoints,
  weightChanges,
  weightsForm,
  weightsFromData
} from './settings';

describe('ranking weights', () => {
  it('fall back to core’s documented defaults, one by one', () => {
    expect(weightsFromData(undefined)).toEqual({
      volume: 0.15,
      breadth: 0.25,
      peopleAffected: 0.1,
      urgency: 0.1,
      unresolved: 0.15,
      overdue: 0.1,
      persistence: 0.1,
      trend: 0.05
    });
    expect(weightsFromData({ weights: { breadth: 0.4, trend: -1, volume: 'x' } })).toEqual({
      ...DEFAULT_WEIGHTS,
      breadth: 0.4
    });
  });

  it('give each component its share of 100 points (defaults sum to 1)', () => {
    expect(maxPoints(DEFAULT_WEIGHTS, 'breadth')).toBeCloseTo(25, 10);
    expect(maxPoints(DEFAULT_WEIGHTS, 'trend')).toBeCloseTo(5, 10);
    expect(maxPoints({ ...DEFAULT_WEIGHTS, breadth: 0.5 }, 'breadth')).toBeCloseTo(40, 10);
  });

  it('accept a decimal comma and refuse what is not a weight', () => {
    const check = checkWeights({ ...weightsForm(DEFAULT_WEIGHTS), breadth: '0,3' });
    expect(check).toEqual({ ok: true, weights: { ...DEFAULT_WEIGHTS, breadth: 0.3 } });
    const bad = checkWeights({
      ...weightsForm(DEFAULT_WEIGHTS),
      volume: '1.5',
      trend: '-0.1',
      urgency: '0.125'
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.messages).sort()).toEqual(['trend', 'urgency', 'volume']);
  });

  it('refuse all zeros', () => {
    const zeros = weightsForm({ ...DEFAULT_WEIGHTS });
    for (const key of Object.keys(zeros) as (keyof typeof zeros)[]) zeros[key] = '0';
    const check = checkWeights(zeros);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.messages['']?.[0]?.en).toBe('At least one weight must be above 0.');
  });

  it('show what a change does to every component’s maximum points', () => {
    const after = { ...DEFAULT_WEIGHTS, breadth: 0.5 };
    const changes = weightChanges(DEFAULT_WEIGHTS, after);
    const breadth = changes.find((c) => c.name === 'breadth');
    expect(breadth).toMatchObject({ before: 0.25, after: 0.5 });
    expect(breadth?.pointsBefore).toBeCloseTo(25, 10);
    expect(breadth?.pointsAfter).toBeCloseTo(40, 10);
    // Every other component loses points too, though its weight did not change.
    expect(changes).toHaveLength(8);
    expect(weightChanges(DEFAULT_WEIGHTS, { ...DEFAULT_WEIGHTS })).toEqual([]);
  });

  it('warn when persistence no longer outweighs 1.5 × trend', () => {
    expect(breaksPersistencePromise(DEFAULT_WEIGHTS)).toBe(false);
    expect(breaksPersistencePromise({ ...DEFAULT_WEIGHTS, trend: 0.1 })).toBe(true);
  });
});

describe('deadline settings', () => {
  it('default to core’s SP4N-LAPOR! and Perpres 76/2013 values', () => {
    expect(deadlinesFromData(undefined)).toEqual({
      verifyWorkingDays: 3,
      followUpWorkingDays: 5,
      followUpFrom: 'diverifikasi',
      resolveDays: 60,
      resolveDayCount: 'kalender',
      resolveFrom: 'diterima',
      closeWithoutReplyWorkingDays: 10
    });
    expect(deadlinesFromData({ verifyWorkingDays: 2, resolveDays: 0 })).toEqual({
      ...DEFAULT_DEADLINES,
      verifyWorkingDays: 2
    });
  });

  it('are checked and compared', () => {
    const form = { ...deadlinesForm(DEFAULT_DEADLINES), verifyWorkingDays: '2', resolveDayCount: 'kerja' };
    const check = checkDeadlines(form);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(deadlineChanges(DEFAULT_DEADLINES, check.settings)).toEqual([
      { field: 'verifyWorkingDays', before: '3', after: '2' },
      { field: 'resolveDayCount', before: 'kalender', after: 'kerja' }
    ]);
    const bad = checkDeadlines({
      ...form,
      resolveDays: '1.5',
      followUpWorkingDays: '',
      resolveFrom: 'kemarin'
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(Object.keys(bad.messages).sort()).toEqual(['followUpWorkingDays', 'resolveDays', 'resolveFrom']);
  });
});
