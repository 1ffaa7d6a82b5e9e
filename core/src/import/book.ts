/**
 * A complaint book typed into a spreadsheet, checked row by row. The readers (CSV, XLSX) hand
 * over a table of cells; this module finds the columns, checks each row and returns the valid
 * rows plus every refused row with its line number and reasons.
 */
import type { ForumRecord, ForumStatus } from '../forum/record';
import type {
  AgeGroupId,
  ChannelId,
  DisabilityId,
  GenderId,
  MaladministrationId,
  SectorId,
  UrgencyId
} from '../taxonomy/index';
import { findLombokBaratVillage } from '../forum/villages';
import { problem, type ImportProblem } from './problems';
import {
  cellText,
  matchAgeGroup,
  matchChannel,
  matchDisabilityKind,
  matchGender,
  matchMaladministration,
  matchSector,
  matchStatus,
  matchUrgency,
  matchYesNo,
  parseBookDate,
  plainWords,
  type Cell
} from './values';

/** Columns of a complaint book, with the headings people use for them. */
export const BOOK_COLUMNS = {
  tanggal_diterima: [
    'tanggal diterima',
    'tgl diterima',
    'tanggal terima',
    'tanggal pengaduan',
    'tanggal',
    'tgl'
  ],
  nama_pelapor: ['nama pelapor', 'nama', 'pelapor', 'nama pengadu'],
  kontak: ['kontak', 'no hp', 'nomor hp', 'hp', 'telepon', 'no telepon', 'no wa', 'whatsapp'],
  jenis_kelamin: ['jenis kelamin', 'jk', 'l p', 'kelamin'],
  desa: ['desa', 'kelurahan', 'desa kelurahan'],
  dusun: ['dusun', 'lingkungan'],
  sektor: ['sektor', 'bidang', 'sektor layanan', 'substansi'],
  penyelenggara: ['penyelenggara', 'terlapor', 'instansi', 'penyelenggara layanan'],
  uraian: ['uraian', 'uraian pengaduan', 'isi pengaduan', 'keluhan', 'kronologi'],
  harapan: ['harapan', 'tuntutan', 'harapan pelapor'],
  status: ['status'],
  tanggal_selesai: ['tanggal selesai', 'tgl selesai'],
  // Optional columns some books keep.
  tanggal_verifikasi: ['tanggal verifikasi', 'tgl verifikasi'],
  jumlah_terdampak: ['jumlah terdampak', 'terdampak', 'jumlah warga terdampak'],
  urgensi: ['urgensi', 'tingkat urgensi', 'prioritas'],
  maladministrasi: ['maladministrasi', 'jenis maladministrasi'],
  saluran: ['saluran', 'media pengaduan', 'cara pengaduan'],
  kelompok_usia: ['kelompok usia', 'usia', 'umur'],
  disabilitas: ['disabilitas', 'difabel', 'penyandang disabilitas'],
  kepuasan: ['kepuasan', 'nilai kepuasan']
} as const;
export type BookColumn = keyof typeof BOOK_COLUMNS;

/** Without these a row cannot be counted at the forum. */
export const REQUIRED_COLUMNS: readonly BookColumn[] = [
  'tanggal_diterima',
  'desa',
  'sektor',
  'penyelenggara',
  'uraian'
];

export type ImportMode = 'lenient' | 'strict';

export interface ImportOptions {
  /** lenient (default): keep valid rows, list the rest; strict: keep nothing when a row fails. */
  mode?: ImportMode;
  /** Dates after this day ('YYYY-MM-DD', WITA) are refused as not yet happened. */
  today?: string;
}

/** One valid row: what the paper book says, ready for the forum or to be stored as a complaint. */
export interface ImportedComplaint {
  line: number;
  /** 'YYYY-MM-DD' */
  receivedDate: string;
  complainantName?: string;
  contact?: string;
  gender?: GenderId;
  desa: string;
  /** Kemendagri code when `desa` names a Lombok Barat village (idn-area-data). */
  desaCode?: string;
  dusun?: string;
  sector: SectorId;
  /** The sector as written in the book. */
  sectorText: string;
  provider: string;
  description: string;
  remedy?: string;
  status: ForumStatus;
  /** Closing date for selesai / ditolak / ditutup, 'YYYY-MM-DD'. */
  closedDate?: string;
  verifiedDate?: string;
  peopleAffected?: number;
  urgency?: UrgencyId;
  maladministration?: MaladministrationId;
  channel?: ChannelId;
  ageGroup?: AgeGroupId;
  disability?: boolean;
  disabilities?: DisabilityId[];
  satisfaction?: number;
}

