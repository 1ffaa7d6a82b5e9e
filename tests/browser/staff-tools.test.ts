/**
 * The staff tools of issue 9 in Chromium at 360×740, against the real rules and the Functions
 * emulator: importing a spreadsheet book (every row's problems shown before anything is written,
 * then the importBook callable numbering the good rows), the month's register on paper and as
 * CSV / XLSX, posts and their moderation, learning events with minutes and attendance; and a
 * moderator of another CC refused these tools on screen, by the rules and by the callable.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { collection, doc, getDoc, getDocs, serverTimestamp, setDoc } from 'firebase/firestore/lite';
import type { Download, Page } from 'playwright-core';
import { formatRegisterNumber } from '@buku/core/register/register-number';
import { SECTORS } from '@buku/core/taxonomy/index';
import { witaDate, witaStartOfDay } from '@buku/core/wita/index';
import { STATUS_LABELS } from '@buku/core/workflow/states';
import { axeViolations } from './support/axe';
import { openPhone, type Phone } from './support/browser';
import { complaintsOf, ownerOf, Timestamp, type Owner } from './support/owner';
import {
  callAs,
  createAccount,
  firestoreAs,
  idTokenOf,
  refusal,
  signIn,
  type StaffAccount
} from './support/staff';
import { seedBook, seedStaffCenter, thisMonth, type SeededCase } from './support/staff-seed';

const stack = inject('citizenStack');
const IMPORT_CC = 'alat-impor';
const PRINT_CC = 'alat-cetak';
const INFO_CC = 'alat-info';
const OTHER_CC = 'alat-lain';
let owner: Owner;
let phone: Phone;
/** Coordinator of the import CC (only coordinators may import), moderator of the other two. */
let staff: StaffAccount;
/** Moderator of a CC that is none of the above. */
let outsider: StaffAccount;
let printBook: SeededCase[];

/** Last month (WITA), as `YYYY-MM`: the imported rows are all in the past whatever today is. */
function lastMonth(): { month: string; year: number; number: number } {
  const [year, month] = thisMonth().split('-').map(Number) as [number, number];
  const y = month === 1 ? year - 1 : year;
  const m = month === 1 ? 12 : month - 1;
  return { month: `${y}-${String(m).padStart(2, '0')}`, year: y, number: m };
}
const PREV = lastMonth();
const importNumber = (sequence: number) =>
  formatRegisterNumber({ sequence, code: 'CC-AI', month: PREV.number, year: PREV.year });

const CSV_BOOK = [
  'tanggal_diterima,nama_pelapor,kontak,desa,sektor,penyelenggara,uraian,harapan,status',
  `${PREV.month}-10,Baiq Nurhayati,0819 0722 1144,Sandik,adminduk,Dukcapil Lombok Barat,Akta kelahiran anak kami belum terbit setelah dua bulan.,Akta diterbitkan,diterima`,
  '31/02/2026,Amaq Sahnun,,Sandik,kesehatan,Puskesmas Meninting,Diminta membayar untuk layanan yang seharusnya gratis.,Biaya dikembalikan,diterima',
  `${PREV.month}-03,,,Mambalan,pendidikan,SDN 1 Mambalan,Sekolah memungut uang seragam dari semua murid baru.,,diterima`,
  `${PREV.month}-05,,,,pariwisata,Kantor Desa,Jalan desa rusak parah sejak musim hujan tahun lalu.,,diterima`,
  // Core's book check passes it; the stored complaint needs a longer chronology: the preview
  // checks rows as the server will store them, so it is refused before anything is sent.
  `${PREV.month}-06,Inaq Marni,,Sandik,air bersih,PDAM Giri Menang,Air mati.,Air mengalir,diterima`
].join('\n');

