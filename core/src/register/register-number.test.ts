import { describe, expect, it } from 'vitest';
import {
  ROMAN_MONTHS,
  compareRegisterNumbers,
  formatRegisterNumber,
  isCanonicalRegisterNumber,
  parseRegisterNumber,
  registerNumberFor
} from './register-number';

describe('register numbers', () => {
  it('formats with at least three digits and the Roman month', () => {
    expect(formatRegisterNumber({ sequence: 12, code: 'CC-SA', month: 12, year: 2026 })).toBe(
      '012/CC-SA/XII/2026'
    );
    expect(formatRegisterNumber({ sequence: 1, code: 'LA-PM', month: 4, year: 2027 })).toBe(
      '001/LA-PM/IV/2027'
    );
    expect(formatRegisterNumber({ sequence: 1234, code: 'CC-SA', month: 9, year: 2026 })).toBe(
      '1234/CC-SA/IX/2026'
    );
  });

  it('has the twelve Roman months', () => {
    expect(ROMAN_MONTHS.join(' ')).toBe('I II III IV V VI VII VIII IX X XI XII');
  });

  it('takes month and year of receipt in WITA', () => {
    // 31 Dec 2026 16:30 UTC is already 1 January 2027 in Lombok.
    expect(registerNumberFor(1, 'CC-SA', new Date('2026-12-31T16:30:00Z'))).toBe('001/CC-SA/I/2027');
    expect(registerNumberFor(87, 'CC-SA', '2026-12-31T15:30:00Z')).toBe('087/CC-SA/XII/2026');
  });

  it('refuses impossible parts when formatting', () => {
    expect(() => formatRegisterNumber({ sequence: 0, code: 'CC-SA', month: 1, year: 2026 })).toThrow(
      RangeError
    );
    expect(() => formatRegisterNumber({ sequence: 1, code: 'cc sa', month: 1, year: 2026 })).toThrow(
      RangeError
    );
    expect(() => formatRegisterNumber({ sequence: 1, code: 'CC-SA', month: 13, year: 2026 })).toThrow(
      RangeError
    );
  });

  it('parses what people type and gives the canonical form', () => {
    expect(parseRegisterNumber(' 12 / cc-sa / xii / 2026 ')).toEqual({
      ok: true,
      value: { sequence: 12, code: 'CC-SA', month: 12, year: 2026 },
      text: '012/CC-SA/XII/2026'
    });
    expect(parseRegisterNumber('1234/CC-SA/IX/2026')).toMatchObject({ ok: true, value: { sequence: 1234 } });
    expect(isCanonicalRegisterNumber('012/CC-SA/XII/2026')).toBe(true);
    expect(isCanonicalRegisterNumber('12/CC-SA/XII/2026')).toBe(false);
  });

  it.each([
    ['012-CC-SA-XII-2026', 'NNN/CODE/MONTH/YEAR'],
    ['012/CC-SA/12/2026', 'NNN/CODE/MONTH/YEAR'],
    ['012/CC-SA/XIII/2026', '"XIII" is not a Roman month I–XII.'],
    ['012/CC-SA/IIII/2026', '"IIII" is not a Roman month I–XII.'],
    ['000/CC-SA/XII/2026', 'The sequence must be a whole number from 1.'],
    ['012/CC--SA/XII/2026', 'capital letters, digits and dashes only'],
    ['012/CC-SA/XII/1999', 'The year is not plausible.']
  ])('refuses %s', (input, message) => {
    const parsed = parseRegisterNumber(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.reason.en).toContain(message);
      expect(parsed.reason.id.length).toBeGreaterThan(10);
    }
  });

  it('sorts in book order', () => {
    const numbers = ['010/CC-SA/II/2027', '002/CC-SA/I/2027', '100/CC-SA/XII/2026', '009/CC-SA/I/2027'].map(
      (text) => {
        const parsed = parseRegisterNumber(text);
        if (!parsed.ok) throw new Error(text);
        return parsed.value;
      }
    );
    expect(numbers.sort(compareRegisterNumbers).map(formatRegisterNumber)).toEqual([
      '100/CC-SA/XII/2026',
      '002/CC-SA/I/2027',
      '009/CC-SA/I/2027',
      '010/CC-SA/II/2027'
    ]);
  });
});
