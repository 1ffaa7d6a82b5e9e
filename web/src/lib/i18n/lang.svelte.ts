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

/** Dates as people read them here: "3 Des 2026" / "3 Dec 2026", in Lombok's time zone. */
export function formatDate(value: Date | string | number, withTime = false): string {
  const time = typeof value === 'string' ? Date.parse(value) : value;
  return new Intl.DateTimeFormat(current === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
    timeZone: 'Asia/Makassar'
  }).format(time);
}

/**
 * A moment soon, for "will try again at about …": the time alone when it falls today (WITA),
 * else the day and the time ("04.21" / "5 Des, 04.21"), never the year.
 */
export function formatTime(value: Date | number, now: Date | number = Date.now()): string {
  const zone = 'Asia/Makassar';
  const locale = current === 'id' ? 'id-ID' : 'en-GB';
  const day = (at: Date | number) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(at);
  const sameDay = day(value) === day(now);
  return new Intl.DateTimeFormat(locale, {
    ...(sameDay ? {} : { day: 'numeric', month: 'short' }),
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone
  }).format(value);
}