/** A book as a volunteer keeps it in Excel: a title row above the headings, a real date cell. */
async function xlsxBook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Buku');
  sheet.addRow(['BUKU PENGADUAN CC ALAT IMPOR']);
  sheet.addRow(['Tanggal Diterima', 'Nama Pelapor', 'Desa', 'Sektor', 'Penyelenggara', 'Uraian', 'Status']);
  sheet.addRow([
    new Date(`${PREV.month}-12T00:00:00Z`),
    'Lalu Amir',
    'Sandik',
    'bansos',
    'Kantor Desa Sandik',
    'Beras bantuan untuk keluarga kami tidak dibagikan bulan ini.',
    'ditindaklanjuti'
  ]);
  sheet.addRow([
    `${PREV.month}-14`,
    'Inaq Rumiati',
    'Sandik',
    'kesehatan',
    'Puskesmas Meninting',
    'Antrean di loket pendaftaran sangat lama setiap pagi.',
    'selesai'
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

beforeAll(async () => {
  owner = ownerOf(stack.firestoreHost, stack.project);
  await seedStaffCenter(owner.db, IMPORT_CC, 'CC Alat Impor', 'CC-AI');
  await seedStaffCenter(owner.db, PRINT_CC, 'CC Alat Cetak', 'CC-AC');
  await seedStaffCenter(owner.db, INFO_CC, 'CC Alat Info', 'CC-AF');
  await seedStaffCenter(owner.db, OTHER_CC, 'CC Alat Lain', 'CC-AL');
  // Newest first: the register runs 001 (oldest) to 003.
  printBook = await seedBook(owner.db, PRINT_CC, 'CC-AC', [
    {
      name: 'Baiq Rahmah',
      sector: 'kesehatan',
      providerName: 'Puskesmas Meninting',
      chronology: 'Obat hipertensi ibu saya kosong dan kami disuruh membeli di apotek luar.'
    },
    {
      name: 'Amaq Jumasih',
      sector: 'pendidikan',
      providerName: 'SDN 2 Sandik',
      status: 'ditindaklanjuti',
      chronology: 'Anak kami diminta membayar uang buku padahal sekolah menerima dana BOS.'
    },
    {
      name: 'Inaq Sari',
      sector: 'kesejahteraan_sosial',
      providerName: 'Kantor Desa Sandik',
      chronology: 'Nama keluarga kami hilang dari daftar penerima bantuan beras bulan ini.'
    }
  ]);
  // Last month's case: never in this month's register.
  const template = (await owner.db.doc(`centers/${PRINT_CC}/complaints/${printBook[0]!.id}`).get()).data()!;
  const lastMonthAt = Timestamp.fromDate(witaStartOfDay(`${PREV.month}-15`));
  await owner.db.doc(`centers/${PRINT_CC}/complaints/lalu-001`).set({
    ...template,
    providerName: 'Puskesmas Bulan Lalu',
    registerNumber: formatRegisterNumber({ sequence: 9, code: 'CC-AC', month: PREV.number, year: PREV.year }),
    receivedAt: lastMonthAt,
    statusChangedAt: lastMonthAt,
    updatedAt: lastMonthAt
  });
  // Two citizens' experiences waiting for the info CC's moderation.
  const createdAt = Timestamp.fromDate(new Date(Date.now() - 3_600_000));
  await owner.db.doc('posts/alat-exp-baik').set({
    kind: 'pengalaman',
    status: 'menunggu_moderasi',
    experience: 'baik',
    title: 'Akta lahir selesai sehari',
    body: 'Saya mengurus akta kelahiran di kantor desa dan selesai dalam sehari tanpa biaya.',
    ccId: INFO_CC,
    authorName: 'Widia',
    createdAt
  });
  await owner.db.doc('posts/alat-exp-buruk').set({
    kind: 'pengalaman',
    status: 'menunggu_moderasi',
    experience: 'buruk',
    title: 'Diminta uang di loket',
    body: 'Petugas loket meminta uang rokok sebelum berkas saya diproses, hubungi 0812 3456 7890.',
    ccId: INFO_CC,
    authorName: 'Amaq Sahnun',
    createdAt
  });
  staff = await createAccount(stack, 'koordinator@alat-impor.id', {
    cc: { [IMPORT_CC]: 'koordinator', [PRINT_CC]: 'moderator', [INFO_CC]: 'moderator' }
  });
  outsider = await createAccount(stack, 'moderator@alat-lain.id', { cc: { [OTHER_CC]: 'moderator' } });
  phone = await openPhone();
  await signIn(phone.page, stack, staff);
});
afterAll(async () => {
  await phone?.close();
  await owner?.close();
});

/** What the server holds for the import CC apart from its profile: complaints, counters, audit. */
async function importTrace() {
  const [complaints, counters, audit] = await Promise.all([
    complaintsOf(owner.db, IMPORT_CC),
    owner.db.collection(`centers/${IMPORT_CC}/counters`).get(),
    owner.db.collection('audit').where('ccId', '==', IMPORT_CC).get()
  ]);
  return { complaints, counters: counters.docs.map((d) => d.data()), audit: audit.size };
}

/** Each preview row: its line number, the verdict and each problem listed under it. */
async function previewRows(page: Page): Promise<string[][]> {
  const rows = await page.getByRole('region', { name: 'Pratinjau setiap baris' }).locator('tbody tr').all();
  return Promise.all(
    rows.map(async (row) => [
      ((await row.locator('th').textContent()) ?? '').trim(),
      ((await row.locator('td:nth-child(3) > :is(span, strong)').textContent()) ?? '').trim(),
      ...(await row.locator('td li').allTextContents()).map((text) => text.trim())
    ])
  );
}

describe('importing a spreadsheet book, as the CC coordinator', { timeout: 90_000 }, () => {
  it('previews every row of a CSV with its problems and writes nothing yet', async () => {
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/staf/${IMPORT_CC}/impor`);
    await page.getByRole('heading', { level: 1, name: `Impor buku pengaduan — ${IMPORT_CC}` }).waitFor();
    expect(await page.getByText('Hanya koordinator CC yang boleh mengirim impor.').count()).toBe(0);
    await page.locator('#book-file').setInputFiles({
      name: 'buku-pengaduan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV_BOOK)
    });
    await page.getByText('5 baris dibaca: 2 benar, 3 salah.').waitFor();
    expect(await previewRows(page)).toEqual([
      ['2', '✓ Benar'],
      ['3', '✗ Salah', 'Tanggal di kolom tanggal_diterima "31/02/2026" tidak ada di kalender.'],
      ['4', '✓ Benar'],
      [
        '5',
        '✗ Salah',
        'Kolom desa kosong, padahal wajib diisi.',
        'Sektor "pariwisata" tidak dikenali; gunakan misalnya adminduk, bansos, kesehatan, pendidikan, air bersih.'
      ],
      ['6', '✗ Salah', 'Terlalu pendek: paling sedikit 20 huruf.']
    ]);
    // Only the wrong rows, on request.
    await page.getByLabel('Tampilkan hanya baris yang salah').check();
    expect((await previewRows(page)).map(([line]) => line)).toEqual(['3', '5', '6']);
    await page.getByLabel('Tampilkan hanya baris yang salah').uncheck();
    // Strict mode holds everything back while a row is wrong.
    await page.getByLabel('Jangan kirim apa pun sampai semua baris benar').check();
    await page.getByText('Mode ketat: perbaiki 3 baris yang salah di berkas').waitFor();
    expect(await page.getByRole('button', { name: 'Kirim 0 baris' }).isDisabled()).toBe(true);
    await page.getByLabel('Kirim baris yang benar, lewati yang salah').check();
    expect(await page.getByRole('button', { name: 'Kirim 2 baris' }).isEnabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    expect(await importTrace()).toEqual({ complaints: [], counters: [], audit: 0 });
  });

  it('writes exactly the good rows with register numbers in order of receipt, the server refusing none', async () => {
    const { page } = phone;
    await page.getByRole('button', { name: 'Kirim 2 baris' }).click();
    const done = page.getByRole('status').filter({ hasText: 'pengaduan tersimpan' });
    await done.waitFor({ timeout: 60_000 });
    expect((await done.textContent())!.trim()).toBe(
      `2 pengaduan tersimpan (${importNumber(1)} sampai ${importNumber(2)}).`
    );
    // Every row the preview passed was stored: the server refused none of them.
    expect(await page.locator('ul.rejected > li').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Kirim/ }).count()).toBe(0);

    const { complaints, counters, audit } = await importTrace();
    const byLine = complaints.sort(
      (a, b) =>
        (a.data.importedFrom as { line: number }).line - (b.data.importedFrom as { line: number }).line
    );
    expect(byLine.map((c) => [c.data.importedFrom.line, c.data.registerNumber])).toEqual([
      // Line 4 was received first (day 03), so it opens the register.
      [2, importNumber(2)],
      [4, importNumber(1)]
    ]);
    expect(byLine[0]!.data).toMatchObject({
      ccId: IMPORT_CC,
      sector: 'administrasi_kependudukan',
      providerName: 'Dukcapil Lombok Barat',
      location: { desa: 'Sandik' },
      chronology: 'Akta kelahiran anak kami belum terbit setelah dua bulan.',
      remedyWanted: 'Akta diterbitkan',
      status: 'diterima',
      channel: 'datang_langsung',
      privacy: 'rahasia',
      consentToContact: true
    });
    expect((byLine[0]!.data.receivedAt as Timestamp).toDate().toISOString()).toBe(
      witaStartOfDay(`${PREV.month}-10`).toISOString()
    );
    expect(byLine[0]!.contact).toEqual({ name: 'Baiq Nurhayati', phone: '+6281907221144' });
    expect(byLine[1]!.data).toMatchObject({
      sector: 'pendidikan',
      providerName: 'SDN 1 Mambalan',
      location: { desa: 'Mambalan' },
      consentToContact: false
    });
    expect(byLine[1]!.contact).toEqual({});
    expect(counters).toEqual([expect.objectContaining({ last: 2, year: PREV.year })]);
    expect(audit).toBe(1);
  });

  it('reads an XLSX the same way: preview first, then only its good row', async () => {
    const { page } = phone;
    await page.locator('#book-file').setInputFiles({
      name: 'Buku Pengaduan.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await xlsxBook()
    });
    await page.getByText('2 baris dibaca: 1 benar, 1 salah.').waitFor();
    // The title row is row 1, the headings row 2: data starts on row 3, as Excel numbers it.
    expect(await previewRows(page)).toEqual([
      ['3', '✓ Benar'],
      ['4', '✗ Salah', 'Status selesai, tetapi tanggal_selesai kosong.']
    ]);
    expect((await importTrace()).complaints).toHaveLength(2);

    await page.getByRole('button', { name: 'Kirim 1 baris' }).click();
    const done = page.getByRole('status').filter({ hasText: 'pengaduan tersimpan' });
    await done.waitFor({ timeout: 60_000 });
    expect((await done.textContent())!.trim()).toBe(
      `1 pengaduan tersimpan (${importNumber(3)} sampai ${importNumber(3)}).`
    );
    const stored = (await importTrace()).complaints;
    expect(stored).toHaveLength(3);
    const fromXlsx = stored.find((c) => c.data.registerNumber === importNumber(3))!;
    expect(fromXlsx.data).toMatchObject({
      sector: 'kesejahteraan_sosial',
      providerName: 'Kantor Desa Sandik',
      status: 'ditindaklanjuti',
      importedFrom: { line: 3 }
    });
    expect((fromXlsx.data.receivedAt as Timestamp).toDate().toISOString()).toBe(
      witaStartOfDay(`${PREV.month}-12`).toISOString()
    );
    expect(fromXlsx.contact).toEqual({ name: 'Lalu Amir' });
  });
});

const REGISTER_HEADINGS = [
  'Nomor register',
  'Tanggal diterima',
  'Nama pelapor',
  'Desa',
  'Sektor',
  'Penyelenggara',
  'Ringkasan pengaduan',
  'Status'
];
const CHRONOLOGIES = [
  'Obat hipertensi ibu saya kosong dan kami disuruh membeli di apotek luar.',
  'Anak kami diminta membayar uang buku padahal sekolah menerima dana BOS.',
  'Nama keluarga kami hilang dari daftar penerima bantuan beras bulan ini.'
];
const NAMES = ['Baiq Rahmah', 'Amaq Jumasih', 'Inaq Sari'];
const sectorName = (id: string) => SECTORS.find((s) => s.id === id)!.label.id;

/** The register as it should read, oldest first: [number, date, name, desa, sector, provider, summary, status]. */
function expectedRegister(withNames: boolean): string[][] {
  const sectors = ['kesehatan', 'pendidikan', 'kesejahteraan_sosial'];
  return printBook
    .map((c, i) => [
      c.registerNumber,
      witaDate(c.receivedAt),
      withNames ? NAMES[i]! : '',
      'Sandik',
      sectorName(sectors[i]!),
      c.providerName,
      CHRONOLOGIES[i]!,
      STATUS_LABELS[c.status as keyof typeof STATUS_LABELS].id
    ])
    .reverse();
}

async function saved(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

describe("the month's register on paper and in files", { timeout: 90_000 }, () => {
  it("lays out this month's book like the paper register, in order, and prints only the table", async () => {
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/staf/${PRINT_CC}/cetak`);
    expect(await page.getByLabel('Bulan').inputValue()).toBe(thisMonth());
    // Names are left out unless asked for.
    expect(await page.getByLabel('Sertakan nama pelapor (khusus staf)').isChecked()).toBe(false);
    await page.getByLabel('Sertakan nama pelapor (khusus staf)').check();
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    const table = page.locator('section.register table');
    await table.waitFor();
    await page.getByRole('heading', { level: 2, name: /^Buku Pengaduan CC Alat Cetak — / }).waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual(['No.', ...REGISTER_HEADINGS]);
    const cells = await Promise.all(
      (await table.locator('tbody tr').all()).map(async (row) =>
        (await row.locator('td').allTextContents()).map((text) => text.trim())
      )
    );
    expect(cells).toEqual(expectedRegister(true).map((row, i) => [String(i + 1), ...row]));
    expect(await page.locator('main').textContent()).not.toContain('Puskesmas Bulan Lalu');
    await page.getByText('Rahasia: memuat nama pelapor.').waitFor();
    // Three complaints and their three contacts.
    await page.getByText('Halaman ini membaca 6 dokumen.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('header.top').isVisible()).toBe(false);
      expect(await page.getByRole('navigation').isVisible()).toBe(false);
      expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Cetak' }).isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Unduh CSV' }).isVisible()).toBe(false);
      expect(await page.getByText('Halaman ini membaca 6 dokumen.').isVisible()).toBe(false);
      expect(await table.isVisible()).toBe(true);
      expect(
        await page.getByRole('heading', { level: 2, name: /^Buku Pengaduan CC Alat Cetak/ }).isVisible()
      ).toBe(true);
      expect(await table.locator('tbody tr').count()).toBe(3);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    expect(await page.locator('header.top').isVisible()).toBe(true);
  });

  it('downloads the same rows and columns as CSV and XLSX, names included as chosen', async () => {
    const { page } = phone;
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh CSV' }).click()
    ]);
    expect(csvDownload.suggestedFilename()).toBe(`buku-pengaduan-${PRINT_CC}-${thisMonth()}.csv`);
    const csv = (await saved(csvDownload)).toString('utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([REGISTER_HEADINGS, ...expectedRegister(true)]);

    const [xlsxDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh Excel (.xlsx)' }).click()
    ]);
    expect(xlsxDownload.suggestedFilename()).toBe(`buku-pengaduan-${PRINT_CC}-${thisMonth()}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await saved(xlsxDownload)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe(`Buku Pengaduan CC Alat Cetak — ${thisMonth()}`);
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(2)).toEqual(REGISTER_HEADINGS);
    expect([values(3), values(4), values(5)]).toEqual(expectedRegister(true));
    expect(sheet.rowCount).toBe(5);
    expect(sheet.pageSetup.orientation).toBe('landscape');
  });

  it('leaves the names out of the screen and the file when not chosen', async () => {
    const { page } = phone;
    await page.getByLabel('Sertakan nama pelapor (khusus staf)').uncheck();
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page.getByText('Halaman ini membaca 3 dokumen.').waitFor();
    const table = page.locator('section.register table');
    expect(await table.locator('thead th').allTextContents()).toEqual(
      ['No.', ...REGISTER_HEADINGS].filter((h) => h !== 'Nama pelapor')
    );
    const main = (await page.locator('main').textContent()) ?? '';
    for (const name of NAMES) expect(main).not.toContain(name);
    expect(main).not.toContain('Rahasia: memuat nama pelapor.');

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh CSV' }).click()
    ]);
    const csv = (await saved(csvDownload)).toString('utf8');
    for (const name of NAMES) expect(csv).not.toContain(name);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true });
    // No name column at all in a file without names.
    const NAME_COLUMN = REGISTER_HEADINGS.indexOf('Nama pelapor');
    expect(parsed.data).toEqual([
      REGISTER_HEADINGS.filter((h) => h !== 'Nama pelapor'),
      ...expectedRegister(false).map((row) => row.filter((_, i) => i !== NAME_COLUMN))
    ]);
  });
});

const POST_TITLE = 'Syarat baru pendaftaran BPJS PBI 2027';
const POST_BODY =
  'Mulai Januari, pendaftaran BPJS PBI diajukan lewat kantor desa dengan membawa KK dan KTP-el.';
const DRAFT_TITLE = 'Rencana jadwal posyandu (draf)';

/** Posts of the info CC as the server holds them, by id. */
async function infoPosts() {
  const snapshot = await owner.db.collection('posts').where('ccId', '==', INFO_CC).get();
  return new Map(snapshot.docs.map((d) => [d.id, d.data()]));
}

describe('information and learning, as a CC moderator', { timeout: 90_000 }, () => {
  it('writes a draft and publishes a post; citizens see only the published one', async () => {
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/staf/${INFO_CC}/informasi`);
    await page.getByRole('heading', { level: 2, name: 'Menunggu moderasi (2)' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('input[name="post-kind"][value="pengumuman"]').check();
    await page.locator('#post-title').fill(DRAFT_TITLE);
    await page.locator('#post-body').fill('Jadwal posyandu bulan depan masih dibicarakan dengan bidan desa.');
    await page.getByRole('button', { name: 'Simpan draf' }).click();
    await page.getByRole('status').filter({ hasText: 'Tersimpan.' }).waitFor();
    await page.getByRole('article', { name: DRAFT_TITLE }).waitFor();

    await page.locator('input[name="post-kind"][value="kebijakan"]').check();
    await page.locator('#post-title').fill(POST_TITLE);
    await page.locator('#post-body').fill(POST_BODY);
    await page.locator('#post-sector').selectOption('kesehatan');
    await page.getByRole('button', { name: 'Terbitkan sekarang' }).click();
    await page.getByRole('article', { name: POST_TITLE }).waitFor();
    expect(await page.locator('#post-title').inputValue()).toBe('');

    const stored = [...(await infoPosts()).values()].filter((p) => p.kind !== 'pengalaman');
    const published = stored.find((p) => p.title === POST_TITLE);
    const draft = stored.find((p) => p.title === DRAFT_TITLE);
    expect(stored).toHaveLength(2);
    expect(published).toEqual({
      kind: 'kebijakan',
      title: POST_TITLE,
      body: POST_BODY,
      sector: 'kesehatan',
      ccId: INFO_CC,
      authorUid: staff.uid,
      status: 'terbit',
      createdAt: expect.any(Timestamp),
      publishedAt: expect.any(Timestamp)
    });
    expect(draft).toMatchObject({ kind: 'pengumuman', status: 'draf', authorUid: staff.uid });
    expect(draft!.publishedAt).toBeUndefined();

    await page.goto(`${stack.siteUrl}/informasi`);
    const policies = page.locator('section', {
      has: page.getByRole('heading', { name: 'Kebijakan dan peraturan' })
    });
    await policies.getByText(POST_TITLE).click();
    await policies.getByText(POST_BODY).waitFor();
    expect(await page.locator('main').textContent()).not.toContain(DRAFT_TITLE);
  });

  it("publishes one citizen's experience and rejects another; only the first goes public", async () => {
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/staf/${INFO_CC}/informasi`);
    await page.getByRole('heading', { level: 2, name: 'Menunggu moderasi (2)' }).waitFor();
    await page
      .getByRole('article', { name: 'Akta lahir selesai sehari' })
      .getByRole('button', { name: 'Terbitkan', exact: true })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Menunggu moderasi (1)' }).waitFor();
    let posts = await infoPosts();
    expect(posts.get('alat-exp-baik')).toMatchObject({
      status: 'terbit',
      moderatedBy: staff.uid,
      publishedAt: expect.any(Timestamp),
      title: 'Akta lahir selesai sehari'
    });
    expect(posts.get('alat-exp-buruk')!.status).toBe('menunggu_moderasi');

    // A phone number in the text: the page warns, and publishing asks first (here: not now).
    const withPhone = page.getByRole('article', { name: 'Diminta uang di loket' });
    await withPhone.getByText('Teks ini tampaknya memuat data pribadi ([nomor HP] ×1).').waitFor();
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await withPhone.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    await expect.poll(() => asked).toContain('akan terlihat oleh semua orang');
    expect((await infoPosts()).get('alat-exp-buruk')!.status).toBe('menunggu_moderasi');

    await withPhone.getByRole('button', { name: 'Tolak', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Menunggu moderasi (0)' }).waitFor();
    posts = await infoPosts();
    expect(posts.get('alat-exp-buruk')).toMatchObject({ status: 'ditolak', moderatedBy: staff.uid });
    expect(posts.get('alat-exp-buruk')!.publishedAt).toBeUndefined();

    await page.goto(`${stack.siteUrl}/informasi`);
    const experiences = page.locator('section', {
      has: page.getByRole('heading', { name: 'Pengalaman warga' })
    });
    await experiences.getByText('Akta lahir selesai sehari').waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Diminta uang di loket');
  });

  it('schedules an event, then records its minutes and attendance', async () => {
    const { page } = phone;
    const day = witaDate(new Date(Date.now() + 7 * 86_400_000));
    const title = 'Dialog dengan Kepala Puskesmas Meninting';
    await page.goto(`${stack.siteUrl}/staf/${INFO_CC}/kegiatan`);
    await page.getByRole('heading', { level: 2, name: 'Akan datang' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('#meeting-title').fill(title);
    await page.locator('input[name="meeting-kind"][value="dialog"]').check();
    await page.locator('#meeting-date').fill(day);
    await page.locator('#meeting-place').fill('Balai Desa Sandik');
    await page.locator('#meeting-guests').fill('Kepala Puskesmas Meninting\nKepala Desa Sandik\n');
    await page.getByLabel('Tampilkan di halaman kegiatan warga').check();
    await page.getByRole('button', { name: 'Simpan kegiatan' }).click();
    await page.getByRole('status').filter({ hasText: 'Kegiatan tersimpan.' }).waitFor();

    const meetingsOf = async () =>
      (await owner.db.collection('meetings').where('ccId', '==', INFO_CC).get()).docs.map((d) => ({
        id: d.id,
        data: d.data()
      }));
    const scheduled = await meetingsOf();
    const planned = {
      title,
      kind: 'dialog',
      date: day,
      place: 'Balai Desa Sandik',
      guests: ['Kepala Puskesmas Meninting', 'Kepala Desa Sandik'],
      status: 'terbit',
      ccId: INFO_CC,
      createdBy: staff.uid
    };
    expect(scheduled).toEqual([{ id: expect.any(String), data: planned }]);

    const upcoming = page.locator('section', { has: page.getByRole('heading', { name: 'Akan datang' }) });
    await upcoming
      .getByRole('article', { name: title })
      .getByRole('button', { name: 'Ubah / catat notulen' })
      .click();
    await page.getByRole('heading', { level: 2, name: `Ubah kegiatan: ${title}` }).waitFor();
    const minutes = 'Puskesmas berjanji memasang papan stok obat dan membuka loket pukul 07.30.';
    await page.locator('#meeting-minutes').fill(minutes);
    await page.locator('#meeting-attendance').fill('27');
    await page.getByRole('button', { name: 'Simpan kegiatan' }).click();
    await page.getByRole('status').filter({ hasText: 'Kegiatan tersimpan.' }).waitFor();
    await upcoming.getByText('27 orang hadir').waitFor();

    expect(await meetingsOf()).toEqual([
      { id: scheduled[0]!.id, data: { ...planned, minutes, attendance: 27 } }
    ]);

    await page.goto(`${stack.siteUrl}/kegiatan`);
    const shown = page.locator('section', { has: page.getByRole('heading', { name: 'Akan datang' }) });
    await shown.getByText(title).waitFor();
  });
});

describe("another CC's moderator", { timeout: 90_000 }, () => {
  it('is refused the import and the register, on screen, by the callable and by the rules', async () => {
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/staf`);
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.waitForURL(`${stack.siteUrl}/staf/masuk`);
    await signIn(page, stack, outsider);

    await page.goto(`${stack.siteUrl}/staf/${IMPORT_CC}/impor`);
    await page.getByRole('heading', { level: 1, name: 'Akses ditolak' }).waitFor();
    await page
      .getByText(`Anda bukan staf CC "${IMPORT_CC}". Data pengaduan CC ini tidak bisa dibuka.`)
      .waitFor();
    expect(await page.locator('#book-file').count()).toBe(0);

    await page.goto(`${stack.siteUrl}/staf/${PRINT_CC}/cetak`);
    await page.getByRole('heading', { level: 1, name: 'Akses ditolak' }).waitFor();
    expect(await page.getByRole('button', { name: 'Tampilkan' }).count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain(printBook[0]!.registerNumber);

    const token = await idTokenOf(stack, outsider);
    const row = {
      line: 2,
      receivedDate: `${PREV.month}-10`,
      desa: 'Sandik',
      sector: 'kesehatan',
      sectorText: 'kesehatan',
      provider: 'Puskesmas Meninting',
      description: 'Diminta membayar untuk layanan yang seharusnya gratis.',
      status: 'diterima'
    };
    const call = await callAs(stack, 'importBook', token, {
      ccId: IMPORT_CC,
      importId: 'imp-terlarang-1',
      rows: [row]
    });
    expect(call.status).toBe(403);
    expect(call.error?.status).toBe('PERMISSION_DENIED');
    // Not even the CC's own moderator may import: coordinators only.
    const moderatorCall = await callAs(stack, 'importBook', await idTokenOf(stack, staff), {
      ccId: INFO_CC,
      importId: 'imp-terlarang-2',
      rows: [row]
    });
    expect(moderatorCall.error?.status).toBe('PERMISSION_DENIED');
    expect((await importTrace()).complaints).toHaveLength(3);
    expect(await complaintsOf(owner.db, INFO_CC)).toEqual([]);

    const user = firestoreAs(stack, token);
    try {
      expect(await refusal(getDocs(collection(user.db, `centers/${PRINT_CC}/complaints`)))).toBe(
        'permission-denied'
      );
      expect(
        await refusal(
          getDoc(doc(user.db, `centers/${PRINT_CC}/complaints/${printBook[0]!.id}/private/contact`))
        )
      ).toBe('permission-denied');
      expect(
        await refusal(
          setDoc(doc(user.db, 'posts/alat-terlarang'), {
            kind: 'pengumuman',
            title: 'Pengumuman palsu',
            body: 'Pengumuman ini ditulis oleh staf CC lain atas nama CC Alat Info.',
            ccId: INFO_CC,
            authorUid: outsider.uid,
            status: 'terbit',
            createdAt: serverTimestamp(),
            publishedAt: serverTimestamp()
          })
        )
      ).toBe('permission-denied');
    } finally {
      await user.close();
    }
    expect((await infoPosts()).has('alat-terlarang')).toBe(false);
  });
});
