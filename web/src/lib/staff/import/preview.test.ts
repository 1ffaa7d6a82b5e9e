import { importBookCsv } from '@buku/core/import/csv';
import { describe, expect, it } from 'vitest';
import { functionsEmulatorAddress } from './call';
import { buildPreview, fileKindOf, outcomeOf } from './preview';

const HEADER = 'tanggal_diterima,nama_pelapor,desa,sektor,penyelenggara,uraian,status';
const GOOD_2 =
  '2026-11-02,Baiq Nurhayati,Sandik,adminduk,Dukcapil Lombok Barat,Akta kelahiran belum terbit,diterima';
const BAD_3 = '31/02/2026,Amaq Sahnun,Sandik,kesehatan,Puskesmas Meninting,Diminta bayar,diterima';
const GOOD_4 = '2026-11-05,,Mambalan,pendidikan,SDN 1 Mambalan,Pungutan seragam sekolah,diterima';
const BAD_5 = '2026-11-06,,,pariwisata,Kantor Desa,Jalan rusak parah,diterima';

const book = (...rows: string[]) => importBookCsv([HEADER, ...rows].join('\n'), { today: '2026-12-03' });

describe('the import preview', () => {
  it('lists every row in spreadsheet order with its problems in both languages', () => {
    const preview = buildPreview(book(GOOD_2, BAD_3, GOOD_4, BAD_5), 'lenient', 'sandik');
    expect(preview.rows.map((r) => [r.line, r.ok])).toEqual([
      [2, true],
      [3, false],
      [4, true],
      [5, false]
    ]);
    expect(preview.total).toBe(4);
    expect(preview.valid).toBe(2);
    expect(preview.refused).toBe(2);
    const row3 = preview.rows[1]!;
    expect(row3.problems).toHaveLength(1);
    expect(row3.problems[0]!.id).toContain('tidak ada di kalender');
    expect(row3.problems[0]!.en).toContain('does not exist in the calendar');
    // Row 5: no desa and an unknown sector, both reported.
    expect(preview.rows[3]!.problems.map((p) => p.en).join(' ')).toMatch(
      /desa.*empty[\s\S]*Sector "pariwisata"/
    );
  });

  it('sends the valid rows in lenient mode and nothing in strict mode when a row fails', () => {
    const result = book(GOOD_2, BAD_3, GOOD_4);
    const lenient = buildPreview(result, 'lenient', 'sandik');
    expect(lenient.toSend.map((r) => r.line)).toEqual([2, 4]);
    expect(lenient.toSend[0]).toMatchObject({
      receivedDate: '2026-11-02',
      sector: 'administrasi_kependudukan',
      desa: 'Sandik'
    });
    const strict = buildPreview(result, 'strict', 'sandik');
    expect(strict.toSend).toEqual([]);
    // The preview itself does not change with the mode.
    expect(strict.rows).toEqual(lenient.rows);
  });

  it('refuses in the preview a row the server would refuse as a stored complaint', () => {
    // Core's book import takes a one-line description; a stored complaint needs 20 letters.
    const short = '2026-11-07,Inaq Rabiah,Sandik,air bersih,PDAM Giri Menang,Air mati.,diterima';
    const preview = buildPreview(book(GOOD_2, short), 'lenient', 'sandik');
    expect(preview.rows.map((r) => [r.line, r.ok])).toEqual([
      [2, true],
      [3, false]
    ]);
    expect(preview.rows[1]!.problems.map((p) => p.id).join(' ')).toContain('paling sedikit 20');
    expect(preview.toSend.map((r) => r.line)).toEqual([2]);
    expect(buildPreview(book(GOOD_2, short), 'strict', 'sandik').toSend).toEqual([]);
  });

  it('sends everything in strict mode when every row is valid', () => {
    expect(buildPreview(book(GOOD_2, GOOD_4), 'strict', 'sandik').toSend.map((r) => r.line)).toEqual([2, 3]);
  });

  it('sends nothing when the file itself is wrong', () => {
    const preview = buildPreview(importBookCsv('judul,lain\n1,2'), 'lenient', 'sandik');
    expect(preview.fileProblems.length).toBeGreaterThan(0);
    expect(preview.fileProblems[0]!.id).toContain('tidak ada di baris judul');
    expect(preview.toSend).toEqual([]);
  });
});

describe('choosing the reader', () => {
  it('goes by the file name', () => {
    expect(fileKindOf('Buku Pengaduan 2026.XLSX')).toBe('xlsx');
    expect(fileKindOf('buku.csv')).toBe('csv');
    expect(fileKindOf('buku.xls')).toBeNull();
    expect(fileKindOf('foto.jpg')).toBeNull();
  });
});

describe("importBook's answer", () => {
  it('reads counts, register range and rejected rows sorted by line', () => {
    const outcome = outcomeOf({
      imported: 2,
      alreadyImported: 1,
      chunks: 1,
      firstRegisterNumber: '001/CC-SA/XI/2026',
      lastRegisterNumber: '002/CC-SA/XI/2026',
      rejected: [
        {
          line: 9,
          problems: [{ field: 'chronology', message: { id: 'Terlalu pendek.', en: 'Too short.' } }]
        },
        { line: 4, problems: [{ field: 'x', message: 'not a label' }] }
      ]
    });
    expect(outcome).toEqual({
      imported: 2,
      alreadyImported: 1,
      firstRegisterNumber: '001/CC-SA/XI/2026',
      lastRegisterNumber: '002/CC-SA/XI/2026',
      rejected: [
        { line: 4, problems: [] },
        { line: 9, problems: [{ field: 'chronology', message: { id: 'Terlalu pendek.', en: 'Too short.' } }] }
      ]
    });
  });

  it('turns a malformed answer into an empty one', () => {
    expect(outcomeOf(null)).toEqual({
      imported: 0,
      alreadyImported: 0,
      rejected: [],
      firstRegisterNumber: null,
      lastRegisterNumber: null
    });
  });
});

describe('the Functions emulator address', () => {
  it('uses the configured host, else the page host on a demo project, else none', () => {
    expect(functionsEmulatorAddress('10.0.0.2:5002', 'demo-buku', 'x')).toEqual({
      host: '10.0.0.2',
      port: 5002
    });
    expect(functionsEmulatorAddress(undefined, 'demo-buku', '192.168.1.5')).toEqual({
      host: '192.168.1.5',
      port: 5001
    });
    expect(functionsEmulatorAddress(undefined, 'buku-pengaduan-prod', 'example.org')).toBeUndefined();
  });
});
