/**
 * Intake by staff in Chromium at 360×740, against the real rules: a walk-in complaint typed in by
 * a CC moderator is checked by core before anything is written, then lands once, with its channel,
 * the staff member who recorded it and the complainant's contact kept apart; the same intake into
 * another CC is refused on screen and by the rules.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { doc, serverTimestamp, writeBatch } from 'firebase/firestore/lite';
import { generateTrackingCode } from '@buku/core/tracking/tracking-code';
import { axeViolations } from './support/axe';
import { openPhone, type Phone } from './support/browser';
import { yesterday } from './support/complaint-form';
import { complaintsOf, ownerOf, Timestamp, type Owner } from './support/owner';
import { createAccount, firestoreAs, idTokenOf, refusal, signIn, type StaffAccount } from './support/staff';
import { seedStaffCenter } from './support/staff-seed';

const stack = inject('citizenStack');
const CC = 'catat-a';
const OTHER = 'catat-b';
let owner: Owner;
let phone: Phone;
let moderator: StaffAccount;

const CHRONOLOGY =
  'Bantuan beras untuk keluarga kami tidak dibagikan bulan ini, padahal nama kami ada di daftar.';

beforeAll(async () => {
  owner = ownerOf(stack.firestoreHost, stack.project);
  await seedStaffCenter(owner.db, CC, 'CC Catat Alpha', 'CC-CA');
  await seedStaffCenter(owner.db, OTHER, 'CC Catat Beta', 'CC-CB');
  moderator = await createAccount(stack, 'moderator@catat-a.id', { cc: { [CC]: 'moderator' } });
  phone = await openPhone();
  await signIn(phone.page, stack, moderator);
});
afterAll(async () => {
  await phone?.close();
  await owner?.close();
});

describe('intake by staff', { timeout: 90_000 }, () => {
  it("shows core's messages on an empty form and writes nothing", async () => {
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/staf/${CC}/catat`);
    await page.getByRole('button', { name: 'Simpan ke buku' }).click();
    await page.getByText('Ada isian yang perlu diperbaiki (lihat pesan merah).').waitFor();
    expect(await page.locator('#sector-error').textContent()).toContain('Wajib diisi.');
    expect(await page.getByLabel('Sektor layanan').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#chronology-error').textContent()).toContain('Wajib diisi.');
    expect(await axeViolations(page)).toEqual([]);
    expect(await complaintsOf(owner.db, CC)).toEqual([]);
  });

  it('records a walk-in complaint once, with its channel, recorder and contact', async () => {
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/staf/${CC}/catat`);
    await page.getByLabel('Saluran').selectOption('datang_langsung');
    await page.getByLabel('Sektor layanan').selectOption('kesejahteraan_sosial');
    await page.getByLabel('Penyelenggara yang diadukan').fill('Kantor Desa Sandik');
    await page.getByLabel('Desa', { exact: true }).selectOption('52.01.14.2003');
    await page.getByLabel('Tanggal kejadian').fill(yesterday());
    await page.getByLabel('Kronologi').fill(CHRONOLOGY);
    await page.getByLabel('Harapan pelapor').fill('Beras dibagikan sesuai daftar penerima.');
    await page.getByLabel('Jumlah orang terdampak').fill('4');
    await page.getByLabel('Nama pelapor').fill('Inaq Rahmah');
    await page.getByLabel('Nomor HP').fill('0819 0722 1133');
    await page.locator('input[type="radio"][value="ya"]').check();
    await page.getByRole('button', { name: 'Simpan ke buku' }).click();

    const done = page.getByRole('status').filter({ hasText: 'Tersimpan. Kode pelacakan untuk pelapor:' });
    await done.waitFor();
    const shown = (await done.textContent())!.match(/([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/)![1]!;

    const stored = await complaintsOf(owner.db, CC);
    expect(stored).toHaveLength(1);
    const [complaint] = stored;
    expect(complaint!.data).toMatchObject({
      ccId: CC,
      channel: 'datang_langsung',
      sector: 'kesejahteraan_sosial',
      providerName: 'Kantor Desa Sandik',
      location: { desa: 'Sandik', desaCode: '52.01.14.2003' },
      chronology: CHRONOLOGY,
      occurredAt: yesterday(),
      peopleAffected: 4,
      privacy: 'rahasia',
      consentToContact: true,
      recordedBy: moderator.uid,
      trackingCode: shown.replaceAll('-', '')
    });
    expect(complaint!.data.reporterUid).toBeUndefined();
    expect(complaint!.data.receivedAt).toBeInstanceOf(Timestamp);
    expect(complaint!.contact).toEqual({ name: 'Inaq Rahmah', phone: '+6281907221133' });

    await page.getByRole('link', { name: 'Buka pengaduan ini' }).click();
    await page.getByText('Inaq Rahmah', { exact: true }).waitFor();
    // The register number is given by functions (onComplaintCreated), not by the page.
    await page.getByRole('heading', { level: 1, name: 'Pengaduan Belum bernomor' }).waitFor();
    expect(await page.locator('.facts').first().textContent()).toContain('Datang langsung');
  });

  it('refuses intake into another CC, on screen and by the rules', async () => {
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/staf/${OTHER}/catat`);
    await page.getByText(`Anda bukan staf CC "${OTHER}"`).waitFor();
    expect(await page.getByRole('button', { name: 'Simpan ke buku' }).count()).toBe(0);

    const user = firestoreAs(stack, await idTokenOf(stack, moderator));
    try {
      const batch = writeBatch(user.db);
      const path = `centers/${OTHER}/complaints/walkin-terlarang`;
      batch.set(doc(user.db, path), {
        ccId: OTHER,
        sector: 'kesehatan',
        providerName: 'Puskesmas Meninting',
        location: { desa: 'Sandik' },
        chronology: CHRONOLOGY,
        remedyWanted: 'Obat tersedia.',
        occurredAt: yesterday(),
        peopleAffected: 1,
        urgency: 'biasa',
        consentToContact: false,
        privacy: 'rahasia',
        channel: 'datang_langsung',
        trackingCode: generateTrackingCode(),
        receivedAt: serverTimestamp(),
        recordedBy: moderator.uid
      });
      batch.set(doc(user.db, `${path}/private/contact`), { name: 'Inaq Rahmah' });
      expect(await refusal(batch.commit())).toBe('permission-denied');
    } finally {
      await user.close();
    }
    expect(await complaintsOf(owner.db, OTHER)).toEqual([]);
  });
});
