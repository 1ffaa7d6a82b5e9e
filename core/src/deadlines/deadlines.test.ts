import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEADLINE_CONFIG,
  deadlinesFor,
  mayCloseWithoutReply,
  noReplyDeadline,
  overdueStages,
  type DeadlineConfig
} from './deadlines';
import { addWorkingDays, isWorkingDay, workingCalendar, workingDaysBetween } from './working-days';

describe('working days', () => {
  it('skips weekends, national holidays and cuti bersama', () => {
    expect(isWorkingDay('2026-12-03')).toBe(true); // Thursday
    expect(isWorkingDay('2026-12-05')).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-24')).toBe(false); // cuti bersama Natal
    expect(isWorkingDay('2026-12-25')).toBe(false); // Natal
  });

  it('spans a holiday and a weekend: 3 working days from Wednesday 23 December 2026 is the 30th', () => {
    // 24 cuti bersama, 25 Natal, 26–27 weekend, then 28, 29, 30.
    expect(addWorkingDays('2026-12-23', 3)).toBe('2026-12-30');
    expect(workingDaysBetween('2026-12-23', '2026-12-30')).toBe(3);
  });

  it('crosses the Nyepi and Idul Fitri break of March 2026', () => {
    // Received on Nyepi (Thu 19); 20 cuti, 21–22 Idul Fitri on a weekend, 23–24 cuti.
    expect(addWorkingDays('2026-03-19', 3)).toBe('2026-03-27');
    expect(addWorkingDays('2026-03-17', 1)).toBe('2026-03-25');
  });

  it('counts from the WITA day of an instant', () => {
    // 17:30 UTC on Thursday 3 December is 01:30 WITA on Friday 4 December.
    expect(addWorkingDays(new Date('2026-12-03T17:30:00Z'), 1)).toBe('2026-12-07');
    expect(addWorkingDays(new Date('2026-12-03T15:30:00Z'), 1)).toBe('2026-12-04');
  });

  it('is consistent: between(d, add(d, n)) = n, and reversed ranges are negative', () => {
    for (let day = 1; day <= 31; day++) {
      const start = `2026-03-${String(day).padStart(2, '0')}`;
      for (const n of [0, 1, 3, 5, 10, 60])
        expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
    }
    expect(workingDaysBetween('2026-12-30', '2026-12-23')).toBe(-3);
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays('2026-12-03', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-12-03', 1.5)).toThrow(RangeError);
  });

  it('can ignore holidays when a network chooses', () => {
    expect(addWorkingDays('2026-12-23', 3, workingCalendar([]))).toBe('2026-12-28');
  });
});

describe('deadlines of a complaint', () => {
  it('puts a receipt late in the evening UTC on the next WITA day', () => {
    // Thursday 3 Dec 2026 17:30 UTC = Friday 4 Dec 01:30 WITA: counting starts on Friday.
    const deadlines = deadlinesFor('2026-12-03T17:30:00Z');
    expect(deadlines.verifikasi.dueDate).toBe('2026-12-09'); // Mon 7, Tue 8, Wed 9
    expect(deadlines.verifikasi.dueAt.toISOString()).toBe('2026-12-09T15:59:59.999Z');
    // Not yet verified: follow-up counts 5 working days from the verification deadline.
    expect(deadlines.tindak_lanjut.dueDate).toBe('2026-12-16');
    // 60 calendar days from 4 December.
    expect(deadlines.penyelesaian.dueDate).toBe('2027-02-02');
  });

  it('counts the first follow-up from the actual verification', () => {
    const deadlines = deadlinesFor('2026-12-03T01:00:00Z', DEFAULT_DEADLINE_CONFIG, {
      verifiedAt: '2026-12-04T02:00:00Z'
    });
    // Fri 4 Dec + 5 working days: 7, 8, 9, 10, 11.
    expect(deadlines.tindak_lanjut.dueDate).toBe('2026-12-11');
  });

  it('follows a network that counts resolution in working days from verification', () => {
    const config: DeadlineConfig = {
      ...DEFAULT_DEADLINE_CONFIG,
      resolveDayCount: 'kerja',
      resolveFrom: 'diverifikasi',
      resolveDays: 10,
      followUpFrom: 'diterima'
    };
    const deadlines = deadlinesFor('2026-12-14T01:00:00Z', config, { verifiedAt: '2026-12-15T01:00:00Z' });
    expect(deadlines.tindak_lanjut.dueDate).toBe('2026-12-21'); // 15, 16, 17, 18, 21
    // From Tue 15 Dec: 16, 17, 18, 21, 22, 23, (24, 25 off) 28, 29, 30, 31.
    expect(deadlines.penyelesaian.dueDate).toBe('2026-12-31');
  });
});

describe('overdue stages', () => {
  const received = { status: 'diterima' as const, receivedAt: '2026-12-03T01:00:00Z' };
  // Verification due Tue 8 Dec, follow-up due Tue 15 Dec, resolution due Mon 1 Feb 2027.

  it('reports nothing before the first deadline passes', () => {
    expect(overdueStages(received, new Date('2026-12-08T15:59:00Z'))).toEqual([]);
  });

  it('reports verification late from 00:00 WITA the next day, with how late', () => {
    const overdue = overdueStages(received, new Date('2026-12-08T16:00:00Z'));
    expect(overdue.map((stage) => stage.stage)).toEqual(['verifikasi']);
    expect(overdue[0]).toMatchObject({ dueDate: '2026-12-08', workingDaysLate: 1, calendarDaysLate: 1 });
    expect(overdue[0]?.label).toEqual({ id: 'Verifikasi', en: 'Verification' });
  });

  it('reports verification and follow-up together when both are missed', () => {
    const overdue = overdueStages(received, new Date('2026-12-17T02:00:00Z'));
    expect(overdue.map((stage) => [stage.stage, stage.workingDaysLate])).toEqual([
      ['verifikasi', 7],
      ['tindak_lanjut', 2]
    ]);
  });

  it('drops a stage once it is done', () => {
    const verified = { ...received, status: 'diverifikasi' as const, verifiedAt: '2026-12-04T01:00:00Z' };
    expect(overdueStages(verified, new Date('2026-12-10T02:00:00Z'))).toEqual([]);
    expect(overdueStages(verified, new Date('2026-12-12T02:00:00Z')).map((s) => s.stage)).toEqual([
      'tindak_lanjut'
    ]);
    const followedUp = { ...verified, status: 'ditindaklanjuti' as const };
    expect(overdueStages(followedUp, new Date('2027-02-02T02:00:00Z')).map((s) => s.stage)).toEqual([
      'penyelesaian'
    ]);
  });

  it('reports nothing for a closed case', () => {
    expect(overdueStages({ ...received, status: 'selesai' }, new Date('2027-06-01T00:00:00Z'))).toEqual([]);
    expect(overdueStages({ ...received, status: 'ditolak' }, new Date('2027-06-01T00:00:00Z'))).toEqual([]);
  });
});

describe('closing without a reply', () => {
  it('waits 10 full working days, skipping Independence Day and Maulid', () => {
    // Asked on Mon 10 Aug 2026: 11–14 (4), 17 off, 18–21 (8), 24 (9), 25 off, 26 (10).
    expect(noReplyDeadline('2026-08-10T03:00:00Z').dueDate).toBe('2026-08-26');
    expect(mayCloseWithoutReply('2026-08-10T03:00:00Z', new Date('2026-08-26T15:59:00Z'))).toBe(false);
    expect(mayCloseWithoutReply('2026-08-10T03:00:00Z', new Date('2026-08-26T16:00:00Z'))).toBe(true);
  });
});
