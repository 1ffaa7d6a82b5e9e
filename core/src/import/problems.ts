/**
 * Every way a spreadsheet row (or the whole file) can be refused, with the reason in plain
 * words, Bahasa Indonesia first and English second, so a volunteer can fix the paper book's copy.
 */
import type { Label } from '../i18n';

export const IMPORT_PROBLEM_KINDS = [
  'empty_file',
  'unreadable_file',
  'missing_column',
  'duplicate_column',
  'missing_value',
  'invalid_date',
  'impossible_date',
  'future_date',
  'unknown_sector',
  'unknown_gender',
  'unknown_status',
  'unknown_value',
  'invalid_number',
  'resolved_before_received',
  'missing_resolved_date',
  'resolved_date_on_open_case'
] as const;
export type ImportProblemKind = (typeof IMPORT_PROBLEM_KINDS)[number];

export interface ImportProblem {
  /** Spreadsheet row number (the header is row 1), as shown by Excel or LibreOffice. */
  line: number;
  kind: ImportProblemKind;
  column?: string;
  value?: string;
  message: Label;
}

function quoted(value: string | undefined): string {
  return value === undefined ? '' : ` "${value}"`;
}

export function problem(
  line: number,
  kind: ImportProblemKind,
  column?: string,
  value?: string,
  extra?: Label
): ImportProblem {
  const col = column ?? '';
  const v = quoted(value);
  const messages: Record<ImportProblemKind, Label> = {
    empty_file: { id: 'Berkas kosong: tidak ada baris judul.', en: 'The file is empty: no header row.' },
    unreadable_file: {
      id: `Berkas tidak dapat dibaca${extra ? `: ${extra.id}` : '.'}`,
      en: `The file cannot be read${extra ? `: ${extra.en}` : '.'}`
    },
    missing_column: {
      id: `Kolom "${col}" tidak ada di baris judul.`,
      en: `Column "${col}" is missing from the header row.`
    },
    duplicate_column: {
      id: `Kolom "${col}" muncul lebih dari sekali.`,
      en: `Column "${col}" appears more than once.`
    },
    missing_value: {
      id: `Kolom ${col} kosong, padahal wajib diisi.`,
      en: `Column ${col} is empty but required.`
    },
    invalid_date: {
      id: `Tanggal di kolom ${col}${v} tidak dikenali; tulis 2026-12-31, 31/12/2026 atau 31-12-2026.`,
      en: `The date in column ${col}${v} is not recognised; write 2026-12-31, 31/12/2026 or 31-12-2026.`
    },
    impossible_date: {
      id: `Tanggal di kolom ${col}${v} tidak ada di kalender.`,
      en: `The date in column ${col}${v} does not exist in the calendar.`
    },
    future_date: {
      id: `Tanggal di kolom ${col}${v} belum terjadi.`,
      en: `The date in column ${col}${v} is in the future.`
    },
    unknown_sector: {
      id: `Sektor${v} tidak dikenali; gunakan misalnya adminduk, bansos, kesehatan, pendidikan, air bersih.`,
      en: `Sector${v} is not recognised; use e.g. adminduk, bansos, kesehatan, pendidikan, air bersih.`
    },
    unknown_gender: {
      id: `Jenis kelamin${v} tidak dikenali; tulis L atau P (atau kosongkan).`,
      en: `Gender${v} is not recognised; write L or P (or leave it empty).`
    },
    unknown_status: {
      id: `Status${v} tidak dikenali; gunakan diterima, diverifikasi, ditindaklanjuti, dirujuk, selesai, ditolak atau ditutup.`,
      en: `Status${v} is not recognised; use diterima, diverifikasi, ditindaklanjuti, dirujuk, selesai, ditolak or ditutup.`
    },
    unknown_value: {
      id: `Isi kolom ${col}${v} tidak dikenali${extra ? `; ${extra.id}` : '.'}`,
      en: `The value in column ${col}${v} is not recognised${extra ? `; ${extra.en}` : '.'}`
    },
    invalid_number: {
      id: `Kolom ${col}${v} harus berisi angka${extra ? ` ${extra.id}` : ''}.`,
      en: `Column ${col}${v} must hold a number${extra ? ` ${extra.en}` : ''}.`
    },
    resolved_before_received: {
      id: `Tanggal di kolom ${col}${v} lebih awal dari tanggal_diterima.`,
      en: `The date in column ${col}${v} is earlier than tanggal_diterima.`
    },
    missing_resolved_date: {
      id: 'Status selesai, tetapi tanggal_selesai kosong.',
      en: 'The status is settled (selesai) but tanggal_selesai is empty.'
    },
    resolved_date_on_open_case: {
      id: `tanggal_selesai terisi, tetapi status${v} berarti pengaduan masih berjalan.`,
      en: `tanggal_selesai is filled in but the status${v} means the complaint is still open.`
    }
  };
  const out: ImportProblem = { line, kind, message: messages[kind] };
  if (column !== undefined) out.column = column;
  if (value !== undefined) out.value = value;
  return out;
}
