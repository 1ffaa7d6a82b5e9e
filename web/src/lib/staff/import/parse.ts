/**
 * Reads a chosen spreadsheet with core's book import, in the browser. exceljs is large, so the
 * XLSX reader is imported only when an .xlsx file is chosen (this module is itself loaded only by
 * the import page).
 */
import type { ImportResult } from '@buku/core/import/book';
import { importBookCsv } from '@buku/core/import/csv';
import { witaDate } from '@buku/core/wita/index';
import type { FileKind } from './preview';

export async function parseBook(file: File, kind: FileKind, now: Date = new Date()): Promise<ImportResult> {
  // Lenient always: the preview applies strict mode itself (see preview.ts).
  const options = { mode: 'lenient', today: witaDate(now) } as const;
  if (kind === 'csv') return importBookCsv(await file.text(), options);
  const { importBookXlsx } = await import('@buku/core/import/xlsx');
  return importBookXlsx(await file.arrayBuffer(), options);
}
