import { describe, expect, it } from 'vitest';
import { dayOfWeek, isCalendarDate } from '../wita/index';
import { HOLIDAYS_2026, HOLIDAYS_2027, INDONESIAN_HOLIDAYS, hasHolidayData } from './holidays';

describe('the holiday data', () => {
  it('has the 17 holidays and 8 days of cuti bersama of SKB 2026', () => {
    expect(HOLIDAYS_2026.filter((h) => h.kind === 'libur_nasional')).toHaveLength(17);
    expect(HOLIDAYS_2026.filter((h) => h.kind === 'cuti_bersama').map((h) => h.date)).toEqual([
      '2026-02-16',
      '2026-03-18',
      '2026-03-20',
      '2026-03-23',
      '2026-03-24',
      '2026-05-15',
      '2026-05-28',
      '2026-12-24'
    ]);
    expect(HOLIDAYS_2026.some((h) => h.estimated)).toBe(false);
  });

  it('falls on the weekdays the SKB names', () => {
    const weekday = (date: string) => dayOfWeek(date);
    expect(weekday('2026-01-16')).toBe(5); // Jumat, Isra Mikraj
    expect(weekday('2026-03-19')).toBe(4); // Kamis, Nyepi
    expect(weekday('2026-03-21')).toBe(6); // Sabtu, Idul Fitri
    expect(weekday('2026-05-27')).toBe(3); // Rabu, Idul Adha
    expect(weekday('2026-08-17')).toBe(1); // Senin, Kemerdekaan
    expect(weekday('2026-12-24')).toBe(4); // Kamis, cuti bersama Natal
  });

  it('is sorted, without duplicates, with real dates and names in both languages', () => {
    const dates = INDONESIAN_HOLIDAYS.map((h) => h.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    for (const h of INDONESIAN_HOLIDAYS) {
      expect(isCalendarDate(h.date)).toBe(true);
      expect(h.name.id && h.name.en).toBeTruthy();
    }
  });

  it('marks the lunar dates of 2027 as estimates and keeps the certain ones plain', () => {
    const estimated = HOLIDAYS_2027.filter((h) => h.estimated).map((h) => h.date);
    expect(estimated).toContain('2027-03-10');
    expect(HOLIDAYS_2027.find((h) => h.date === '2027-03-26')?.estimated).toBeUndefined(); // Good Friday
    expect(HOLIDAYS_2027.find((h) => h.date === '2027-08-17')?.estimated).toBeUndefined();
  });
});

describe('hasHolidayData', () => {
  it('knows which years the data covers', () => {
    expect(hasHolidayData('2026-05-01')).toBe(true);
    expect(hasHolidayData('2027-12-31')).toBe(true);
    expect(hasHolidayData('2028-01-03')).toBe(false);
  });
});
