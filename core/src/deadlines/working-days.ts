/**
 * Working days in WITA: Monday to Friday, minus national holidays and cuti bersama.
 * "Within N working days of day D" means by the end of the N-th working day after D
 * (D itself does not count, whatever time of day the complaint came in).
 */
import { addCalendarDays, dayOfWeek, toCalendarDate, type CalendarDate } from '../wita/index';
import { INDONESIAN_HOLIDAYS, type Holiday } from './holidays';

/** The days off a network counts with; build one with `workingCalendar`. */
export interface WorkingCalendar {
  readonly daysOff: ReadonlySet<CalendarDate>;
}

export function workingCalendar(
  holidays: readonly Pick<Holiday, 'date'>[] = INDONESIAN_HOLIDAYS
): WorkingCalendar {
  return { daysOff: new Set(holidays.map((holiday) => holiday.date)) };
}

export const DEFAULT_WORKING_CALENDAR: WorkingCalendar = workingCalendar();

export function isWorkingDay(
  date: CalendarDate,
  calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR
): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !calendar.daysOff.has(date);
}

/** The N-th working day after `start` (a day, or an instant read in WITA). N = 0 gives the start day. */
export function addWorkingDays(
  start: Date | CalendarDate,
  days: number,
  calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR
): CalendarDate {
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError(`Working days must be a whole number ≥ 0: ${days}`);
  let date = toCalendarDate(start);
  for (let counted = 0; counted < days;) {
    date = addCalendarDays(date, 1);
    if (isWorkingDay(date, calendar)) counted += 1;
  }
  return date;
}

/**
 * Working days after `from` up to and including `to`; negative when `to` is before `from`.
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
 */
export function workingDaysBetween(
  from: Date | CalendarDate,
  to: Date | CalendarDate,
  calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR
): number {
  const start = toCalendarDate(from);
  const end = toCalendarDate(to);
  if (end < start) return -workingDaysBetween(end, start, calendar);
  let count = 0;
  for (let date = addCalendarDays(start, 1); date <= end; date = addCalendarDays(date, 1)) {
    if (isWorkingDay(date, calendar)) count += 1;
  }
  return count;
}
