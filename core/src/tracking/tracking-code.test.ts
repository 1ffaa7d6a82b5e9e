import { describe, expect, it } from 'vitest';
import {
  TRACKING_ALPHABET,
  TRACKING_CODE_LENGTH,
  TRACKING_RANDOM_BITS,
  formatTrackingCode,
  generateTrackingCode,
  parseTrackingCode
} from './tracking-code';

describe('the tracking alphabet', () => {
  it('has no 0, O, 1, I, L, S or U and a prime size', () => {
    for (const char of '0O1ILSU') expect(TRACKING_ALPHABET).not.toContain(char);
    expect(TRACKING_ALPHABET).toHaveLength(29);
    expect(new Set(TRACKING_ALPHABET).size).toBe(29);
  });

  it('gives at least 50 bits of randomness', () => {
    expect(TRACKING_RANDOM_BITS).toBeGreaterThanOrEqual(50);
  });
});

describe('generated codes', () => {
  it('are 12 characters of the alphabet with a valid check character, and differ', () => {
    const codes = Array.from({ length: 500 }, () => generateTrackingCode());
    for (const code of codes) {
      expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRTVWXYZ]{12}$/);
      expect(parseTrackingCode(code)).toEqual({ ok: true, code, display: formatTrackingCode(code) });
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('use every character about equally (no modulo bias)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      for (const char of generateTrackingCode().slice(0, 11)) counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    // 33,000 draws over 29 characters: about 1138 each; 5 standard deviations is ±165.
    for (const char of TRACKING_ALPHABET)
      expect(Math.abs((counts.get(char) ?? 0) - 33000 / 29)).toBeLessThan(165);
  });

  it('skip random bytes that would bias the draw', () => {
    // 232…255 must be thrown away; 0 → '2', 28 → 'Z', 29 → '2', 1 → '3' … 8 → 'A'.
    const bytes = [255, 232, 0, 28, 29, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    const code = generateTrackingCode((buffer) => {
      buffer.set(bytes.slice(0, buffer.length));
      return buffer;
    });
    expect(code.slice(0, 11)).toBe('2Z23456789A');
    expect(parseTrackingCode(code).ok).toBe(true);
  });
});

describe('parseTrackingCode', () => {
  const code = generateTrackingCode();

  it('accepts the code typed in lower case, with spaces, dashes (also – and —) or dots', () => {
    const display = formatTrackingCode(code);
    expect(display).toMatch(/^.{4}-.{4}-.{4}$/);
    for (const typed of [
      code,
      display,
      code.toLowerCase(),
      ` ${display.replace(/-/g, ' ')} `,
      display.replace(/-/g, '.'),
      // A phone keyboard's "smart" dashes.
      display.replace(/-/g, '–'),
      display.replace(/-/g, '—')
    ])
      expect(parseTrackingCode(typed)).toEqual({ ok: true, code, display });
  });

  it('detects every single mistyped character, at every position', () => {
    let mutations = 0;
    for (let position = 0; position < TRACKING_CODE_LENGTH; position++) {
      for (const replacement of TRACKING_ALPHABET) {
        if (replacement === code[position]) continue;
        const typo = code.slice(0, position) + replacement + code.slice(position + 1);
        const parsed = parseTrackingCode(typo);
        expect(parsed, typo).toMatchObject({ ok: false, problem: 'check' });
        mutations++;
      }
    }
    expect(mutations).toBe(12 * 28);
  });

  it('detects two neighbouring characters swapped', () => {
    for (let position = 0; position < TRACKING_CODE_LENGTH - 1; position++) {
      if (code[position] === code[position + 1]) continue;
      const swapped =
        code.slice(0, position) + code[position + 1] + code[position] + code.slice(position + 2);
      expect(parseTrackingCode(swapped)).toMatchObject({ ok: false, problem: 'check' });
    }
  });

  it('explains a typing mistake in both languages', () => {
    const typo = (code[0] === '2' ? '3' : '2') + code.slice(1);
    expect(parseTrackingCode(typo)).toEqual({
      ok: false,
      problem: 'check',
      reason: {
        id: 'Kode pelacakan salah ketik: periksa lagi setiap huruf dan angka.',
        en: 'The tracking code has a typing mistake: check each character again.'
      }
    });
  });

  it('names characters that are never used', () => {
    expect(parseTrackingCode('K7QM-XR4T-P9W0')).toEqual({
      ok: false,
      problem: 'not_used',
      reason: {
        id: 'Kode pelacakan tidak memakai 0. Kode hanya berisi angka 2–9 dan huruf kecuali I, L, O, S, U.',
        en: 'Tracking codes never contain 0. They use the digits 2–9 and letters except I, L, O, S, U.'
      }
    });
    expect(parseTrackingCode('oi1l-su23-4567')).toMatchObject({
      problem: 'not_used',
      reason: { en: expect.stringContaining('O I 1 L S U') }
    });
  });

  it('refuses an empty or wrong-length code', () => {
    expect(parseTrackingCode(' - ')).toEqual({
      ok: false,
      problem: 'empty',
      reason: { id: 'Masukkan kode pelacakan.', en: 'Enter the tracking code.' }
    });
    expect(parseTrackingCode(code.slice(0, 11))).toMatchObject({
      ok: false,
      problem: 'length',
      reason: { en: 'A tracking code has 12 characters; this has 11.' }
    });
  });
});
