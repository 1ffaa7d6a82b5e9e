/**
 * Months and days counted in WITA (Asia/Makassar, UTC+8, no daylight saving), the time zone of
 * Lombok. Fixed offset arithmetic keeps this fast enough for a million records and identical in
 * every runtime, with no time-zone database needed.
 */
export const WITA_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** A month key 'YYYY-MM'. */
export type MonthKey = string;

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonthKey(value: string): boolean {
  return MONTH_RE.test(value);
}

/** Months since year 0 (year * 12 + month - 1): easy to step through and compare. */
export function monthIndex(month: MonthKey): number {
  const m = MONTH_RE.exec(month);
  if (!m) throw new Error(`Bulan tidak sah / invalid month: ${month} (YYYY-MM)`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function monthFromIndex(index: number): MonthKey {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonths(month: MonthKey, delta: number): MonthKey {
  return monthFromIndex(monthIndex(month) + delta);
}

/** The WITA month index an instant falls in. */
export function monthIndexOfInstant(ms: number): number {
  const d = new Date(ms + WITA_OFFSET_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

export function monthOfInstant(ms: number): MonthKey {
  return monthFromIndex(monthIndexOfInstant(ms));
}

/** First instant of a WITA month (00:00 WITA on the 1st). */
export function monthStartMs(month: MonthKey | number): number {
  const index = typeof month === 'number' ? month : monthIndex(month);
  return Date.UTC(Math.floor(index / 12), index % 12, 1) - WITA_OFFSET_MS;
}

/** First instant after a WITA month. */
export function monthEndMs(month: MonthKey | number): number {
  const index = typeof month === 'number' ? month : monthIndex(month);
  return monthStartMs(index + 1);
}

/** Days since 1970-01-01 of the WITA calendar date an instant falls on. */
export function witaDayNumber(ms: number): number {
  return Math.floor((ms + WITA_OFFSET_MS) / DAY_MS);
}

/** Day number of a calendar date 'YYYY-MM-DD' (no time zone: it is a date, not an instant). */
export function dayNumberOfDate(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`Tanggal tidak sah / invalid date: ${date}`);
  return Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS);
}

/**
 * Parse a timestamp: an ISO 8601 string (with Z or an offset; a bare date 'YYYY-MM-DD' is read
 * as 00:00 WITA that day), a Date, or epoch milliseconds. Returns NaN when unreadable.
 */
export function toMs(value: string | number | Date): number {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  if (value.length === 10 && /^\d{4}-\d{2}-\d{2}$/.test(value)) return Date.parse(`${value}T00:00:00+08:00`);
  return Date.parse(value);
}
