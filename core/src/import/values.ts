/**
 * Reading what volunteers type into a complaint-book spreadsheet: forgiving about case, spaces,
 * punctuation and common words; strict about what cannot be right (31/02/2026).
 */
import {
  AGE_GROUPS,
  CHANNELS,
  DISABILITIES,
  GENDERS,
  MALADMINISTRATION_TYPES,
  SECTORS,
  URGENCY_LEVELS,
  type AgeGroupId,
  type ChannelId,
  type DisabilityId,
  type GenderId,
  type MaladministrationId,
  type SectorId,
  type TaxonomyEntry,
  type UrgencyId
} from '../taxonomy/index';
import type { ForumStatus } from '../forum/record';

/** A cell as the readers hand it over. */
export type Cell = string | number | boolean | Date | null | undefined;

/** Lower case, letters and digits only, words separated by one space. */
export function plainWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

// ---------- dates ----------

export type DateResult = { ok: true; date: string } | { ok: false; kind: 'invalid_date' | 'impossible_date' };

function ymd(year: number, month: number, day: number): DateResult {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    d.getUTCFullYear() !== year ||
    d.getUTCMonth() !== month - 1 ||
    d.getUTCDate() !== day
  ) {
    return { ok: false, kind: 'impossible_date' };
  }
  return {
    ok: true,
    date: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  };
}

/** Excel's day serial (1900 system, with its fictitious 29 Feb 1900) to a date. */
function fromExcelSerial(serial: number): DateResult {
  const ms = Math.round((serial - 25569) * 86_400_000);
  const d = new Date(ms);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY (day and month may have one digit), an Excel date cell
 * (a Date whose UTC calendar day is the date typed) or an Excel day serial.
 */
export function parseBookDate(cell: Cell): DateResult | null {
  if (cell === null || cell === undefined || cell === '') return null;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, kind: 'invalid_date' };
    return ymd(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  }
  if (typeof cell === 'number') {
    return cell >= 20000 && cell < 80000 ? fromExcelSerial(cell) : { ok: false, kind: 'invalid_date' };
  }
  const text = String(cell).trim();
  if (text === '') return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(text);
  if (m) return ymd(Number(m[3]), Number(m[2]), Number(m[1]));
  // A date-time exported from another tool: take the date part when it is ISO.
  m = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}/.exec(text);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  return { ok: false, kind: 'invalid_date' };
}

// ---------- taxonomy look-ups ----------

function taxonomyIndex<Id extends string>(entries: readonly TaxonomyEntry<Id>[]): Map<string, Id> {
  const index = new Map<string, Id>();
  const put = (text: string, id: Id) => {
    const words = plainWords(text);
    if (!words) return;
    if (!index.has(words)) index.set(words, id);
    const compact = words.replace(/ /g, '');
    if (!index.has(compact)) index.set(compact, id);
  };
  for (const entry of entries) {
    put(entry.id.replace(/_/g, ' '), entry.id);
    put(entry.label.id, entry.id);
    put(entry.label.en, entry.id);
    for (const alias of entry.aliases ?? []) put(alias, entry.id);
  }
  return index;
}

