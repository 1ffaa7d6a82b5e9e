/**
 * The language of the interface: Bahasa Indonesia unless this device chose English.
 * The choice is kept in localStorage and mirrored on `<html lang>` so screen readers
 * pronounce the page in the right language.
 */
import type { Label, Lang } from '@buku/core';
import { readLocal, writeLocal } from '$lib/device/storage';
import { WARGA_MESSAGES } from './messages';
import { translator } from './translate';

const STORAGE_KEY = 'buku.lang';

function storedLang(): Lang {
  return readLocal(STORAGE_KEY) === 'en' ? 'en' : 'id';
}

function applyToDocument(lang: Lang) {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

const initial = storedLang();
let current = $state<Lang>(initial);
applyToDocument(initial);

export const language = {
  get current(): Lang {
    return current;
  },
  set(lang: Lang) {
    current = lang;
    writeLocal(STORAGE_KEY, lang);
    applyToDocument(lang);
  },
  toggle() {
    this.set(current === 'id' ? 'en' : 'id');
  }
};

/** A message of the citizen app in the current language. */
export const t = translator(WARGA_MESSAGES, () => current);

/** A core label (sector, status, validation message…) in the current language. */
export function label(text: Label): string {
  return text[current];
}

/**
 * Lombok's calendar and clock without Intl: WITA is UTC+8 all year (Indonesia keeps no summer
 * time), so no time-zone data is needed. The first Intl.DateTimeFormat of a page loads ICU's
 * locale and zone data, which took over 100 ms of a cheap phone's main thread on the tracking
 * page. The output is exactly Intl's for id-ID and en-GB (lang.test.ts compares them).
 */
const WITA_OFFSET_MS = 8 * 3_600_000;
const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']
};

/** The WITA wall clock of an instant (a Date shifted by eight hours, read in UTC). */
function witaClock(time: number): Date {
  return new Date(time + WITA_OFFSET_MS);
}
const twoDigits = (n: number) => String(n).padStart(2, '0');
/** "04.21" in Bahasa Indonesia, "04:21" in English (24-hour both). */
const hoursAndMinutes = (clock: Date) =>
  `${twoDigits(clock.getUTCHours())}${current === 'id' ? '.' : ':'}${twoDigits(clock.getUTCMinutes())}`;
const dayAndMonth = (clock: Date) => `${clock.getUTCDate()} ${MONTHS[current][clock.getUTCMonth()]}`;
const instant = (value: Date | string | number) =>
  typeof value === 'string' ? Date.parse(value) : Number(value);

/** Dates as people read them here: "3 Des 2026" / "3 Dec 2026", in Lombok's time zone. */
export function formatDate(value: Date | string | number, withTime = false): string {
  const time = instant(value);
  if (!Number.isFinite(time)) return '';
  const clock = witaClock(time);
  const date = `${dayAndMonth(clock)} ${clock.getUTCFullYear()}`;
  return withTime ? `${date}, ${hoursAndMinutes(clock)}` : date;
}

/**
 * A moment soon, for "will try again at about …": the time alone when it falls today (WITA),
 * else the day and the time ("04.21" / "5 Des, 04.21"), never the year.
 */
export function formatTime(value: Date | number, now: Date | number = Date.now()): string {
  const time = instant(value);
  if (!Number.isFinite(time)) return '';
  const clock = witaClock(time);
  const today = witaClock(instant(now));
  const sameDay = clock.toISOString().slice(0, 10) === today.toISOString().slice(0, 10);
  return sameDay ? hoursAndMinutes(clock) : `${dayAndMonth(clock)}, ${hoursAndMinutes(clock)}`;
}