export interface RejectedRow {
  line: number;
  problems: ImportProblem[];
}

export interface ImportResult {
  /** Valid rows; empty in strict mode when anything failed. */
  rows: ImportedComplaint[];
  rejected: RejectedRow[];
  /** Problems with the file as a whole (no rows are taken then). */
  fileProblems: ImportProblem[];
  /** Non-empty data rows read. */
  rowCount: number;
  ok: boolean;
}

export interface BookTable {
  /** Rows with their spreadsheet row numbers; the first non-empty row is the header. */
  rows: { line: number; cells: Cell[] }[];
}

function headerKey(text: string): string {
  return plainWords(text);
}

const HEADER_INDEX = new Map<string, BookColumn>();
for (const [column, names] of Object.entries(BOOK_COLUMNS) as [BookColumn, readonly string[]][]) {
  HEADER_INDEX.set(headerKey(column), column);
  for (const name of names) HEADER_INDEX.set(headerKey(name), column);
}

export function matchHeader(text: string): BookColumn | undefined {
  return HEADER_INDEX.get(headerKey(text));
}

const OPEN_STATUSES: ReadonlySet<ForumStatus> = new Set([
  'diterima',
  'diverifikasi',
  'ditindaklanjuti',
  'dirujuk'
]);

/** How many rows from the top may hold a title before the headings. */
const HEADER_SEARCH_ROWS = 10;

function namesRequiredColumns(cells: Cell[]): boolean {
  const named = new Set(cells.map((cell) => matchHeader(cellText(cell))));
  return REQUIRED_COLUMNS.every((column) => named.has(column));
}

function isBlankRow(cells: Cell[]): boolean {
  return cells.every((c) => cellText(c) === '');
}

export function importBookTable(table: BookTable, options: ImportOptions = {}): ImportResult {
  const mode = options.mode ?? 'lenient';
  const nonBlank = table.rows.filter((r) => !isBlankRow(r.cells));
  // Books often carry a title ("BUKU PENGADUAN CC …") above the headings: the header is the
  // first of the top rows that names every required column, else the first row.
  const headerAt = Math.max(
    0,
    nonBlank.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => namesRequiredColumns(r.cells))
  );
  const rows = nonBlank.slice(headerAt);
  const header = rows[0];
  if (!header) {
    return { rows: [], rejected: [], fileProblems: [problem(1, 'empty_file')], rowCount: 0, ok: false };
  }
  const fileProblems: ImportProblem[] = [];
  const columnAt = new Map<BookColumn, number>();
  header.cells.forEach((cell, i) => {
    const column = matchHeader(cellText(cell));
    if (!column) return; // Extra columns (no., keterangan, …) are ignored.
    if (columnAt.has(column)) fileProblems.push(problem(header.line, 'duplicate_column', column));
    else columnAt.set(column, i);
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!columnAt.has(column)) fileProblems.push(problem(header.line, 'missing_column', column));
  }
  const dataRows = rows.slice(1);
  if (fileProblems.length > 0) {
    return { rows: [], rejected: [], fileProblems, rowCount: dataRows.length, ok: false };
  }

  const accepted: ImportedComplaint[] = [];
  const rejected: RejectedRow[] = [];
  for (const row of dataRows) {
    const result = checkRow(
      row.line,
      (column) => {
        const i = columnAt.get(column);
        return i === undefined ? undefined : row.cells[i];
      },
      options
    );
    if ('problems' in result) rejected.push(result);
    else accepted.push(result);
  }
  const ok = rejected.length === 0;
  return {
    rows: mode === 'strict' && !ok ? [] : accepted,
    rejected,
    fileProblems: [],
    rowCount: dataRows.length,
    ok
  };
}

