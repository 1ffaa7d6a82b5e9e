import { describe, expect, it } from 'vitest';
import { addMonths, monthEndMs, monthOfInstant, monthStartMs, toMs } from './time';
import { weekendCalendar } from './working-days';

describe('WITA months', () => {
  it('puts an instant in its WITA month, not its UTC month', () => {
    // 31 Oct 20:00 UTC is 1 Nov 04:00 in Lombok.
    expect(monthOfInstant(Date.parse('2026-10-31T20:00:00Z'))).toBe('2026-11');
    expect(monthOfInstant(Date.parse('2026-10-31T15:59:59Z'))).toBe('2026-10');
    expect(monthOfInstant(Date.parse('2026-10-31T16:00:00Z'))).toBe('2026-11');
  });

  it('gives month bounds at 00:00 WITA', () => {
    expect(new Date(monthStartMs('2026-11')).toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(new Date(monthEndMs('2026-12')).toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(addMonths('2026-01', -2)).toBe('2025-11');
    expect(addMonths('2026-11', 3)).toBe('2027-02');
  });

  it('reads a bare date as 00:00 WITA', () => {
    expect(toMs('2026-11-02')).toBe(Date.parse('2026-11-01T16:00:00Z'));
    expect(Number.isNaN(toMs('kemarin'))).toBe(true);
  });
});

describe('weekend calendar', () => {
  const cal = weekendCalendar();
  const at = (s: string) => Date.parse(s);

  it('counts working days after the first date up to and including the second', () => {
    // Monday 2 Nov 2026 → Wednesday 4 Nov: 2 working days.
    expect(cal.workingDaysBetween(at('2026-11-02T09:00:00+08:00'), at('2026-11-04T08:00:00+08:00'))).toBe(2);
    // Friday → Monday: 1 (the weekend does not count).
    expect(cal.workingDaysBetween(at('2026-11-06T09:00:00+08:00'), at('2026-11-09T09:00:00+08:00'))).toBe(1);
    // Same day, and backwards: 0.
    expect(cal.workingDaysBetween(at('2026-11-06T09:00:00+08:00'), at('2026-11-06T17:00:00+08:00'))).toBe(0);
    expect(cal.workingDaysBetween(at('2026-11-09T09:00:00+08:00'), at('2026-11-06T09:00:00+08:00'))).toBe(0);
    // Four whole weeks: 20.
    expect(cal.workingDaysBetween(at('2026-11-02T09:00:00+08:00'), at('2026-11-30T09:00:00+08:00'))).toBe(20);
  });

  it('uses WITA dates: 23:30 UTC on Sunday is Monday in Lombok, one working day after Friday', () => {
    expect(cal.workingDaysBetween(at('2026-11-06T09:00:00+08:00'), at('2026-11-08T23:30:00Z'))).toBe(1);
    expect(cal.workingDaysBetween(at('2026-11-06T09:00:00+08:00'), at('2026-11-08T15:30:00Z'))).toBe(0);
  });

  it('skips listed holidays that fall on weekdays', () => {
    const withHoliday = weekendCalendar(['2026-12-25', '2026-12-26']); // Friday, Saturday
    const from = at('2026-12-21T09:00:00+08:00');
    const to = at('2026-12-28T09:00:00+08:00');
    expect(cal.workingDaysBetween(from, to)).toBe(5);
    expect(withHoliday.workingDaysBetween(from, to)).toBe(4);
  });

  it('agrees with a day-by-day count over a long span', () => {
    const start = at('2026-01-01T10:00:00+08:00');
    let expected = 0;
    for (let d = 1; d <= 400; d++) {
      const day = new Date(start + d * 86_400_000 + 8 * 3_600_000);
      const wd = day.getUTCDay();
      if (wd !== 0 && wd !== 6) expected++;
      expect(cal.workingDaysBetween(start, start + d * 86_400_000)).toBe(expected);
    }
  });
});
