/**
 * Complaint books saved as XLSX, read from bytes (a Buffer in Node, an ArrayBuffer in the
 * browser) with exceljs. The first worksheet is the book.
 */
import ExcelJS from 'exceljs';
import { importBookTable, type ImportOptions, type ImportResult } from './book';
import { problem } from './problems';
import type { Cell } from './values';

function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value as Cell;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return plainCell(value.result as ExcelJS.CellValue);
  if ('error' in value) return null;
  return String(value);
}

export async function importBookXlsx(
  data: ArrayBuffer | Uint8Array,
  options: ImportOptions = {}
): Promise<ImportResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs accepts an ArrayBuffer or Buffer at run time; its types only name Buffer.
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      rows: [],
      rejected: [],
      fileProblems: [
        problem(1, 'unreadable_file', undefined, undefined, {
          id: 'bukan berkas Excel (.xlsx) yang utuh; simpan ulang dari Excel atau LibreOffice sebagai .xlsx.',
          en: `it is not a complete Excel (.xlsx) file; save it again from Excel or LibreOffice as .xlsx (${reason}).`
        })
      ],
      rowCount: 0,
      ok: false
    };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    return { rows: [], rejected: [], fileProblems: [problem(1, 'empty_file')], rowCount: 0, ok: false };
  }
  const rows: { line: number; cells: Cell[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(plainCell(row.getCell(c).value));
    rows.push({ line, cells });
  });
  return importBookTable({ rows }, options);
}
