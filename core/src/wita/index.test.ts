import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarDaysBetween,
  dayOfWeek,
  isCalendarDate,
  toCalendarDate,
  witaDate,
  witaEndOfDay,
  witaStartOfDay
} from './index';

describe('WITA calendar days', () => {
  it('puts 16:00 UTC on the next WITA day', () => {
    expect(witaDate(new Date('2026-12-03T15:59:59Z'))).toBe('2026-12-03');
    expect(witaDate(new Date('2026-12-03T16:00:00Z'))).toBe('2026-12-04');
  });
  it('starts and ends a WITA day at 16:00 UTC', () => {
    expect(witaStartOfDay('2026-12-04').toISOString()).toBe('2026-12-03T16:00:00.000Z');
    expect(witaEndOfDay('2026-12-04').toISOString()).toBe('2026-12-04T15:59:59.999Z');
  });
  it('accepts only real calendar dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('3/12/2026')).toBe(false);
  });
  it('reads a day or an instant', () => {
    expect(toCalendarDate('2026-12-03')).toBe('2026-12-03');
    expect(toCalendarDate('2026-12-03T20:00:00Z')).toBe('2026-12-04');
    expect(() => toCalendarDate('kemarin')).toThrow(RangeError);
  });
  it('counts calendar days and weekdays', () => {
    expect(addCalendarDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(calendarDaysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(dayOfWeek('2026-12-03')).toBe(4); // a Thursday
  });
});
