/**
 * Indonesian national holidays (libur nasional) and collective leave (cuti bersama), as data.
 * Government offices, and so the service providers CCs deal with, are closed on both.
 *
 * 2026: SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497, 2 dan 5
 * Tahun 2025 (announced 19 September 2025): 17 holidays and 8 days of cuti bersama.
 *
 * 2027: the SKB for 2027 was NOT available when this list was written. Fixed-date holidays
 * and the Christian feasts (computed from Easter) are certain; the lunar ones are estimates
 * (`estimated: true`, may be off by a day once the government decides) and cuti bersama is
 * unknown, so none is listed. Replace the 2027 block with the SKB when it is published.
 */
import type { Label } from '../i18n';
import type { CalendarDate } from '../wita/index';

export type HolidayKind = 'libur_nasional' | 'cuti_bersama';

export interface Holiday {
  date: CalendarDate;
  kind: HolidayKind;
  name: Label;
  /** True when the date is an estimate not yet fixed by an SKB. */
  estimated?: boolean;
}

/** Years whose list is complete and official. */
export const OFFICIAL_HOLIDAY_YEARS: readonly number[] = [2026];
/** Years with (partly estimated) data. Outside them only weekends are skipped. */
export const HOLIDAY_YEARS: readonly number[] = [2026, 2027];

const NAMES = {
  tahunBaru: { id: 'Tahun Baru Masehi', en: 'New Year’s Day' },
  israMikraj: { id: 'Isra Mikraj Nabi Muhammad SAW', en: 'Isra and Mi’raj' },
  imlek: { id: 'Tahun Baru Imlek', en: 'Chinese New Year' },
  nyepi: { id: 'Hari Suci Nyepi (Tahun Baru Saka)', en: 'Nyepi (Balinese Saka New Year)' },
  idulFitri: { id: 'Hari Raya Idul Fitri', en: 'Eid al-Fitr' },
  wafatYesus: { id: 'Wafat Yesus Kristus', en: 'Good Friday' },
  paskah: { id: 'Kebangkitan Yesus Kristus (Paskah)', en: 'Easter Sunday' },
  hariBuruh: { id: 'Hari Buruh Internasional', en: 'International Labour Day' },
  kenaikan: { id: 'Kenaikan Yesus Kristus', en: 'Ascension Day' },
  idulAdha: { id: 'Hari Raya Idul Adha', en: 'Eid al-Adha' },
  waisak: { id: 'Hari Raya Waisak', en: 'Vesak' },
  pancasila: { id: 'Hari Lahir Pancasila', en: 'Pancasila Day' },
  tahunBaruIslam: { id: 'Tahun Baru Islam (1 Muharam)', en: 'Islamic New Year' },
  kemerdekaan: { id: 'Hari Proklamasi Kemerdekaan RI', en: 'Independence Day' },
  maulid: { id: 'Maulid Nabi Muhammad SAW', en: 'Prophet Muhammad’s Birthday' },
  natal: { id: 'Hari Raya Natal', en: 'Christmas Day' }
} satisfies Record<string, Label>;

function cuti(of: Label): Label {
  return { id: `Cuti bersama ${of.id}`, en: `Collective leave: ${of.en}` };
}

const holiday = (date: CalendarDate, name: Label, estimated = false): Holiday => ({
  date,
  kind: 'libur_nasional',
  name,
  ...(estimated ? { estimated } : {})
});
const leave = (date: CalendarDate, of: Label): Holiday => ({ date, kind: 'cuti_bersama', name: cuti(of) });

export const HOLIDAYS_2026: readonly Holiday[] = [
  holiday('2026-01-01', NAMES.tahunBaru),
  holiday('2026-01-16', NAMES.israMikraj),
  leave('2026-02-16', NAMES.imlek),
  holiday('2026-02-17', NAMES.imlek),
  leave('2026-03-18', NAMES.nyepi),
  holiday('2026-03-19', NAMES.nyepi),
  leave('2026-03-20', NAMES.idulFitri),
  holiday('2026-03-21', NAMES.idulFitri),
  holiday('2026-03-22', NAMES.idulFitri),
  leave('2026-03-23', NAMES.idulFitri),
  leave('2026-03-24', NAMES.idulFitri),
  holiday('2026-04-03', NAMES.wafatYesus),
  holiday('2026-04-05', NAMES.paskah),
  holiday('2026-05-01', NAMES.hariBuruh),
  holiday('2026-05-14', NAMES.kenaikan),
  leave('2026-05-15', NAMES.kenaikan),
  holiday('2026-05-27', NAMES.idulAdha),
  leave('2026-05-28', NAMES.idulAdha),
  holiday('2026-05-31', NAMES.waisak),
  holiday('2026-06-01', NAMES.pancasila),
  holiday('2026-06-16', NAMES.tahunBaruIslam),
  holiday('2026-08-17', NAMES.kemerdekaan),
  holiday('2026-08-25', NAMES.maulid),
  leave('2026-12-24', NAMES.natal),
  holiday('2026-12-25', NAMES.natal)
];

/**
 * 2027, before its SKB. Estimates: Isra Mikraj and 1 Muharam from the Umm al-Qura calendar
 * (it matched Indonesia's 2026 dates for Rajab and Muharam); Idul Fitri and Idul Adha one day
 * after Umm al-Qura, as Indonesia's MABIMS sighting criterion usually gives (2026: Umm al-Qura
 * 20 March, Indonesia 21 March); Nyepi after the Saka tables; Waisak at the May full moon.
 * Imlek falls on 6 February 2027, a Saturday, so an error there moves no deadline.
 */
export const HOLIDAYS_2027: readonly Holiday[] = [
  holiday('2027-01-01', NAMES.tahunBaru),
  holiday('2027-01-05', NAMES.israMikraj, true),
  holiday('2027-02-06', NAMES.imlek, true),
  holiday('2027-03-08', NAMES.nyepi, true),
  holiday('2027-03-10', NAMES.idulFitri, true),
  holiday('2027-03-11', NAMES.idulFitri, true),
  holiday('2027-03-26', NAMES.wafatYesus),
  holiday('2027-03-28', NAMES.paskah),
  holiday('2027-05-01', NAMES.hariBuruh),
  holiday('2027-05-06', NAMES.kenaikan),
  holiday('2027-05-17', NAMES.idulAdha, true),
  holiday('2027-05-20', NAMES.waisak, true),
  holiday('2027-06-01', NAMES.pancasila),
  holiday('2027-06-06', NAMES.tahunBaruIslam, true),
  holiday('2027-08-14', NAMES.maulid, true),
  holiday('2027-08-17', NAMES.kemerdekaan),
  holiday('2027-12-25', NAMES.natal)
];

export const INDONESIAN_HOLIDAYS: readonly Holiday[] = [...HOLIDAYS_2026, ...HOLIDAYS_2027];

/** Whether holidays are known for the year of a WITA day; outside, only weekends are skipped. */
export function hasHolidayData(date: CalendarDate): boolean {
  return HOLIDAY_YEARS.includes(Number(date.slice(0, 4)));
}