function checkRow(
  line: number,
  get: (column: BookColumn) => Cell,
  options: ImportOptions
): ImportedComplaint | RejectedRow {
  const problems: ImportProblem[] = [];
  const text = (column: BookColumn) => cellText(get(column));
  const required = (column: BookColumn): string => {
    const value = text(column);
    if (value === '') problems.push(problem(line, 'missing_value', column));
    return value;
  };
  const date = (column: BookColumn, isRequired: boolean): string | undefined => {
    const cell = get(column);
    const parsed = parseBookDate(cell);
    if (parsed === null) {
      if (isRequired) problems.push(problem(line, 'missing_value', column));
      return undefined;
    }
    if (!parsed.ok) {
      problems.push(problem(line, parsed.kind, column, cellText(cell)));
      return undefined;
    }
    if (options.today && parsed.date > options.today) {
      problems.push(problem(line, 'future_date', column, parsed.date));
      return undefined;
    }
    return parsed.date;
  };

  const receivedDate = date('tanggal_diterima', true);
  const desa = required('desa');
  const sectorText = required('sektor');
  const provider = required('penyelenggara');
  const description = required('uraian');
  let sector: SectorId | undefined;
  if (sectorText !== '') {
    sector = matchSector(sectorText);
    if (!sector) problems.push(problem(line, 'unknown_sector', 'sektor', sectorText));
  }
  const genderText = text('jenis_kelamin');
  const gender = genderText === '' ? undefined : matchGender(genderText);
  if (genderText !== '' && !gender)
    problems.push(problem(line, 'unknown_gender', 'jenis_kelamin', genderText));

  const closedDate = date('tanggal_selesai', false);
  const statusText = text('status');
  let status: ForumStatus | undefined;
  if (statusText === '') {
    status = closedDate || problems.some((p) => p.column === 'tanggal_selesai') ? 'selesai' : 'diterima';
  } else {
    status = matchStatus(statusText);
    if (!status) problems.push(problem(line, 'unknown_status', 'status', statusText));
  }
  if (status === 'selesai' && !closedDate && !problems.some((p) => p.column === 'tanggal_selesai')) {
    problems.push(problem(line, 'missing_resolved_date', 'tanggal_selesai'));
  }
  if (status && OPEN_STATUSES.has(status) && closedDate) {
    problems.push(problem(line, 'resolved_date_on_open_case', 'status', statusText));
  }
  if (receivedDate && closedDate && closedDate < receivedDate) {
    problems.push(problem(line, 'resolved_before_received', 'tanggal_selesai', closedDate));
  }
  const verifiedDate = date('tanggal_verifikasi', false);
  if (receivedDate && verifiedDate && verifiedDate < receivedDate) {
    problems.push(problem(line, 'resolved_before_received', 'tanggal_verifikasi', verifiedDate));
  }

  const row: Partial<ImportedComplaint> = {};
  const peopleText = text('jumlah_terdampak');
  if (peopleText !== '') {
    const n = Number(peopleText.replace(/[.\s]/g, ''));
    if (!Number.isInteger(n) || n < 1) {
      problems.push(
        problem(line, 'invalid_number', 'jumlah_terdampak', peopleText, { id: 'bulat ≥ 1', en: 'whole, ≥ 1' })
      );
    } else row.peopleAffected = n;
  }
  const satisfactionText = text('kepuasan');
  if (satisfactionText !== '') {
    const n = Number(satisfactionText);
    if (!Number.isInteger(n) || n < 1 || n > 5) {
      problems.push(problem(line, 'invalid_number', 'kepuasan', satisfactionText, { id: '1–5', en: '1–5' }));
    } else row.satisfaction = n;
  }
  const optional = <T>(
    column: BookColumn,
    match: (text: string) => T | undefined,
    hint: { id: string; en: string }
  ): T | undefined => {
    const value = text(column);
    if (value === '') return undefined;
    const matched = match(value);
    if (matched === undefined) problems.push(problem(line, 'unknown_value', column, value, hint));
    return matched;
  };
  const urgency = optional('urgensi', matchUrgency, {
    id: 'biasa, mendesak atau darurat',
    en: 'biasa, mendesak or darurat'
  });
  const maladministration = optional('maladministrasi', matchMaladministration, {
    id: 'misalnya penundaan berlarut, pungli',
    en: 'e.g. penundaan berlarut, pungli'
  });
  const channel = optional('saluran', matchChannel, {
    id: 'misalnya datang langsung, WA, telepon',
    en: 'e.g. datang langsung, WA, telepon'
  });
  const ageGroup = optional('kelompok_usia', matchAgeGroup, {
    id: 'umur dalam tahun, 18-29, 30-44, 45-59, anak atau lansia',
    en: 'age in years, 18-29, 30-44, 45-59, anak or lansia'
  });
  // "ya"/"tidak", or the kinds: "netra", "fisik, rungu".
  const disabilityText = text('disabilitas');
  let disability: boolean | undefined;
  const disabilities: DisabilityId[] = [];
  if (disabilityText !== '') {
    disability = matchYesNo(disabilityText);
    if (disability === undefined) {
      for (const part of disabilityText.split(/[,;/]+/)) {
        const kind = matchDisabilityKind(part);
        if (kind) disabilities.push(kind);
      }
      if (disabilities.length === 0 || disabilities.length !== disabilityText.split(/[,;/]+/).length) {
        problems.push(
          problem(line, 'unknown_value', 'disabilitas', disabilityText, {
            id: 'ya, tidak, atau jenisnya: fisik, netra, rungu, wicara, intelektual, mental',
            en: 'ya, tidak, or the kind: fisik, netra, rungu, wicara, intelektual, mental'
          })
        );
      } else disability = true;
    }
  }

  if (problems.length > 0 || !receivedDate || !sector || !status) return { line, problems };

  const out: ImportedComplaint = {
    line,
    receivedDate,
    desa,
    sector,
    sectorText,
    provider,
    description,
    status,
    ...row
  };
  const name = text('nama_pelapor');
  if (name) out.complainantName = name;
  const contact = text('kontak');
  if (contact) out.contact = contact;
  if (gender) out.gender = gender;
  const village = findLombokBaratVillage(desa);
  if (village) out.desaCode = village.code;
  const dusun = text('dusun');
  if (dusun) out.dusun = dusun;
  const remedy = text('harapan');
  if (remedy) out.remedy = remedy;
  if (closedDate) out.closedDate = closedDate;
  if (verifiedDate) out.verifiedDate = verifiedDate;
  if (urgency) out.urgency = urgency;
  if (maladministration) out.maladministration = maladministration;
  if (channel) out.channel = channel;
  if (ageGroup) out.ageGroup = ageGroup;
  if (disability !== undefined) out.disability = disability;
  if (disabilities.length > 0) out.disabilities = disabilities;
  return out;
}

