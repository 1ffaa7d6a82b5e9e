/**
 * The month's complaint book as the paper register lays it out: one row per complaint, the same
 * columns on paper (print), in CSV and in XLSX. Pure: the Firestore read is in month.ts, the file
 * writers in files.ts.
 */
import type { Label } from '@buku/core/i18n';
import { SECTORS } from '@buku/core/taxonomy/index';
import { witaDate } from '@buku/core/wita/index';
import { STATUS_LABELS } from '@buku/core/workflow/states';
import type { StaffComplaint } from '../cases/model';
import { taxonomyLabel } from '../labels';

export const REGISTER_COLUMNS = [
  { key: 'registerNumber', label: { id: 'Nomor register', en: 'Register number' } },
  { key: 'receivedDate', label: { id: 'Tanggal diterima', en: 'Date received' } },
  { key: 'complainant', label: { id: 'Nama pelapor', en: 'Complainant' } },
  { key: 'desa', label: { id: 'Desa', en: 'Village' } },
  { key: 'sector', label: { id: 'Sektor', en: 'Sector' } },
  { key: 'provider', label: { id: 'Penyelenggara', en: 'Service provider' } },
  { key: 'summary', label: { id: 'Ringkasan pengaduan', en: 'Summary' } },
  { key: 'status', label: { id: 'Status', en: 'Status' } }
] as const satisfies readonly { key: string; label: Label }[];

export type RegisterColumn = (typeof REGISTER_COLUMNS)[number]['key'];

/** One line of the register; every value is text as it is printed. */
export type RegisterRow = Record<RegisterColumn, string>;

/** A complaint of the month with its complainant's name (null: not read, or none given). */
export interface MonthEntry {
  complaint: StaffComplaint;
  complainantName: string | null;
}

/** The summary column holds the start of the chronology: a register line, not the whole story. */
export const SUMMARY_LENGTH = 160;

export function summaryOf(text: string, max = SUMMARY_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Register order: by receipt, then by register number (imports share a day's first instant). */
export function registerOrder(entries: readonly MonthEntry[]): MonthEntry[] {
  return [...entries].sort((a, b) => {
    const at = (a.complaint.receivedAt ?? '').localeCompare(b.complaint.receivedAt ?? '');
    if (at !== 0) return at;
    return (a.complaint.registerNumber ?? '').localeCompare(b.complaint.registerNumber ?? '', 'id', {
      numeric: true
    });
  });
}

/** The register's rows, labels in `lang` (files are always written in Bahasa Indonesia). */
export function registerRows(entries: readonly MonthEntry[], lang: 'id' | 'en' = 'id'): RegisterRow[] {
  return registerOrder(entries).map(({ complaint: c, complainantName }) => ({
    registerNumber: c.registerNumber ?? '',
    receivedDate: c.receivedAt ? witaDate(new Date(c.receivedAt)) : '',
    complainant: complainantName ?? '',
    desa: c.dusun ? `${c.desa} (${c.dusun})` : c.desa,
    sector: taxonomyLabel(SECTORS, c.sector)[lang],
    provider: c.providerName,
    summary: summaryOf(c.chronology),
    status: STATUS_LABELS[c.status][lang]
  }));
}

/** The columns of a register with or without complainants' names (a file without names has no name column). */
export function registerColumns(withNames: boolean): readonly (typeof REGISTER_COLUMNS)[number][] {
  return withNames ? REGISTER_COLUMNS : REGISTER_COLUMNS.filter((c) => c.key !== 'complainant');
}

/** Column headings in Bahasa Indonesia, as the paper book and the files carry them. */
export function registerHeaders(withNames: boolean): string[] {
  return registerColumns(withNames).map((c) => c.label.id);
}

/** Every heading, names included. */
export const REGISTER_HEADERS: string[] = registerHeaders(true);

/** The rows as arrays of cells in column order (CSV and XLSX). */
export function registerCells(rows: readonly RegisterRow[], withNames = true): string[][] {
  const columns = registerColumns(withNames);
  return rows.map((row) => columns.map((c) => row[c.key]));
}

/** File name of the month's book, e.g. `buku-pengaduan-sandik-2026-12.csv`. */
export function registerFileName(ccId: string, month: string, extension: 'csv' | 'xlsx'): string {
  return `buku-pengaduan-${ccId}-${month}.${extension}`;
}
