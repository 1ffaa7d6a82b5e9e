import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, DEFAULT_WORKING_CALENDAR, workingDaysBetween } from '../deadlines/working-days';
import { deadlinesFor, overdueStages } from '../deadlines/deadlines';
import { DEFAULT_FORUM_DEADLINES, overdueStageAt, timelineOf } from './timeline';
import { forumCalendar, INDONESIAN_WORKING_DAYS } from './working-days';
import { witaDayNumber } from './time';

const instant = fc.integer({
  min: Date.parse('2026-01-01T00:00:00+08:00'),
  max: Date.parse('2027-12-31T23:59:59+08:00')
});

describe('the forum calendar agrees with core/src/deadlines', () => {
  it('counts the same working days between any two instants of 2026–2027', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 90 * 86_400_000 }), (from, span) => {
        const to = from + span;
        expect(INDONESIAN_WORKING_DAYS.workingDaysBetween(from, to)).toBe(
          workingDaysBetween(new Date(from), new Date(to))
        );
      }),
      { numRuns: 300 }
    );
  });

  it('finds the same due day', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 10 }), (from, days) => {
        const due = addWorkingDays(new Date(from), days);
        expect(INDONESIAN_WORKING_DAYS.dueDay(from, days)).toBe(Date.parse(`${due}T00:00:00Z`) / 86_400_000);
      }),
      { numRuns: 300 }
    );
  });

  it('skips Idul Fitri and its cuti bersama in 2026', () => {
    // Received Thursday 19 March 2026; 20–24 March are holidays or cuti bersama.
    const from = Date.parse('2026-03-19T09:00:00+08:00');
    const to = Date.parse('2026-03-27T09:00:00+08:00');
    expect(INDONESIAN_WORKING_DAYS.workingDaysBetween(from, to)).toBe(
      workingDaysBetween(new Date(from), new Date(to))
    );
    expect(forumCalendar(DEFAULT_WORKING_CALENDAR).workingDaysBetween(from, to)).toBe(
      INDONESIAN_WORKING_DAYS.workingDaysBetween(from, to)
    );
  });

  it('calls a case overdue at verification exactly when deadlines.overdueStages does', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 20 * 86_400_000 }), (received, wait) => {
        const now = received + wait;
        const receivedAt = new Date(received).toISOString();
        const ours = overdueStageAt(
          timelineOf({
            ccId: 'a',
            receivedAt,
            sector: 'lainnya',
            provider: 'x',
            desa: 'Sandik',
            status: 'diterima'
          }),
          now,
          INDONESIAN_WORKING_DAYS,
          DEFAULT_FORUM_DEADLINES
        );
        const theirs = overdueStages({ status: 'diterima', receivedAt }, new Date(now)).map((s) => s.stage);
        expect(ours === 'verification').toBe(theirs.includes('verifikasi'));
        expect(witaDayNumber(now) > witaDayNumber(deadlinesFor(receivedAt).verifikasi.dueAt.getTime())).toBe(
          ours === 'verification'
        );
      }),
      { numRuns: 300 }
    );
  });
});
