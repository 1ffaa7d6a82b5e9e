/**
 * The register as files: CSV with papaparse (small, loaded with this module) and XLSX with
 * exceljs, imported only when an XLSX is asked for.
 */
import Papa from 'papaparse';
import { registerCells, registerColumns, registerHeaders, type RegisterRow } from './columns';

/**
 * Semicolons and a byte-order mark: Excel set to Indonesian opens it in columns, with accents
 * intact (core's CSV reader takes either separator back).
 */
export function registerCsv(rows: readonly RegisterRow[], withNames = true): string {
  const table = { fields: registerHeaders(withNames), data: registerCells(rows, withNames) };
  // escapeFormulae: a cell typed by a citizen as "=HYPERLINK(…)" must stay text in Excel.
  return `\uFEFF${Papa.unparse(table, { delimiter: ';', escapeFormulae: true })}`;
}

const WIDTHS: Record<string, number> = { summary: 60, provider: 28, complainant: 24, registerNumber: 20 };

export async function registerXlsx(
  rows: readonly RegisterRow[],
  title: string,
  withNames = true
): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  // A4 landscape, like the printed register.
  const sheet = workbook.addWorksheet('Buku pengaduan', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
  });
  sheet.addRow([title]).font = { bold: true, size: 13 };
  const header = sheet.addRow(registerHeaders(withNames));
  header.font = { bold: true };
  for (const cells of registerCells(rows, withNames)) sheet.addRow(cells);
  registerColumns(withNames).forEach((c, i) => {
    sheet.getColumn(i + 1).width = WIDTHS[c.key] ?? 16;
  });
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** Hands a file to the browser's download. */
export function download(content: Blob | string, name: string, type = 'text/csv;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
