/**
 * A realistic, deterministic year of complaints for tests, demos and the benchmark. The sector
 * mix follows Ombudsman RI NTB's 2023 complaints by substance (social welfare 88, land 76,
 * education 74, civil registration 67, civil service 40, police 31, health 20 of 552); the 156
 * left are spread over the other sectors with village government largest (it was the most
 * reported party in 2022). Places are real Lombok Barat villages (villages.ts). A persistent
 * water problem with PDAM Giri Menang is injected in June–August in Gunungsari, Batu Layar and
 * Lingsar so a test can check that the ranking finds it.
 */
import type {
  AgeGroupId,
  ChannelId,
  DisabilityId,
  GenderId,
  MaladministrationId,
  SectorId,
  UrgencyId
} from '../taxonomy/index';
import type { ForumRecord, ForumStatus } from './record';
import { DAY_MS, WITA_OFFSET_MS } from './time';
import { LOMBOK_BARAT_VILLAGES, type LombokBaratVillage } from './villages';

/** mulberry32: tiny, fast, good enough for test data; the same seed gives the same year. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Weighted<T> = readonly (readonly [T, number])[];

function picker<T>(table: Weighted<T>): (r: number) => T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  const cumulative = table.map(([, w]) => w / total);
  for (let i = 1; i < cumulative.length; i++) cumulative[i]! += cumulative[i - 1]!;
  return (r) => {
    for (let i = 0; i < cumulative.length; i++) if (r < cumulative[i]!) return table[i]![0];
    return table[table.length - 1]![0];
  };
}

/** Ombudsman NTB 2023 (first seven) and our spread of the remaining 156. */
export const NTB_2023_SECTOR_MIX: Weighted<SectorId> = [
  ['kesejahteraan_sosial', 88],
  ['pertanahan', 76],
  ['pendidikan', 74],
  ['administrasi_kependudukan', 67],
  ['kepegawaian', 40],
  ['kepolisian', 31],
  ['kesehatan', 20],
  ['pemerintahan_desa', 50],
  ['infrastruktur', 36],
  ['air_bersih', 26],
  ['energi_listrik', 18],
  ['perizinan', 8],
  ['lingkungan_hidup', 8],
  ['lainnya', 10]
];

const pickSector = picker(NTB_2023_SECTOR_MIX);
const pickMaladministration = picker<MaladministrationId>([
  ['penundaan_berlarut', 30],
  ['tidak_memberikan_pelayanan', 20],
  ['penyimpangan_prosedur', 20],
  ['permintaan_imbalan', 10],
  ['tidak_kompeten', 8],
  ['tidak_patut', 5],
  ['penyalahgunaan_wewenang', 4],
  ['diskriminasi', 3]
]);
const pickChannel = picker<ChannelId>([
  ['datang_langsung', 45],
  ['whatsapp', 25],
  ['kunjungan_lapangan', 10],
  ['telepon', 8],
  ['web', 6],
  ['surat', 3],
  ['kotak_pengaduan', 2],
  ['sms', 1]
]);
const pickGender = picker<GenderId | undefined>([
  ['perempuan', 52],
  ['laki_laki', 45],
  ['tidak_disebutkan', 1],
  [undefined, 2]
]);
const pickAge = picker<AgeGroupId | undefined>([
  ['anak', 2],
  ['18_29', 25],
  ['30_44', 30],
  ['45_59', 25],
  ['60_plus', 13],
  [undefined, 5]
]);
const pickUrgency = picker<UrgencyId>([
  ['biasa', 55],
  ['mendesak', 35],
  ['darurat', 10]
]);
const pickDisability = picker<DisabilityId>([
  ['fisik', 45],
  ['sensorik_netra', 20],
  ['sensorik_rungu', 15],
  ['sensorik_wicara', 5],
  ['intelektual', 8],
  ['mental', 7]
]);
const pickSatisfaction = picker<number>([
  [1, 5],
  [2, 10],
  [3, 20],
  [4, 40],
  [5, 25]
]);

/** Batu Layar's health centre is in Meninting; elsewhere the kecamatan's name is used. */
function puskesmasOf(v: LombokBaratVillage): string {
  return v.kecamatan === 'Batu Layar' ? 'Puskesmas Meninting' : `Puskesmas ${v.kecamatan}`;
}

