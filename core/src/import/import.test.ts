import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importBookCsv } from './csv';
import { importBookXlsx } from './xlsx';
import { matchHeader, toForumRecord, type ImportResult } from './book';
import { IMPORT_PROBLEM_KINDS, type ImportProblemKind } from './problems';
import { matchSector, parseBookDate } from './values';

const HEADER =
  'tanggal_diterima,nama_pelapor,kontak,jenis_kelamin,desa,dusun,sektor,penyelenggara,uraian,harapan,status,tanggal_selesai';
const GOOD =
  '2026-11-02,Baiq Nurhayati,0812-0000-0101,P,Sandik,,adminduk,Dukcapil Lombok Barat,Akta belum terbit,Akta terbit,selesai,2026-11-20';

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\n');
}

/** The single problem kinds reported, row by row. */
function kinds(result: ImportResult): ImportProblemKind[] {
  return [...result.fileProblems, ...result.rejected.flatMap((r) => r.problems)].map((p) => p.kind);
}

describe('reading a complaint book from CSV', () => {
  it('takes a good row with everything in it', () => {
    const result = importBookCsv(csv(GOOD));
    expect(result.ok).toBe(true);
    expect(result.rows).toEqual([
      {
        line: 2,
        receivedDate: '2026-11-02',
        complainantName: 'Baiq Nurhayati',
        contact: '0812-0000-0101',
        gender: 'perempuan',
        desa: 'Sandik',
        desaCode: '52.01.14.2003',
        sector: 'administrasi_kependudukan',
        sectorText: 'adminduk',
        provider: 'Dukcapil Lombok Barat',
        description: 'Akta belum terbit',
        remedy: 'Akta terbit',
        status: 'selesai',
        closedDate: '2026-11-20'
      }
    ]);
  });

  it('skips a title above the headings, keeping spreadsheet row numbers', () => {
    const text = [
      'BUKU PENGADUAN CC SALING ANTON,,,',
      'Desa Sandik Kec. Batu Layar,,,',
      '',
      HEADER,
      GOOD
    ].join('\n');
    const result = importBookCsv(text);
    expect(result.ok).toBe(true);
    expect(result.rows.map((r) => [r.line, r.receivedDate])).toEqual([[5, '2026-11-02']]);
    // Without any row naming the columns, the first row is still reported as the header.
    expect(kinds(importBookCsv('JUDUL SAJA\n2026-11-02,x'))).toContain('missing_column');
  });

  it('matches headers forgivingly: case, spaces, underscores, common names, any order', () => {
    const text = [
      'Sektor; Tanggal Diterima ;NAMA PELAPOR;No HP;JK;Desa;Terlapor;Uraian Pengaduan;Status;Tgl Selesai;Keterangan',
      'Bansos;02/11/2026;Amaq Rusdi;;L;Sandik;Kantor Desa Sandik;BLT tidak cair;;;catatan bebas'
    ].join('\r\n');
    const result = importBookCsv(`\uFEFF${text}`);
    expect(result.ok).toBe(true);
    expect(result.rows[0]).toMatchObject({
      receivedDate: '2026-11-02',
      complainantName: 'Amaq Rusdi',
      gender: 'laki_laki',
      sector: 'kesejahteraan_sosial',
      provider: 'Kantor Desa Sandik',
      status: 'diterima'
    });
    expect(matchHeader('Tanggal_Diterima')).toBe('tanggal_diterima');
    expect(matchHeader('tanggal  diterima')).toBe('tanggal_diterima');
    expect(matchHeader('Jenis-Kelamin')).toBe('jenis_kelamin');
    expect(matchHeader('nomor urut')).toBeUndefined();
    expect(result.rows[0]!.desaCode).toBe('52.01.14.2003');
    expect(importBookCsv(csv(GOOD.replace('Sandik', 'Batu Layar'))).rows[0]!.desaCode).toBe('52.01.14.2001');
    expect(importBookCsv(csv(GOOD.replace('Sandik', 'Kota Lain'))).rows[0]!.desaCode).toBeUndefined();
  });

  it('matches sector names forgivingly through the taxonomy', () => {
    const cases: [string, string][] = [
      ['adminduk', 'administrasi_kependudukan'],
      ['Bansos', 'kesejahteraan_sosial'],
      ['PDAM', 'air_bersih'],
      ['listrik', 'energi_listrik'],
      ['Sekolah', 'pendidikan'],
      ['  Air   Bersih ', 'air_bersih'],
      ['AIR_BERSIH', 'air_bersih'],
      ['airbersih', 'air_bersih'],
      ['Kesehatan.', 'kesehatan'],
      ['Administrasi Kependudukan', 'administrasi_kependudukan'],
      ['Civil registration', 'administrasi_kependudukan'],
      ['bansos PKH', 'kesejahteraan_sosial'],
      ['Listrik PLN', 'energi_listrik'],
      ['Catatan Sipil', 'administrasi_kependudukan'],
      ['Disdukcapil', 'administrasi_kependudukan'],
      ['pemerintahan_desa', 'pemerintahan_desa']
    ];
    for (const [text, sector] of cases) expect(matchSector(text), text).toBe(sector);
    // Words naming two different sectors are not guessed.
    expect(matchSector('bansos dari desa')).toBeUndefined();
    expect(matchSector('pariwisata')).toBeUndefined();
  });

  it('reads the three date formats and Excel dates, and refuses impossible ones', () => {
    expect(parseBookDate('2026-11-02')).toEqual({ ok: true, date: '2026-11-02' });
    expect(parseBookDate('02/11/2026')).toEqual({ ok: true, date: '2026-11-02' });
    expect(parseBookDate('2-11-2026')).toEqual({ ok: true, date: '2026-11-02' });
    expect(parseBookDate('2024-02-29')).toEqual({ ok: true, date: '2024-02-29' });
    expect(parseBookDate(new Date('2026-11-02T00:00:00Z'))).toEqual({ ok: true, date: '2026-11-02' });
    expect(parseBookDate(46328)).toEqual({ ok: true, date: '2026-11-02' });
    expect(parseBookDate('')).toBeNull();
    for (const impossible of ['31/02/2026', '2026-02-29', '2026-13-01', '00/11/2026', '31-04-2026']) {
      expect(parseBookDate(impossible), impossible).toEqual({ ok: false, kind: 'impossible_date' });
    }
    for (const unreadable of ['kemarin', '2 November 2026', '11/2026', '2026/11/02', '12']) {
      expect(parseBookDate(unreadable), unreadable).toEqual({ ok: false, kind: 'invalid_date' });
    }
  });

  it('numbers rows as a spreadsheet does, blank rows included, and skips blank rows', () => {
    const result = importBookCsv(csv(GOOD, '', ',,,,,,,,,,,', 'kemarin' + GOOD.slice(10)));
    expect(result.rows).toHaveLength(1);
    expect(result.rowCount).toBe(2);
    expect(result.rejected).toEqual([
      {
        line: 5,
        problems: [
          {
            line: 5,
            kind: 'invalid_date',
            column: 'tanggal_diterima',
            value: 'kemarin',
            message: {
              id: 'Tanggal di kolom tanggal_diterima "kemarin" tidak dikenali; tulis 2026-12-31, 31/12/2026 atau 31-12-2026.',
              en: 'The date in column tanggal_diterima "kemarin" is not recognised; write 2026-12-31, 31/12/2026 or 31-12-2026.'
            }
          }
        ]
      }
    ]);
  });

  it('reports several problems of one row together', () => {
    const result = importBookCsv(csv('31/02/2026,,,X,,,pariwisata,,Pungutan,,,'));
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]!.line).toBe(2);
    expect(kinds(result)).toEqual([
      'impossible_date',
      'missing_value',
      'missing_value',
      'unknown_sector',
      'unknown_gender'
    ]);
  });
});

