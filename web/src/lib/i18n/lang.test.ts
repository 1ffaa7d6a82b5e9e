/**
 * The hand-made WITA dates give exactly what Intl gives for id-ID and en-GB in Asia/Makassar,
 * across a century of instants and around WITA's midnight, in both languages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatTime, language } from './lang.svelte';

const ZONE = 'Asia/Makassar';
const intlDate = (locale: string, time: number, withTime: boolean) =>
  new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
    timeZone: ZONE
  }).format(time);
const intlTime = (locale: string, time: number, now: number) => {
  const day = (at: number) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(at);
  return new Intl.DateTimeFormat(locale, {
    ...(day(time) === day(now) ? {} : { day: 'numeric', month: 'short' }),
    hour: '2-digit',
    minute: '2-digit',
    timeZone: ZONE
  }).format(time);
};

/** Instants from 2000 to 2100 (a fixed pseudo-random walk), and each side of WITA midnights. */
function instants(): number[] {
  const from = Date.UTC(2000, 0, 1);
  const span = Date.UTC(2100, 0, 1) - from;
  let seed = 20261204;
  const list: number[] = [];
  for (let i = 0; i < 1000; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    list.push(from + Math.floor((seed / 2 ** 31) * span));
  }
  for (const month of [0, 1, 8, 11]) {
    const midnight = Date.UTC(2026, month, 1) - 8 * 3_600_000;
    list.push(midnight - 60_000, midnight, midnight + 60_000);
  }
  return list;
}

afterEach(() => language.set('id'));

describe('formatDate and formatTime', () => {
  for (const [lang, locale] of [
    ['id', 'id-ID'],
    ['en', 'en-GB']
  ] as const) {
    it(`match Intl for ${locale}`, () => {
      language.set(lang);
      const times = instants();
      for (const [i, time] of times.entries()) {
        expect(formatDate(time)).toBe(intlDate(locale, time, false));
        expect(formatDate(new Date(time).toISOString(), true)).toBe(intlDate(locale, time, true));
        const now = times[(i + 1) % times.length]!;
        expect(formatTime(time, now)).toBe(intlTime(locale, time, now));
        expect(formatTime(time, time + 60_000)).toBe(intlTime(locale, time, time + 60_000));
      }
    });
  }

  it('reads as people here read it', () => {
    expect(formatDate('2027-01-30T15:59:59.999Z')).toBe('30 Jan 2027');
    expect(formatDate('2026-12-04T20:21:00Z', true)).toBe('5 Des 2026, 04.21');
    language.set('en');
    expect(formatTime(Date.parse('2026-12-04T20:21:00Z'), Date.parse('2026-12-04T10:00:00Z'))).toBe(
      '5 Dec, 04:21'
    );
  });

  it('shows nothing for an instant that is not one', () => {
    expect(formatDate('kemarin')).toBe('');
    expect(formatTime(Number.NaN)).toBe('');
  });
});