function providerFor(sector: SectorId, v: LombokBaratVillage, r: number): string {
  switch (sector) {
    case 'kesejahteraan_sosial':
      return r < 0.5 ? `Kantor Desa ${v.name}` : 'Dinas Sosial Lombok Barat';
    case 'pertanahan':
      return r < 0.7 ? 'Kantor Pertanahan Lombok Barat' : `Kantor Desa ${v.name}`;
    case 'pendidikan':
      return r < 0.55
        ? `SD Negeri ${1 + Math.floor(r * 6)} ${v.name}`
        : r < 0.85
          ? `SMP Negeri 1 ${v.kecamatan}`
          : 'Dinas Pendidikan dan Kebudayaan Lombok Barat';
    case 'administrasi_kependudukan':
      return r < 0.75 ? 'Dukcapil Lombok Barat' : `Kantor Desa ${v.name}`;
    case 'kepegawaian':
      return 'BKPSDM Lombok Barat';
    case 'kepolisian':
      return r < 0.7 ? `Polsek ${v.kecamatan}` : 'Polres Lombok Barat';
    case 'kesehatan':
      return r < 0.6 ? puskesmasOf(v) : r < 0.85 ? 'RSUD Tripat' : 'BPJS Kesehatan';
    case 'infrastruktur':
      return r < 0.6 ? 'Dinas PUPR Lombok Barat' : `Kantor Desa ${v.name}`;
    case 'air_bersih':
      return 'PDAM Giri Menang';
    case 'energi_listrik':
      return 'PLN UP3 Mataram';
    case 'pemerintahan_desa':
      return `Kantor Desa ${v.name}`;
    case 'perizinan':
      return 'DPMPTSP Lombok Barat';
    case 'lingkungan_hidup':
      return 'Dinas Lingkungan Hidup Lombok Barat';
    case 'lainnya':
      return `Kantor Camat ${v.kecamatan}`;
  }
}

/** How volunteers actually type names: case, spacing and abbreviations vary. */
function misspell(name: string, r: number): string {
  if (r < 0.75) return name;
  if (r < 0.8) return name.toLowerCase();
  if (r < 0.85) return name.toUpperCase();
  if (r < 0.9) return name.replace('Gunungsari', 'Gunung Sari').replace('Batu Layar', 'Batulayar');
  if (r < 0.95) return name.replace(/^Puskesmas /, 'PKM ').replace(/^SD Negeri /, 'SDN ');
  return `${name}.`;
}

export interface GeneratedCc {
  id: string;
  name: string;
  village: LombokBaratVillage;
  /** Villages it serves: its own first, then neighbours in the same kecamatan. */
  villages: readonly LombokBaratVillage[];
}

/** The two CCs named in DESIGN.md, then numbered CCs spread over Lombok Barat's villages. */
export function generateCcs(count: number, seed = 1): GeneratedCc[] {
  const rand = seededRandom(seed ^ 0x5eed);
  const byKecamatan = new Map<string, LombokBaratVillage[]>();
  for (const v of LOMBOK_BARAT_VILLAGES) {
    const list = byKecamatan.get(v.kecamatan) ?? [];
    list.push(v);
    byKecamatan.set(v.kecamatan, list);
  }
  const find = (name: string) => LOMBOK_BARAT_VILLAGES.find((v) => v.name === name)!;
  const ccs: GeneratedCc[] = [];
  for (let i = 0; i < count; i++) {
    let id: string;
    let name: string;
    let village: LombokBaratVillage;
    if (i === 0) {
      [id, name, village] = ['saling-anton', 'CC Saling Anton', find('Sandik')];
    } else if (i === 1) {
      [id, name, village] = ['paer-mambal', 'Lembaga Adat Paer Mambal', find('Mambalan')];
    } else {
      village = LOMBOK_BARAT_VILLAGES[Math.floor(rand() * LOMBOK_BARAT_VILLAGES.length)]!;
      id = `cc-${String(i + 1).padStart(4, '0')}`;
      name = `CC ${village.name} ${i + 1}`;
    }
    const neighbours = byKecamatan.get(village.kecamatan)!.filter((v) => v !== village);
    const served = [village];
    const extra = Math.floor(rand() * 3);
    for (let k = 0; k < extra && neighbours.length > 0; k++) {
      const pick = neighbours[Math.floor(rand() * neighbours.length)]!;
      if (!served.includes(pick)) served.push(pick);
    }
    ccs.push({ id, name, village, villages: served });
  }
  return ccs;
}

export interface YearOptions {
  seed: number;
  year: number;
  /** A number of CCs (generated with `generateCcs`) or the CCs themselves. */
  ccs: number | readonly GeneratedCc[];
  /** Complaints in the whole year across all CCs. */
  total: number;
  /** Inject the persistent PDAM problem of June–August (default true). */
  hotIssue?: boolean;
  /** Events after this instant have not happened yet (default: end of the year, WITA). */
  asOf?: number;
}

const HOT_KECAMATAN = new Set(['Gunungsari', 'Batu Layar', 'Lingsar']);

/** Calendar-day offset between WITA day numbers that lands `workingDays` weekdays later. */
function addWeekdays(day: number, workingDays: number): number {
  let d = day;
  let left = workingDays;
  while (left > 0) {
    d++;
    if ((d + 3) % 7 < 5) left--;
  }
  return d;
}

/**
 * Yields `total` complaints one at a time (never holding them), CC by CC. CCs differ in how busy
 * they are (weights 0.3–1.7), shares allocated by largest remainder so the total is exact.
 */