describe('every kind of import problem', () => {
  const optionalHeader = `${HEADER},tanggal_verifikasi,jumlah_terdampak,urgensi,maladministrasi,saluran,kelompok_usia,disabilitas,kepuasan`;
  const goodOptional = `${GOOD},2026-11-03,12,mendesak,pungli,WA,45,netra,4`;
  const row = (fields: Partial<Record<string, string>>) => {
    const names = optionalHeader.split(',');
    const values = goodOptional.split(',');
    return names.map((n, i) => fields[n] ?? values[i]).join(',');
  };
  const one = (fields: Partial<Record<string, string>>, options = {}) =>
    importBookCsv([optionalHeader, row(fields)].join('\n'), options);

  it('takes the optional columns when they are right', () => {
    const result = one({});
    expect(result.ok).toBe(true);
    expect(result.rows[0]).toMatchObject({
      verifiedDate: '2026-11-03',
      peopleAffected: 12,
      urgency: 'mendesak',
      maladministration: 'permintaan_imbalan',
      channel: 'whatsapp',
      ageGroup: '45_59',
      disability: true,
      disabilities: ['sensorik_netra'],
      satisfaction: 4
    });
  });

  const cases: [ImportProblemKind, () => ImportResult, RegExp][] = [
    ['empty_file', () => importBookCsv('\n\n'), /Berkas kosong/],
    [
      'missing_column',
      () => importBookCsv('tanggal_diterima,desa,penyelenggara,uraian\n2026-11-02,Sandik,x,y'),
      /"sektor"/
    ],
    [
      'duplicate_column',
      () => importBookCsv(`${HEADER},Desa\n${GOOD},Sandik`),
      /"desa" muncul lebih dari sekali/
    ],
    ['missing_value', () => one({ uraian: '' }), /Kolom uraian kosong/],
    ['invalid_date', () => one({ tanggal_diterima: '2/11/26' }), /tidak dikenali/],
    ['impossible_date', () => one({ tanggal_diterima: '30/02/2026' }), /tidak ada di kalender/],
    ['future_date', () => one({ tanggal_diterima: '2026-12-10' }, { today: '2026-12-03' }), /belum terjadi/],
    ['unknown_sector', () => one({ sektor: 'pariwisata' }), /Sektor "pariwisata"/],
    ['unknown_gender', () => one({ jenis_kelamin: 'X' }), /Jenis kelamin "X"/],
    ['unknown_status', () => one({ status: 'hilang' }), /Status "hilang"/],
    ['unknown_value', () => one({ urgensi: 'sangat' }), /kolom urgensi "sangat"/],
    [
      'invalid_number',
      () => one({ jumlah_terdampak: 'banyak' }),
      /jumlah_terdampak "banyak" harus berisi angka/
    ],
    [
      'resolved_before_received',
      () => one({ tanggal_selesai: '2026-10-30' }),
      /kolom tanggal_selesai "2026-10-30" lebih awal dari tanggal_diterima/
    ],
    ['missing_resolved_date', () => one({ tanggal_selesai: '' }), /tanggal_selesai kosong/],
    ['resolved_date_on_open_case', () => one({ status: 'proses' }), /masih berjalan/]
  ];

  it.each(cases)('%s', (kind, run, message) => {
    const result = run();
    expect(kinds(result)).toEqual([kind]);
    expect(result.ok).toBe(false);
    expect(result.rows).toEqual([]);
    const p = [...result.fileProblems, ...result.rejected.flatMap((r) => r.problems)][0]!;
    expect(p.message.id).toMatch(message);
    expect(p.message.en.length).toBeGreaterThan(10);
    expect(p.line).toBe(kind === 'empty_file' || kind.endsWith('_column') ? 1 : 2);
  });

  it('covers every kind the module declares (unreadable_file is tested with XLSX)', () => {
    expect(new Set([...cases.map(([k]) => k), 'unreadable_file'])).toEqual(new Set(IMPORT_PROBLEM_KINDS));
  });

  it('refuses other bad optional values', () => {
    expect(kinds(one({ kepuasan: '7' }))).toEqual(['invalid_number']);
    expect(kinds(one({ kelompok_usia: 'tua sekali' }))).toEqual(['unknown_value']);
    expect(kinds(one({ disabilitas: 'netra / entah' }))).toEqual(['unknown_value']);
    expect(one({ disabilitas: 'netra / rungu' }).rows[0]).toMatchObject({
      disabilities: ['sensorik_netra', 'sensorik_rungu']
    });
    expect(kinds(one({ saluran: 'merpati' }))).toEqual(['unknown_value']);
    const early = one({ tanggal_verifikasi: '2026-10-01' });
    expect(kinds(early)).toEqual(['resolved_before_received']);
    // About the verification date, not a "date settled" the row does not have.
    expect(early.rejected[0]!.problems[0]!.message).toEqual({
      id: 'Tanggal di kolom tanggal_verifikasi "2026-10-01" lebih awal dari tanggal_diterima.',
      en: 'The date in column tanggal_verifikasi "2026-10-01" is earlier than tanggal_diterima.'
    });
    expect(one({ disabilitas: 'tidak' }).rows[0]).toMatchObject({ disability: false });
    expect(one({ kelompok_usia: '17' }).rows[0]).toMatchObject({ ageGroup: 'anak' });
    expect(one({ kelompok_usia: 'lansia' }).rows[0]).toMatchObject({ ageGroup: '60_plus' });
  });
});

