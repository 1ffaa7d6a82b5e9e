/**
 * The import page's model: what core's book import found in a file, row by row, before anything
 * is written. The file is parsed once (leniently); strict mode is applied here, so switching it
 * does not read the file again. Pure: no Firebase, no exceljs.
 */
import type { ImportedComplaint, ImportMode, ImportResult } from '@buku/core/import/book';
import { storedRowOf } from '@buku/core/import/stored-row';
import type { Label } from '@buku/core/i18n';
import { generateTrackingCode } from '@buku/core/tracking/tracking-code';

export interface PreviewRow {
  /** Spreadsheet row number, as Excel or LibreOffice shows it. */
  line: number;
  ok: boolean;
  /** Why the row is refused, in both languages (empty for a valid row). */
  problems: Label[];
  /** The valid row as it will be sent (absent for a refused row). */
  row?: ImportedComplaint;
}

export interface ImportPreview {
  rows: PreviewRow[];
  /** Problems with the file as a whole: nothing can be sent then. */
  fileProblems: Label[];
  total: number;
  valid: number;
  refused: number;
  mode: ImportMode;
  /** What goes to importBook: the valid rows, or none in strict mode when any row failed. */
  toSend: ImportedComplaint[];
}

/** Any valid code: the preview checks a row's shape, the server gives the real code. */
const PREVIEW_TRACKING_CODE = generateTrackingCode();

/**
 * Every row in spreadsheet order, valid and refused side by side. A row core's import accepts is
 * also checked as the complaint the server will store (core's storedRowOf, which the import
 * callable runs), so the preview refuses what the server would refuse.
 */
export function buildPreview(result: ImportResult, mode: ImportMode, ccId: string): ImportPreview {
  const valid: ImportedComplaint[] = [];
  const refusedAsStored: PreviewRow[] = [];
  for (const row of result.rows) {
    const stored = storedRowOf(ccId, row, PREVIEW_TRACKING_CODE);
    if (stored.ok) valid.push(row);
    else refusedAsStored.push({ line: row.line, ok: false, problems: stored.problems.map((p) => p.message) });
  }
  const rows: PreviewRow[] = [
    ...valid.map((row) => ({ line: row.line, ok: true, problems: [], row })),
    ...result.rejected.map((r) => ({ line: r.line, ok: false, problems: r.problems.map((p) => p.message) })),
    ...refusedAsStored
  ].sort((a, b) => a.line - b.line);
  const refused = result.rejected.length + refusedAsStored.length;
  const blocked = result.fileProblems.length > 0 || (mode === 'strict' && refused > 0);
  return {
    rows,
    fileProblems: result.fileProblems.map((p) => p.message),
    total: rows.length,
    valid: valid.length,
    refused,
    mode,
    toSend: blocked ? [] : valid
  };
}

export type FileKind = 'csv' | 'xlsx';

/** Which reader a chosen file needs, by its name (phones often give no MIME type), or null. */
export function fileKindOf(name: string): FileKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return null;
}

/** importBook takes at most this many rows per call (functions' MAX_ROWS_PER_CALL). */
export const MAX_ROWS_PER_CALL = 5000;

/** One rejected row as importBook returns it. */
export interface ServerRejectedRow {
  line: number;
  problems: { field: string; message: Label }[];
}

export interface ImportOutcome {
  imported: number;
  alreadyImported: number;
  rejected: ServerRejectedRow[];
  firstRegisterNumber: string | null;
  lastRegisterNumber: string | null;
}

const isLabel = (v: unknown): v is Label =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Label).id === 'string' &&
  typeof (v as Label).en === 'string';

/** The callable's answer read defensively: a malformed field becomes empty, never a crash. */
export function outcomeOf(data: unknown): ImportOutcome {
  const d = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  const rejected = Array.isArray(d.rejected)
    ? d.rejected.map((r: unknown): ServerRejectedRow => {
        const row = (typeof r === 'object' && r !== null ? r : {}) as Record<string, unknown>;
        const problems = Array.isArray(row.problems) ? row.problems : [];
        return {
          line: count(row.line),
          problems: problems
            .map((p: unknown) => (typeof p === 'object' && p !== null ? (p as Record<string, unknown>) : {}))
            .filter((p) => isLabel(p.message))
            .map((p) => ({ field: typeof p.field === 'string' ? p.field : '', message: p.message as Label }))
        };
      })
    : [];
  return {
    imported: count(d.imported),
    alreadyImported: count(d.alreadyImported),
    rejected: rejected.sort((a, b) => a.line - b.line),
    firstRegisterNumber: text(d.firstRegisterNumber),
    lastRegisterNumber: text(d.lastRegisterNumber)
  };
}
