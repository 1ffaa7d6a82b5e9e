/**
 * Writes paer-mambal.xlsx: the complaint book of Lembaga Adat Paer Mambal (Desa Mambalan,
 * Kec. Gunungsari) as a volunteer would type it into Excel — some dates as real date cells, some
 * as text, provider names spelled several ways. Run: npx tsx core/examples/make-xlsx.ts
 */
import ExcelJS from 'exceljs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const HEADERS = [
  'Tanggal Diterima',
  'Nama Pelapor',
  'Kontak',
  'Jenis Kelamin',
  'Desa',
  'Dusun',
  'Sektor',
  'Penyelenggara',
  'Uraian',
  'Harapan',
  'Status',
  'Tanggal Selesai',
  'Jumlah Terdampak'
];

/** A date cell as Excel stores it: the calendar day at 00:00 UTC. */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const ROWS: (string | number | Date | null)[][] = [
  [
    day('2026-09-10'),
    'Baiq Zuhriah',
    '0812-0000-0201',
    'P',
    'Mambalan',
    null,
    'Kesehatan',
    'Puskesmas Gunungsari',
    'Obat habis, disuruh beli di apotek luar',
    'Obat tersedia',
    'selesai',
    day('2026-09-25'),
    1
  ],
  [
    '2026-10-06',
    'Lalu Sukri',
    null,
    'L',
    'Mambalan',
    null,
    'air bersih',
    'PDAM Giri Menang',
    'Air mati hampir setiap sore',
    'Air mengalir',
    'ditindaklanjuti',
    null,
    45
  ],
  [
    day('2026-10-19'),
    'Inaq Rohani',
    null,
    'P',
    'Gunungsari',
    null,
    'kesehatan',
    'puskesmas gunung sari',
    'Antrean BPJS dibuka terlambat',
    'Jam layanan tepat',
    'selesai',
    day('2026-11-04'),
    1
  ],
  [
    '03/11/2026',
    'Amaq Juhri',
    '0812-0000-0202',
    'L',
    'Mambalan',
    null,
    'PDAM',
    'pdam giri menang',
    'Pipa bocor di jalan utama tidak diperbaiki',
    'Pipa diperbaiki',
    'dirujuk',
    null,
    120
  ],
  [
    day('2026-11-09'),
    'Siti Hajar',
    null,
    'P',
    'Gunungsari',
    null,
    'Kesehatan',
    'PUSKESMAS GUNUNGSARI',
    'Petugas membentak pasien lansia',
    'Permintaan maaf dan teguran',
    'diverifikasi',
    null,
    1
  ],
  [
    '12-11-2026',
    null,
    null,
    'P',
    'Mambalan',
    null,
    'Adminduk',
    'Dukcapil Lombok Barat',
    'Akta kematian ditolak tanpa alasan',
    'Akta diterbitkan',
    'diterima',
    null,
    1
  ],
  [
    day('2026-11-16'),
    'Muhammad Ikhsan',
    null,
    'L',
    'Gunungsari',
    null,
    'air bersih',
    'Perumda Air Minum Giri Menang',
    'Meteran air dipasang tapi air belum pernah mengalir',
    'Air mengalir',
    'diterima',
    null,
    30
  ],
  [
    day('2026-11-23'),
    'Baiq Fatmawati',
    null,
    'P',
    'Mambalan',
    null,
    'pendidikan',
    'SD Negeri 1 Mambalan',
    'Dana PIP anak tidak cair',
    'Dana dicairkan',
    'selesai',
    day('2026-11-30'),
    1
  ]
];

export async function buildPaerMambalWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // A fixed date keeps the file's metadata the same on every run.
  workbook.created = new Date('2026-12-01T00:00:00Z');
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet('Buku Pengaduan');
  sheet.addRow(HEADERS);
  for (const row of ROWS) sheet.addRow(row);
  for (const column of [1, 12]) sheet.getColumn(column).numFmt = 'dd/mm/yyyy';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = fileURLToPath(new URL('./paer-mambal.xlsx', import.meta.url));
  await writeFile(target, await buildPaerMambalWorkbook());
  console.log(`ditulis / written: ${target}`);
}