/**
 * What an imported row contributes to the forum, de-identified: name, contact, dusun-level
 * story and remedy stay behind. Dates are whole days, read as 00:00 WITA.
 */
export function toForumRecord(row: ImportedComplaint, ccId: string): ForumRecord {
  const record: ForumRecord = {
    ccId,
    receivedAt: row.receivedDate,
    sector: row.sector,
    provider: row.provider,
    desa: row.desa,
    status: row.status
  };
  if (row.channel) record.channel = row.channel;
  if (row.dusun) record.dusun = row.dusun;
  if (row.gender) record.gender = row.gender;
  if (row.ageGroup) record.ageGroup = row.ageGroup;
  if (row.disability !== undefined) record.disability = row.disability;
  if (row.disabilities) record.disabilities = [...row.disabilities];
  if (row.peopleAffected !== undefined) record.peopleAffected = row.peopleAffected;
  if (row.urgency) record.urgency = row.urgency;
  if (row.maladministration) record.maladministration = row.maladministration;
  if (row.verifiedDate) record.verifiedAt = row.verifiedDate;
  if (row.satisfaction !== undefined) record.satisfaction = row.satisfaction;
  if (row.closedDate) {
    if (row.status === 'selesai') record.resolvedAt = row.closedDate;
    else if (row.status === 'ditolak') record.rejectedAt = row.closedDate;
    else if (row.status === 'ditutup_tanpa_tanggapan') record.closedAt = row.closedDate;
  }
  return record;
}
