/** Complaint books saved as CSV (comma or semicolon, as Excel in Indonesian locales writes). */
import Papa from 'papaparse';
import { importBookTable, type ImportOptions, type ImportResult } from './book';

export function importBookCsv(text: string, options: ImportOptions = {}): ImportResult {
  // A byte-order mark from Excel would otherwise stick to the first heading.
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(clean, { header: false, skipEmptyLines: false, delimiter: '' });
  // Row numbers are spreadsheet rows: the n-th record is row n (blank rows keep their number).
  const rows = parsed.data.map((cells, i) => ({ line: i + 1, cells }));
  return importBookTable({ rows }, options);
}