function lookup<Id extends string>(index: Map<string, Id>, text: string): Id | undefined {
  const words = plainWords(text);
  if (!words) return undefined;
  const exact = index.get(words) ?? index.get(words.replace(/ /g, ''));
  if (exact) return exact;
  // "Bansos PKH", "Puskesmas Sandik": words or word pairs that name exactly one entry.
  const tokens = words.split(' ');
  const found = new Set<Id>();
  for (let i = 0; i < tokens.length; i++) {
    const one = index.get(tokens[i]!);
    if (one) found.add(one);
    if (i + 1 < tokens.length) {
      const two = index.get(`${tokens[i]} ${tokens[i + 1]}`);
      if (two) found.add(two);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

const sectorIndex = taxonomyIndex(SECTORS);
const maladministrationIndex = taxonomyIndex(MALADMINISTRATION_TYPES);
const channelIndex = taxonomyIndex(CHANNELS);

export function matchSector(text: string): SectorId | undefined {
  return lookup(sectorIndex, text);
}

export function matchMaladministration(text: string): MaladministrationId | undefined {
  return lookup(maladministrationIndex, text);
}

export function matchChannel(text: string): ChannelId | undefined {
  return lookup(channelIndex, text);
}

const genderIndex = taxonomyIndex(GENDERS);
const GENDER_WORDS: Record<string, GenderId> = {
  lk: 'laki_laki',
  laki: 'laki_laki',
  m: 'laki_laki',
  male: 'laki_laki',
  pr: 'perempuan',
  f: 'perempuan',
  female: 'perempuan'
};

/** L/P, Laki-laki/Perempuan, pria/wanita… (GENDERS and its aliases, plus a few more). */
export function matchGender(text: string): GenderId | undefined {
  return GENDER_WORDS[plainWords(text)] ?? genderIndex.get(plainWords(text));
}

const STATUS_WORDS: Record<string, ForumStatus> = {
  diterima: 'diterima',
  terima: 'diterima',
  baru: 'diterima',
  masuk: 'diterima',
  diverifikasi: 'diverifikasi',
  verifikasi: 'diverifikasi',
  terverifikasi: 'diverifikasi',
  ditindaklanjuti: 'ditindaklanjuti',
  tindaklanjut: 'ditindaklanjuti',
  proses: 'ditindaklanjuti',
  diproses: 'ditindaklanjuti',
  dalamproses: 'ditindaklanjuti',
  pendampingan: 'ditindaklanjuti',
  dirujuk: 'dirujuk',
  rujuk: 'dirujuk',
  diteruskan: 'dirujuk',
  selesai: 'selesai',
  tuntas: 'selesai',
  ditolak: 'ditolak',
  tolak: 'ditolak',
  ditutup: 'ditutup_tanpa_tanggapan',
  tutup: 'ditutup_tanpa_tanggapan',
  ditutuptanpatanggapan: 'ditutup_tanpa_tanggapan'
};

export function matchStatus(text: string): ForumStatus | undefined {
  return STATUS_WORDS[plainWords(text).replace(/ /g, '')];
}

const urgencyIndex = taxonomyIndex(URGENCY_LEVELS);
const URGENCY_WORDS: Record<string, UrgencyId> = {
  rendah: 'biasa',
  sedang: 'mendesak',
  segera: 'mendesak',
  tinggi: 'darurat'
};

export function matchUrgency(text: string): UrgencyId | undefined {
  return lookup(urgencyIndex, text) ?? URGENCY_WORDS[plainWords(text)];
}

const ageIndex = taxonomyIndex(AGE_GROUPS);
const AGE_WORDS: Record<string, AgeGroupId> = { anak: 'anak', lansia: '60_plus', 'lanjut usia': '60_plus' };

/** An age in years, an age-group id ("30_44", "30-44") or "anak" / "lansia". */
export function matchAgeGroup(text: string): AgeGroupId | undefined {
  const words = plainWords(text);
  if (/^\d{1,3}$/.test(words)) {
    const age = Number(words);
    if (age > 120) return undefined;
    return age < 18 ? 'anak' : age < 30 ? '18_29' : age < 45 ? '30_44' : age < 60 ? '45_59' : '60_plus';
  }
  return AGE_WORDS[words] ?? ageIndex.get(words) ?? ageIndex.get(words.replace(/ /g, ''));
}

const disabilityIndex = taxonomyIndex(DISABILITIES);
const DISABILITY_WORDS: Record<string, DisabilityId> = {
  daksa: 'fisik',
  tunadaksa: 'fisik',
  netra: 'sensorik_netra',
  tunanetra: 'sensorik_netra',
  rungu: 'sensorik_rungu',
  tunarungu: 'sensorik_rungu',
  tuli: 'sensorik_rungu',
  wicara: 'sensorik_wicara',
  tunawicara: 'sensorik_wicara',
  psikososial: 'mental'
};

/** A kind of disability ("netra", "fisik", "tunarungu"…). */
export function matchDisabilityKind(text: string): DisabilityId | undefined {
  const words = plainWords(text).replace(/^disabilitas /, '');
  return DISABILITY_WORDS[words.replace(/ /g, '')] ?? lookup(disabilityIndex, words);
}

export function matchYesNo(text: string): boolean | undefined {
  const words = plainWords(text);
  if (['ya', 'y', 'iya', 'ada', 'yes', '1', 'true'].includes(words)) return true;
  if (['tidak', 't', 'tdk', 'tidak ada', 'no', '0', 'false', 'bukan'].includes(words)) return false;
  return undefined;
}
