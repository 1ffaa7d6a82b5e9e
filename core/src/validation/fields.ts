/**
 * Field builders shared by core's schemas. Each installs `messageKeyFor` so that every
 * issue carries a key of the message catalogue (see issues.ts).
 */
import * as z from 'zod';
import { isCalendarDate, toCalendarDate, witaDate } from '../wita/index';
import { customIssue, messageKeyFor } from './issues';
import { PHONE_INPUT_MAX_LENGTH, normalizeIndonesianPhone } from './phone';

const keyed = { error: messageKeyFor };

/** Dates before this are typing mistakes, not old complaints. */
export const EARLIEST_DATE = '2000-01-01';
export const EMAIL_MAX_LENGTH = 254;

/** Trimmed text of min..max characters; min ≥ 1 makes it required. */
export function text(min: number, max: number) {
  return z.string(keyed).trim().min(Math.max(min, 1)).max(max);
}

/** Trimmed text that may be left out or left blank (blank becomes undefined). */
export function optionalText(max: number) {
  return z
    .string(keyed)
    .trim()
    .max(max)
    .transform((value) => (value === '' ? undefined : value))
    .optional();
}

export function choice<const T extends readonly [string, ...string[]]>(ids: T) {
  return z.enum(ids, keyed);
}

export function wholeNumber(min: number, max: number) {
  return z.number(keyed).int().min(min).max(max);
}

export function yesNo() {
  return z.boolean(keyed);
}

/** Text matching a pattern; `key` says what the format should be. */
export function patterned(pattern: RegExp, max: number, key: Parameters<typeof customIssue>[0]) {
  return z.string(keyed).trim().min(1).max(max).regex(pattern, key);
}

/** An Indonesian mobile number, normalised to +62…. */
export function phoneNumber() {
  return z
    .string(keyed)
    .trim()
    .max(PHONE_INPUT_MAX_LENGTH, 'phone.too_long')
    .transform((value, ctx) => {
      const result = normalizeIndonesianPhone(value);
      if (!result.ok) {
        ctx.issues.push(customIssue(result.key, value));
        return z.NEVER;
      }
      return result.phone;
    });
}

export function email() {
  return z.string(keyed).trim().toLowerCase().max(EMAIL_MAX_LENGTH).regex(z.regexes.email, 'email.invalid');
}

/**
 * A calendar day `YYYY-MM-DD` (WITA) that is real, not in the future and not before
 * EARLIEST_DATE. "Today" is read at parse time, in WITA.
 */
export function pastDate() {
  return z
    .string(keyed)
    .trim()
    .check((ctx) => {
      if (!isCalendarDate(ctx.value)) ctx.issues.push(customIssue('date.format', ctx.value));
      else if (ctx.value < EARLIEST_DATE)
        ctx.issues.push(customIssue('date.too_early', ctx.value, { params: { min: EARLIEST_DATE } }));
      else if (ctx.value > witaDate(new Date())) ctx.issues.push(customIssue('date.in_future', ctx.value));
    });
}

/** An instant as an ISO-8601 UTC string (`2026-12-03T02:15:00.000Z`), not in the future. */
export function pastInstant() {
  return z.iso.datetime(keyed).check((ctx) => {
    // Runs even when the format check failed: judge only a readable instant.
    if (Number.isNaN(Date.parse(ctx.value))) return;
    if (Date.parse(ctx.value) > Date.now()) ctx.issues.push(customIssue('date.in_future', ctx.value));
    else if (toCalendarDate(ctx.value) < EARLIEST_DATE)
      ctx.issues.push(customIssue('date.too_early', ctx.value, { params: { min: EARLIEST_DATE } }));
  });
}

/** An instant as an ISO-8601 UTC string, any time (deadlines lie in the future). */
export function instant() {
  return z.iso.datetime(keyed);
}
