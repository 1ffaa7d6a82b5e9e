/**
 * Working days in WITA, as the forum needs them, with the same rules as core/src/deadlines
 * (Monday–Friday minus national holidays and cuti bersama; "N working days after D" does not
 * count D). That module walks calendar dates as strings, which is right for one complaint but
 * too slow for a million; this one does the same arithmetic on day numbers in constant time,
 * and a test pins the two to the same answers.
 */
import { INDONESIAN_HOLIDAYS } from '../deadlines/holidays';
import type { WorkingCalendar } from '../deadlines/working-days';
import { witaDayNumber } from './time';

export interface WorkingDayCalendar {
  /**
   * Working days after the WITA date of `fromMs` up to and including the WITA date of `toMs`
   * (received on Monday, verified on Wednesday of the same week = 2). 0 when `toMs` is not later.
   */
  workingDaysBetween(fromMs: number, toMs: number): number;
  /** WITA day number of the `days`-th working day after the WITA date of `fromMs`. */
  dueDay(fromMs: number, days: number): number;
}

// 1970-01-01 was a Thursday: day number d is a weekday index (0 = Monday) of (d + 3) % 7.
function weekdaysBefore(day: number): number {
  // Working days (Mon–Fri) among day numbers [0, day): whole weeks plus the remainder.
  const weeks = Math.floor(day / 7);
  const rest = day - weeks * 7;
  let count = weeks * 5;
  for (let i = 0; i < rest; i++) {
    if (isWeekday(weeks * 7 + i)) count++;
  }
  return count;
}

function isWeekday(day: number): boolean {
  return (((day + 3) % 7) + 7) % 7 < 5;
}

/** Count of sorted values v with v <= x. */
function countAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A calendar where Saturday and Sunday are off, plus the given holidays ('YYYY-MM-DD').
 * Constant time per question (a binary search over the holidays), which the benchmark needs.
 */
export function weekendCalendar(holidays: readonly string[] = []): WorkingDayCalendar {
  const holidayDays = [
    ...new Set(
      holidays
        .map((date) => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000))
        .filter((day) => Number.isFinite(day) && isWeekday(day))
    )
  ].sort((a, b) => a - b);
  const holidaySet = new Set(holidayDays);
  return {
    dueDay(fromMs: number, days: number): number {
      let day = witaDayNumber(fromMs);
      for (let left = days; left > 0;) {
        day++;
        if (isWeekday(day) && !holidaySet.has(day)) left--;
      }
      return day;
    },
    workingDaysBetween(fromMs: number, toMs: number): number {
      const from = witaDayNumber(fromMs);
      const to = witaDayNumber(toMs);
      if (to <= from) return 0;
      const weekdays = weekdaysBefore(to + 1) - weekdaysBefore(from + 1);
      const holidaysInRange = countAtMost(holidayDays, to) - countAtMost(holidayDays, from);
      return weekdays - holidaysInRange;
    }
  };
}

/** Weekends plus Indonesia's national holidays and cuti bersama (core/src/deadlines). */
export const INDONESIAN_WORKING_DAYS: WorkingDayCalendar = weekendCalendar(
  INDONESIAN_HOLIDAYS.map((h) => h.date)
);

/** The forum's calendar for a network's own days off, as core/src/deadlines describes them. */
export function forumCalendar(calendar: WorkingCalendar): WorkingDayCalendar {
  return weekendCalendar([...calendar.daysOff]);
}