export function* generateYear(options: YearOptions): Generator<ForumRecord> {
  const rand = seededRandom(options.seed);
  const ccs = typeof options.ccs === 'number' ? generateCcs(options.ccs, options.seed) : options.ccs;
  const weights = ccs.map(() => 0.3 + rand() * 1.4);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / weightSum) * options.total);
  const counts = exact.map(Math.floor);
  let left = options.total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    counts[i]!++;
  }
  const yearStartDay = Math.floor(Date.UTC(options.year, 0, 1) / DAY_MS);
  const daysInYear = Math.floor(Date.UTC(options.year + 1, 0, 1) / DAY_MS) - yearStartDay;
  const asOf = options.asOf ?? Date.UTC(options.year + 1, 0, 1) - WITA_OFFSET_MS;
  const hot = options.hotIssue ?? true;
  const iso = (ms: number) => new Date(ms).toISOString();
  /** An instant on WITA day `day` during office hours. */
  const atOfficeHours = (day: number) =>
    day * DAY_MS -
    WITA_OFFSET_MS +
    (8 + Math.floor(rand() * 8)) * 3_600_000 +
    Math.floor(rand() * 60) * 60_000;

  for (let c = 0; c < ccs.length; c++) {
    const cc = ccs[c]!;
    for (let n = 0; n < counts[c]!; n++) {
      let day = yearStartDay + Math.floor(rand() * daysInYear);
      // Most complaints arrive on working days; move most weekend ones to Monday.
      const weekday = (day + 3) % 7;
      if (weekday >= 5 && rand() < 0.8) day += 7 - weekday;
      if (day >= yearStartDay + daysInYear) day -= 7;
      const received = atOfficeHours(day);
      const village = cc.villages[rand() < 0.7 ? 0 : Math.floor(rand() * cc.villages.length)]!;
      const month = new Date(day * DAY_MS).getUTCMonth();
      let sector = pickSector(rand());
      let provider = misspell(providerFor(sector, village, rand()), rand());
      let urgency = pickUrgency(rand());
      let people =
        rand() < 0.88 ? 1 : rand() < 0.85 ? 2 + Math.floor(rand() * 30) : 50 + Math.floor(rand() * 450);
      if (hot && month >= 5 && month <= 7 && HOT_KECAMATAN.has(village.kecamatan) && rand() < 0.25) {
        sector = 'air_bersih';
        provider = misspell('PDAM Giri Menang', rand());
        urgency = rand() < 0.4 ? 'darurat' : 'mendesak';
        people = 5 + Math.floor(rand() * 120);
      }
      const record: ForumRecord = {
        ccId: cc.id,
        receivedAt: iso(received),
        sector,
        provider,
        maladministration: pickMaladministration(rand()),
        channel: pickChannel(rand()),
        desa: village.name,
        urgency,
        peopleAffected: people,
        status: 'diterima'
      };
      const gender = pickGender(rand());
      if (gender) record.gender = gender;
      const age = pickAge(rand());
      if (age) record.ageGroup = age;
      if (rand() < 0.9) {
        record.disability = rand() < 0.04;
        if (record.disability) record.disabilities = [pickDisability(rand())];
      }

      // The case's life; events after `asOf` have not happened yet.
      let status: ForumStatus = 'diterima';
      const happened = (ms: number) => ms <= asOf;
      const fate = rand();
      const verifyDay = addWeekdays(day, rand() < 0.8 ? Math.floor(rand() * 4) : 3 + Math.floor(rand() * 6));
      const verified = Math.max(received, atOfficeHours(verifyDay));
      if (fate < 0.06) {
        if (happened(verified)) {
          record.rejectedAt = iso(verified);
          status = 'ditolak';
        }
      } else if (fate < 0.95 && happened(verified)) {
        record.verifiedAt = iso(verified);
        status = 'diverifikasi';
        const followDay = addWeekdays(verifyDay, 1 + Math.floor(rand() * (rand() < 0.8 ? 5 : 12)));
        const followed = atOfficeHours(followDay);
        if (fate < 0.88 && happened(followed)) {
          const referred = rand() < 0.2;
          if (referred) record.referredAt = iso(followed);
          else record.followedUpAt = iso(followed);
          status = referred ? 'dirujuk' : 'ditindaklanjuti';
          const endDay = followDay + 2 + Math.floor(rand() * (rand() < 0.75 ? 30 : 90));
          const end = atOfficeHours(endDay);
          if (fate < 0.72 && happened(end)) {
            record.resolvedAt = iso(end);
            status = 'selesai';
            if (rand() < 0.6) record.satisfaction = pickSatisfaction(rand());
          } else if (fate < 0.77 && happened(end)) {
            record.closedAt = iso(end);
            status = 'ditutup_tanpa_tanggapan';
          }
        }
      }
      record.status = status;
      yield record;
    }
  }
}
