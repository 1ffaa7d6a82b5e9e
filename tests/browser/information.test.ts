/**
 * The information and learning pages in Chromium at 360×740 against the real rules: only
 * published posts and meetings show, a shared experience is stored for moderation, and axe
 * finds nothing to fix.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { witaDate } from '@buku/core/wita/index';
import { axeViolations } from './support/axe';
import { openPhone, type Phone } from './support/browser';
import { ownerOf, Timestamp, type Owner } from './support/owner';

const stack = inject('citizenStack');
let owner: Owner;
let phone: Phone;

const now = Timestamp.now();
const story = 'Saya mengurus surat keterangan usaha di kantor desa; surat jadi hari itu tanpa biaya.';
const dayFromToday = (days: number) => witaDate(new Date(Date.now() + days * 86_400_000));

beforeAll(async () => {
  owner = ownerOf(stack.firestoreHost, stack.project);
  const batch = owner.db.batch();
  const post = (id: string, data: Record<string, unknown>) =>
    batch.set(owner.db.doc(`posts/${id}`), {
      body: 'Isi catatan yang cukup panjang untuk diterbitkan kepada warga.',
      createdAt: now,
      ...data
    });
  post('uji-kebijakan', {
    kind: 'kebijakan',
    status: 'terbit',
    title: 'UU 25/2009: hak mengadu',
    publishedAt: now
  });
  post('uji-baik', {
    kind: 'pengalaman',
    status: 'terbit',
    title: 'Surat keterangan gratis',
    body: story,
    experience: 'baik',
    authorName: 'Widia',
    publishedAt: now
  });
  post('uji-menunggu', {
    kind: 'pengalaman',
    status: 'menunggu_moderasi',
    title: 'Belum diperiksa',
    experience: 'buruk'
  });
  const meeting = (id: string, data: Record<string, unknown>) =>
    batch.set(owner.db.doc(`meetings/${id}`), {
      kind: 'dialog',
      status: 'terbit',
      createdBy: 'staf-uji',
      ...data
    });
  meeting('uji-lalu', {
    title: 'Dialog dengan Kepala Puskesmas',
    date: dayFromToday(-30),
    guests: ['Kepala Puskesmas Meninting'],
    minutes: 'Kepala puskesmas berjanji memasang papan informasi obat.',
    attendance: 42
  });
  meeting('uji-nanti', {
    title: 'Dialog dengan Dukcapil',
    date: dayFromToday(9),
    place: 'Balai Desa Sandik'
  });
  meeting('uji-draf', { title: 'Rencana yang belum terbit', date: dayFromToday(3), status: 'draf' });
  await batch.commit();
  phone = await openPhone();
});
afterAll(async () => {
  await phone?.close();
  await owner?.close();
});

describe('information and learning pages', { timeout: 90_000 }, () => {
  it('shows published notes and experiences only', async () => {
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/informasi`);
    await page.getByText('UU 25/2009: hak mengadu').waitFor();
    const experiences = page.locator('section', {
      has: page.getByRole('heading', { name: 'Pengalaman warga' })
    });
    await experiences.getByText('Surat keterangan gratis').click();
    await experiences.getByText(story).waitFor();
    expect(await experiences.textContent()).toContain('Pengalaman baik');
    expect(await experiences.textContent()).toContain('Oleh Widia');
    expect(await page.locator('main').textContent()).not.toContain('Belum diperiksa');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('stores a shared experience for moderation after core-checked input', async () => {
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/informasi/bagikan`);
    await page.locator('#f-title').fill('Ok');
    await page.getByRole('button', { name: 'Kirim cerita' }).click();
    await expect.poll(() => page.locator('#f-body-error').textContent()).toContain('Wajib diisi.');
    expect(await page.locator('#f-title-error').textContent()).toContain(
      'Terlalu pendek: paling sedikit 3 huruf.'
    );
    expect(await page.locator('#experience-error').textContent()).toContain('Wajib diisi.');
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('input[name="experience"][value="buruk"]').check();
    await page.locator('#f-title').fill('Tiga bulan menunggu KTP-el');
    await page
      .locator('#f-body')
      .fill('Setiap kali datang ke kantor dijawab blangko habis, sudah tiga bulan.');
    await page.locator('#f-sector').selectOption('administrasi_kependudukan');
    await page.getByRole('button', { name: 'Kirim cerita' }).click();
    await page.getByRole('heading', { level: 1, name: 'Terima kasih!' }).waitFor();

    const stored = await owner.db
      .collection('posts')
      .where('title', '==', 'Tiga bulan menunggu KTP-el')
      .get();
    expect(stored.docs.map((d) => d.data())).toEqual([
      expect.objectContaining({
        kind: 'pengalaman',
        status: 'menunggu_moderasi',
        experience: 'buruk',
        sector: 'administrasi_kependudukan',
        createdAt: expect.any(Timestamp)
      })
    ]);
  });

  it('lists upcoming events and past ones with their minutes', async () => {
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/kegiatan`);
    const upcoming = page.locator('section', { has: page.getByRole('heading', { name: 'Akan datang' }) });
    const past = page.locator('section', { has: page.getByRole('heading', { name: 'Sudah berlangsung' }) });
    await upcoming.getByText('Dialog dengan Dukcapil').waitFor();
    await past.getByText('Dialog dengan Kepala Puskesmas').waitFor();
    expect(await past.textContent()).toContain('42 orang hadir');
    await past.getByText('Notulen').click();
    await past.getByText('Kepala puskesmas berjanji memasang papan informasi obat.').waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Rencana yang belum terbit');
    expect(await axeViolations(page)).toEqual([]);
  });
});