describe('lenient and strict imports', () => {
  const text = csv(
    GOOD,
    '2026-11-05,,,,Sandik,,pariwisata,Dinas Pariwisata,Pungutan,,,',
    GOOD.replace('2026-11-02', '2026-11-04')
  );

  it('lenient: takes the valid rows and lists the rest', () => {
    const result = importBookCsv(text);
    expect(result.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(result.rejected.map((r) => r.line)).toEqual([3]);
    expect(result.ok).toBe(false);
  });

  it('strict: takes nothing when a row fails, but still lists every problem', () => {
    const result = importBookCsv(text, { mode: 'strict' });
    expect(result.rows).toEqual([]);
    expect(result.rejected.map((r) => r.line)).toEqual([3]);
    expect(importBookCsv(csv(GOOD), { mode: 'strict' }).rows).toHaveLength(1);
  });

  it('takes nothing when the header is wrong, in either mode', () => {
    const result = importBookCsv('tanggal,desa\n2026-11-02,Sandik');
    expect(result.rows).toEqual([]);
    expect(result.fileProblems.map((p) => p.column)).toEqual(['sektor', 'penyelenggara', 'uraian']);
  });
});

describe('reading a complaint book from XLSX', () => {
  async function workbook(rows: unknown[][]): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Buku');
    for (const r of rows) sheet.addRow(r);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('reads date cells, text dates, rich text and formulas, from an ArrayBuffer too', async () => {
    const bytes = await workbook([
      [
        'Tanggal Diterima',
        'Nama Pelapor',
        'Jenis Kelamin',
        'Desa',
        'Sektor',
        'Penyelenggara',
        'Uraian',
        'Status',
        'Tanggal Selesai',
        'Jumlah Terdampak'
      ],
      [
        new Date('2026-11-02T00:00:00Z'),
        'Siti Aminah',
        'P',
        'Mambalan',
        'Kesehatan',
        'Puskesmas Gunungsari',
        'Obat habis',
        'selesai',
        new Date('2026-11-09T00:00:00Z'),
        { formula: '2*3', result: 6 }
      ],
      [],
      [
        '12/11/2026',
        { richText: [{ text: 'Lalu ' }, { text: 'Sukri' }] },
        'L',
        'Gunungsari',
        'PDAM',
        'PDAM Giri Menang',
        'Air mati',
        'dirujuk',
        null,
        null
      ],
      ['31/11/2026', null, null, 'Mambalan', 'bansos', 'Kantor Desa Mambalan', 'BLT', null, null, null]
    ]);
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    for (const input of [bytes, arrayBuffer]) {
      const result = await importBookXlsx(input as ArrayBuffer);
      expect(result.rows).toHaveLength(2);
      expect(result.rows[0]).toMatchObject({
        line: 2,
        receivedDate: '2026-11-02',
        closedDate: '2026-11-09',
        peopleAffected: 6,
        sector: 'kesehatan'
      });
      expect(result.rows[1]).toMatchObject({
        line: 4,
        receivedDate: '2026-11-12',
        complainantName: 'Lalu Sukri',
        status: 'dirujuk',
        sector: 'air_bersih'
      });
      expect(result.rejected).toEqual([
        { line: 5, problems: [expect.objectContaining({ kind: 'impossible_date' })] }
      ]);
    }
  });

  it('reports a file that is not a workbook as unreadable', async () => {
    const result = await importBookXlsx(new TextEncoder().encode('bukan berkas excel'));
    expect(kinds(result)).toEqual(['unreadable_file']);
    expect(result.fileProblems[0]!.message.id).toBe(
      'Berkas tidak dapat dibaca: bukan berkas Excel (.xlsx) yang utuh; simpan ulang dari Excel atau LibreOffice sebagai .xlsx.'
    );
    expect(result.fileProblems[0]!.message.en).toMatch(
      /^The file cannot be read: it is not a complete Excel/
    );
    expect(result.rows).toEqual([]);
  });

  it('reports an empty first sheet as an empty file', async () => {
    const result = await importBookXlsx(await workbook([]));
    expect(kinds(result)).toEqual(['empty_file']);
  });
});

describe('imported rows as forum records', () => {
  it('keeps what the forum counts and drops who the complainant is', () => {
    const text = [
      `${HEADER},jumlah_terdampak,disabilitas`,
      `${GOOD},3,ya`,
      '2026-11-04,,,L,Sandik,Dusun X,PDAM,PDAM Giri Menang,Air mati,,ditolak,2026-11-05,,',
      '2026-11-04,,,,Sandik,,bansos,Kantor Desa Sandik,BLT,,ditutup,2026-11-25,,'
    ].join('\n');
    const [a, b, c] = importBookCsv(text).rows.map((r) => toForumRecord(r, 'saling-anton'));
    expect(a).toEqual({
      ccId: 'saling-anton',
      receivedAt: '2026-11-02',
      sector: 'administrasi_kependudukan',
      provider: 'Dukcapil Lombok Barat',
      desa: 'Sandik',
      status: 'selesai',
      gender: 'perempuan',
      disability: true,
      peopleAffected: 3,
      resolvedAt: '2026-11-20'
    });
    expect(JSON.stringify(a)).not.toMatch(/Baiq|0812|Akta/);
    expect(b).toMatchObject({ status: 'ditolak', rejectedAt: '2026-11-05', dusun: 'Dusun X' });
    expect(c).toMatchObject({ status: 'ditutup_tanpa_tanggapan', closedAt: '2026-11-25' });
  });
});
