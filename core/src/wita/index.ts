/**
 * Calendar days in WITA (Asia/Makassar, UTC+8). Lombok has no daylight saving time, so a
 * fixed offset is exact; no time-zone database is needed in the browser.
 *
 * A calendar day is a string `YYYY-MM-DD` meaning that day in WITA; an instant is a Date.
 */

export const WITA_TIME_ZONE = 'Asia/Makassar';
export const WITA_OFFSET_MINUTES = 8 * 60;
const OFFSET_MS = WITA_OFFSET_MINUTES * 60_000;
const DAY_MS = 86_400_000;

/** `YYYY-MM-DD`, a day in WITA. */
export type CalendarDate = string;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in `YYYY-MM-DD` form (so 2026-02-30 is false). */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function dayNumber(date: CalendarDate): number {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

function fromDayNumber(day: number): CalendarDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The WITA calendar day an instant falls on. */
export function witaDate(instant: Date): CalendarDate {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a WITA day begins (00:00 WITA = 16:00 UTC the day before). */
export function witaStartOfDay(date: CalendarDate): Date {
  return new Date(dayNumber(date) * DAY_MS - OFFSET_MS);
}

/** The last millisecond of a WITA day: a deadline "by day D" holds until then. */
export function witaEndOfDay(date: CalendarDate): Date {
  return new Date(witaStartOfDay(date).getTime() + DAY_MS - 1);
}

/** A day or an instant, as a WITA calendar day. Strings: `YYYY-MM-DD` or an ISO instant. */
export function toCalendarDate(value: Date | string): CalendarDate {
  if (typeof value !== 'string') return witaDate(value);
  if (isCalendarDate(value)) return value;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new RangeError(`Not a date: ${value}`);
  return witaDate(new Date(time));
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CalendarDate): number {
  return new Date(dayNumber(date) * DAY_MS).getUTCDay();
}
