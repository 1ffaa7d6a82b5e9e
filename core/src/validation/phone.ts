/**
 * Indonesian mobile numbers. People write them as 0812-3456-7890, 62 812 3456 7890,
 * +62 812.3456.7890 or even +62 0812…; all are stored as +6281234567890.
 * Only mobile numbers (national number starting with 8) are accepted: the CC reaches
 * complainants by phone call, SMS or WhatsApp.
 */
import type { ValidationMessageKey } from './messages';

/** National significant number: 8 plus 8 to 11 digits, i.e. 10–13 digits written as 08…. */
export const PHONE_NATIONAL_MIN_DIGITS = 9;
export const PHONE_NATIONAL_MAX_DIGITS = 12;
/** Longest input accepted before normalising (leaves room for separators). */
export const PHONE_INPUT_MAX_LENGTH = 30;
/** Second digit of mobile prefixes in use (081x, 082x, 083x, 085x, 087x, 088x, 089x). */
const MOBILE_SECOND_DIGITS = new Set(['1', '2', '3', '5', '7', '8', '9']);

export type PhoneResult = { ok: true; phone: string } | { ok: false; key: ValidationMessageKey };

export function normalizeIndonesianPhone(input: string): PhoneResult {
  const written = input.trim();
  if (!/^\+?[\d\s.\-()]+$/.test(written)) return { ok: false, key: 'phone.invalid_chars' };
  const digits = written.replace(/\D/g, '');
  let national: string;
  if (digits.startsWith('62')) national = digits.slice(2).replace(/^0/, '');
  else if (written.startsWith('+')) return { ok: false, key: 'phone.not_mobile' };
  else if (digits.startsWith('0')) national = digits.slice(1);
  else national = digits;
  if (!national.startsWith('8') || (national.length > 1 && !MOBILE_SECOND_DIGITS.has(national[1] ?? ''))) {
    return { ok: false, key: 'phone.not_mobile' };
  }
  if (national.length < PHONE_NATIONAL_MIN_DIGITS) return { ok: false, key: 'phone.too_short' };
  if (national.length > PHONE_NATIONAL_MAX_DIGITS) return { ok: false, key: 'phone.too_long' };
  return { ok: true, phone: `+62${national}` };
}
