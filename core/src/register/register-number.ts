/**
 * Register numbers of a CC's complaint book: `NNN/CODE/ROMAN-MONTH/YEAR`, e.g.
 * `012/CC-SA/XII/2026`. The sequence restarts every year per CC (functions/ keeps the
 * counter); it has at least 3 digits and grows past 999. Month and year are those of
 * receipt, in WITA.
 */
import type { Label } from '../i18n';
import { CENTER_CODE_PATTERN } from '../centers/schema';
import { toCalendarDate } from '../wita/index';

export const ROMAN_MONTHS = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII'
] as const;
export const REGISTER_SEQUENCE_MIN_DIGITS = 3;
export const REGISTER_YEAR_RANGE = { min: 2000, max: 2999 } as const;

export interface RegisterNumber {
  sequence: number;
  code: string;
  /** 1–12 */
  month: number;
  year: number;
}

export type RegisterParse = { ok: true; value: RegisterNumber; text: string } | { ok: false; reason: Label };

function problem(value: RegisterNumber): Label | undefined {
  if (!Number.isSafeInteger(value.sequence) || value.sequence < 1)
    return {
      id: 'Nomor urut harus bilangan bulat mulai 1.',
      en: 'The sequence must be a whole number from 1.'
    };
  if (!CENTER_CODE_PATTERN.test(value.code))
    return {
      id: 'Kode CC hanya huruf besar, angka dan tanda hubung (mis. CC-SA).',
      en: 'The CC code: capital letters, digits and dashes only (e.g. CC-SA).'
    };
  if (!Number.isInteger(value.month) || value.month < 1 || value.month > 12)
    return { id: 'Bulan harus I sampai XII.', en: 'The month must be I to XII.' };
  if (
    !Number.isInteger(value.year) ||
    value.year < REGISTER_YEAR_RANGE.min ||
    value.year > REGISTER_YEAR_RANGE.max
  )
    return { id: 'Tahun tidak masuk akal.', en: 'The year is not plausible.' };
  return undefined;
}

/** `{sequence: 12, code: 'CC-SA', month: 12, year: 2026}` → `012/CC-SA/XII/2026`. Throws on bad parts. */
export function formatRegisterNumber(value: RegisterNumber): string {
  const bad = problem(value);
  if (bad) throw new RangeError(bad.en);
  const sequence = String(value.sequence).padStart(REGISTER_SEQUENCE_MIN_DIGITS, '0');
  return `${sequence}/${value.code}/${ROMAN_MONTHS[value.month - 1]}/${value.year}`;
}

/** The register number of the `sequence`-th complaint of the year, received at `receivedAt`. */
export function registerNumberFor(sequence: number, code: string, receivedAt: Date | string): string {
  const [year, month] = toCalendarDate(receivedAt).split('-').map(Number) as [number, number];
  return formatRegisterNumber({ sequence, code, month, year });
}

const SHAPE = /^(\d+)\/([A-Z0-9-]+)\/([IVX]+)\/(\d{4})$/;

/**
 * Reads a register number as people type it: case and spaces around the slashes do not
 * matter, and a short sequence (`12/…`) is accepted. `text` is the canonical form.
 */
export function parseRegisterNumber(input: string): RegisterParse {
  const compact = input
    .trim()
    .toUpperCase()
    .replace(/\s*\/\s*/g, '/');
  const match = SHAPE.exec(compact);
  if (!match)
    return {
      ok: false,
      reason: {
        id: 'Nomor register harus berbentuk NNN/KODE/BULAN/TAHUN, mis. 012/CC-SA/XII/2026.',
        en: 'A register number looks like NNN/CODE/MONTH/YEAR, e.g. 012/CC-SA/XII/2026.'
      }
    };
  const [, sequence, code, roman, year] = match as unknown as [string, string, string, string, string];
  const month = (ROMAN_MONTHS as readonly string[]).indexOf(roman) + 1;
  if (month === 0)
    return {
      ok: false,
      reason: { id: `"${roman}" bukan bulan Romawi I–XII.`, en: `"${roman}" is not a Roman month I–XII.` }
    };
  const value: RegisterNumber = { sequence: Number(sequence), code, month, year: Number(year) };
  const bad = problem(value);
  if (bad) return { ok: false, reason: bad };
  return { ok: true, value, text: formatRegisterNumber(value) };
}

/** True for a register number in canonical form (what functions/ writes). */
export function isCanonicalRegisterNumber(input: string): boolean {
  const parsed = parseRegisterNumber(input);
  return parsed.ok && parsed.text === input;
}

/** Book order: by CC code, then year, then sequence (the month follows from the sequence). */
export function compareRegisterNumbers(a: RegisterNumber, b: RegisterNumber): number {
  return a.code.localeCompare(b.code) || a.year - b.year || a.sequence - b.sequence;
}
