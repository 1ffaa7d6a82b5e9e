/**
 * The network admin in Chromium at 360×740, against the real rules: creates a CC, edits it and
 * deactivates it at /admin (after which a citizen can no longer file into it), changes the ranking
 * weights and the service deadlines at /admin/pengaturan — each step checked on screen and in
 * Firestore. What the admin may not do: open a CC's complaint book or a case with its contact
 * data, refused on screen and by the rules (personal data never leaves the CC's staff).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  collection,
  doc,
  getDoc,
  getDocs,
  serverTimestamp,
  setDoc,
  writeBatch
} from 'firebase/firestore/lite';
import { DEFAULT_WEIGHTS } from '@buku/core/ranking/config';
import { generateTrackingCode } from '@buku/core/tracking/tracking-code';
import type { CitizenStackAddress } from './global-setup';
import { axeViolations } from './support/axe';
import { openPhone, type Phone } from './support/browser';
import { CHRONOLOGY, yesterday } from './support/complaint-form';
import { complaintsOf, ownerOf, Timestamp, type Owner } from './support/owner';
import {
  createAccount,
  firestoreAs,
  idTokenOf,
  refusal,
  signIn,
  type StaffAccount,
  type UserFirestore
} from './support/staff';
import { seedBook, seedStaffCenter, type SeededCase } from './support/staff-seed';

const stack = inject('citizenStack');
/** The CC the admin creates through the page. */
const NEW_CC = 'adm-baru';
const NEW_NAME = 'CC Admin Uji Baru';
const EDITED_NAME = 'Lembaga Adat Uji Admin';
/** A CC with a book, which the admin must not open. */
const BOOK_CC = 'adm-buku';
let owner: Owner;
let phone: Phone;
let admin: StaffAccount;
let moderator: StaffAccount;
let asAdmin: UserFirestore;
let secretCase: SeededCase;

/** A citizen as the web app makes one: an anonymous account of the Auth emulator. */
async function anonymousCitizen(address: CitizenStackAddress): Promise<{ uid: string; idToken: string }> {
  const response = await fetch(
    `http://${address.authHost}/identitytoolkit.googleapis.com/v1/accounts:signUp?key=demo-api-key`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ returnSecureToken: true })
    }
  );
  const body = (await response.json()) as { localId: string; idToken: string };
  if (!response.ok) throw new Error(`anonymous sign-up: ${response.status}`);
  return { uid: body.localId, idToken: body.idToken };
}

/** What the web form sends (complaint and contact in one batch), as an anonymous citizen. */
async function fileAsCitizen(cc: string, id: string): Promise<void> {
  const citizen = await anonymousCitizen(stack);
  const user = firestoreAs(stack, citizen.idToken);
  try {
    const batch = writeBatch(user.db);
    const path = `centers/${cc}/complaints/${id}`;
    batch.set(doc(user.db, path), {
      ccId: cc,
      sector: 'kesehatan',
      providerName: 'Puskesmas Penimbung',
      location: { desa: 'Mambalan', desaCode: '52.01.09.2006' },
      chronology: CHRONOLOGY,
      remedyWanted: 'Obat tersedia di puskesmas.',
      occurredAt: yesterday(),
      peopleAffected: 1,
      urgency: 'biasa',
      consentToContact: false,
      privacy: 'anonim',
      trackingCode: generateTrackingCode(),
      channel: 'web',
      receivedAt: serverTimestamp(),
      reporterUid: citizen.uid
    });
    batch.set(doc(user.db, `${path}/private/contact`), { name: 'Inaq Sahnun' });
    await batch.commit();
  } finally {
    await user.close();
  }
}

const centerDoc = async (cc: string) => (await owner.db.doc(`centers/${cc}`).get()).data();
const centerCard = (name: string) =>
  phone.page.locator('ul.centers > li', {
    has: phone.page.getByRole('heading', { level: 2, name, exact: true })
  });

beforeAll(async () => {
  owner = ownerOf(stack.firestoreHost, stack.project);
  // Network settings never saved: the page starts from core's defaults.
  await owner.db.doc('config/ranking').delete();
  await owner.db.doc('config/deadlines').delete();
  await seedStaffCenter(owner.db, BOOK_CC, 'CC Admin Buku', 'CC-ADB');
  secretCase = (
    await seedBook(owner.db, BOOK_CC, 'CC-ADB', [{ name: 'Baiq Rahasia Admin', phone: '+6281799887766' }])
  )[0]!;
  admin = await createAccount(stack, 'admin@adm.buku.id', { admin: true });
  moderator = await createAccount(stack, 'moderator@adm-buku.id', { cc: { [BOOK_CC]: 'moderator' } });
  asAdmin = firestoreAs(stack, await idTokenOf(stack, admin));
  phone = await openPhone();
  await signIn(phone.page, stack, admin);
});
afterAll(async () => {
  await phone?.close();
  await asAdmin?.close();
  await owner?.close();
});

describe('the network admin', { timeout: 90_000 }, () => {
  it('creates a CC at /admin; it is stored as typed and a citizen can file into it', async () => {
    const { page } = phone;
    await page.getByRole('link', { name: 'Admin jaringan' }).click();
    await page.waitForURL(`${stack.siteUrl}/admin`);
    await page.getByRole('heading', { level: 1, name: 'Community Center' }).waitFor();
    await centerCard('CC Admin Buku').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Tambah CC' }).click();
    await page.getByRole('heading', { level: 2, name: 'Tambah CC' }).waitFor();
    await page.locator('#cc-name').fill(NEW_NAME);
    // The id is suggested from the name ("CC" dropped); the admin may choose another.
    expect(await page.locator('#cc-id').inputValue()).toBe('admin-uji-baru');
    await page.locator('#cc-id').fill(NEW_CC);
    await page.locator('#cc-code').fill('cc-adm');
    await page.locator('#cc-kecamatan').selectOption('52.01.14');
    await page.locator('#cc-desa').selectOption('52.01.14.2003');
    await page.locator('#cc-person').fill('Baiq Nurul');
    await page.locator('#cc-phone').fill('0819 0722 1133');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Buat CC' }).click();

    await page.getByText(`CC ${NEW_NAME} sudah dibuat.`).waitFor();
    const card = centerCard(NEW_NAME);
    await card.waitFor();
    expect(await card.textContent()).toContain(`Kode register: CC-ADM · ${NEW_CC}`);
    expect(await card.locator('.badge').textContent()).toBe('Aktif');
    expect(await centerDoc(NEW_CC)).toEqual({
      name: NEW_NAME,
      // Typed in lower case, stored as core writes codes: capitals.
      code: 'CC-ADM',
      kind: 'cc',
      desa: 'Sandik',
      desaCode: '52.01.14.2003',
      kecamatan: 'Batu Layar',
      kecamatanCode: '52.01.14',
      kabupaten: 'Lombok Barat',
      kabupatenCode: '52.01',
      contact: { person: 'Baiq Nurul', phone: '+6281907221133' },
      active: true
    });

    // An active CC takes complaints: the allowed side of the deactivation below.
    await fileAsCitizen(NEW_CC, 'aduan-sebelum');
    expect((await complaintsOf(owner.db, NEW_CC)).map((c) => c.id)).toEqual(['aduan-sebelum']);
  });

  it('edits the CC: the page says what will change, the id and register code stay', async () => {
    const { page } = phone;
    await page.getByRole('button', { name: `Ubah ${NEW_NAME}`, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: `Ubah CC ${NEW_NAME}` }).waitFor();
    expect(await page.locator('#cc-id').count()).toBe(0);
    expect(await page.locator('#cc-code').getAttribute('readonly')).not.toBeNull();
    await page.getByText('Belum ada perubahan.').waitFor();

    await page.locator('#cc-name').fill(EDITED_NAME);
    await page.locator('#cc-kind').selectOption('lembaga_adat');
    await page.locator('#cc-kecamatan').selectOption('52.01.09');
    await page.locator('#cc-desa').selectOption('52.01.09.2006');
    await page.locator('#cc-person').fill('Lalu Hamzan');
    await page.getByText('Yang akan berubah: Nama CC, Jenis, Kecamatan, Desa, Narahubung').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Simpan CC' }).click();

    await page.getByText('Tersimpan.', { exact: true }).waitFor();
    const card = centerCard(EDITED_NAME);
    await card.waitFor();
    expect(await card.textContent()).toContain('Desa Mambalan, Kec. Gunungsari');
    expect(await centerCard(NEW_NAME).count()).toBe(0);
    expect(await centerDoc(NEW_CC)).toEqual({
      name: EDITED_NAME,
      code: 'CC-ADM',
      kind: 'lembaga_adat',
      desa: 'Mambalan',
      desaCode: '52.01.09.2006',
      kecamatan: 'Gunungsari',
      kecamatanCode: '52.01.09',
      kabupaten: 'Lombok Barat',
      kabupatenCode: '52.01',
      contact: { person: 'Lalu Hamzan', phone: '+6281907221133' },
      active: true
    });
  });

  it('deactivates the CC: marked inactive, kept whole, and the rules refuse new complaints', async () => {
    const { page } = phone;
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await page.getByRole('button', { name: `Nonaktifkan ${EDITED_NAME}`, exact: true }).click();
    await page.getByText('Tersimpan.', { exact: true }).waitFor();
    expect(asked).toBe(`Nonaktifkan ${EDITED_NAME}? CC ini tidak akan menerima pengaduan baru.`);
    const card = centerCard(EDITED_NAME);
    await expect.poll(() => card.locator('.badge').textContent()).toBe('Nonaktif');
    await card.getByRole('button', { name: `Aktifkan lagi ${EDITED_NAME}`, exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const stored = await centerDoc(NEW_CC);
    expect(stored?.active).toBe(false);
    expect(stored?.name).toBe(EDITED_NAME);
    expect(stored?.code).toBe('CC-ADM');

    // The same filing that went through while it was active is now refused; nothing is lost.
    expect(await refusal(fileAsCitizen(NEW_CC, 'aduan-sesudah'))).toBe('permission-denied');
    expect((await complaintsOf(owner.db, NEW_CC)).map((c) => c.id)).toEqual(['aduan-sebelum']);
    // Another, active CC still takes the same complaint from a citizen.
    await fileAsCitizen(BOOK_CC, 'aduan-cc-aktif');
    expect((await owner.db.doc(`centers/${BOOK_CC}/complaints/aduan-cc-aktif`).get()).exists).toBe(true);
  });

  it('changes the ranking weights at /admin/pengaturan, showing what each change does', async () => {
    const { page } = phone;
    await page.getByRole('link', { name: 'Pengaturan' }).click();
    await page.waitForURL(`${stack.siteUrl}/admin/pengaturan`);
    await page.getByRole('heading', { level: 1, name: 'Pengaturan jaringan' }).waitFor();
    const weights = page.locator('section', {
      has: page.getByRole('heading', { name: 'Bobot peringkat prioritas' })
    });
    await weights.getByText('Belum pernah disimpan: yang tampil adalah nilai bawaan.').waitFor();
    expect(await page.locator('#weight-breadth').inputValue()).toBe('0.25');
    expect(await axeViolations(page)).toEqual([]);

    // A weight above 1 is refused by the page before anything is written.
    await page.locator('#weight-breadth').fill('1,5');
    await weights.getByRole('button', { name: 'Simpan bobot' }).click();
    await page.locator('#weight-breadth-error').waitFor();
    expect(await page.locator('#weight-breadth-error').textContent()).toContain('Isi angka 0 sampai 1');
    expect((await owner.db.doc('config/ranking').get()).exists).toBe(false);

    // Decimals as written in Indonesia: 0,35. The sum of weights becomes 1.1.
    await page.locator('#weight-breadth').fill('0,35');
    const changes = weights.locator('.changes li');
    await expect
      .poll(() => changes.first().textContent())
      .toBe('Jumlah pengaduan: bobot 0.15 → 0.15, maks. 15.0 → 13.6 poin');
    expect(await changes.allTextContents()).toContain(
      'Sebaran (CC dan desa): bobot 0.25 → 0.35, maks. 25.0 → 31.8 poin'
    );
    expect(await axeViolations(page)).toEqual([]);
    await weights.getByRole('button', { name: 'Simpan bobot' }).click();

    await weights.getByText('Tersimpan.', { exact: true }).waitFor();
    await expect.poll(() => changes.count()).toBe(0);
    expect(await weights.getByText('Belum pernah disimpan').count()).toBe(0);
    expect(await page.locator('#weight-breadth').inputValue()).toBe('0.35');
    const stored = (await owner.db.doc('config/ranking').get()).data();
    expect(stored?.weights).toEqual({ ...DEFAULT_WEIGHTS, breadth: 0.35 });
    expect(stored?.updatedBy).toBe(admin.uid);
    expect(stored?.updatedAt).toBeInstanceOf(Timestamp);

    // The weights are the network's: a CC's staff may not write them (the rules).
    const asModerator = firestoreAs(stack, await idTokenOf(stack, moderator));
    try {
      expect(
        await refusal(
          setDoc(doc(asModerator.db, 'config/ranking'), { weights: { ...DEFAULT_WEIGHTS, volume: 1 } })
        )
      ).toBe('permission-denied');
    } finally {
      await asModerator.close();
    }
    expect((await owner.db.doc('config/ranking').get()).data()?.weights).toEqual({
      ...DEFAULT_WEIGHTS,
      breadth: 0.35
    });
  });

  it('changes the service deadlines, showing each change before saving', async () => {
    const { page } = phone;
    const deadlines = page.locator('section', {
      has: page.getByRole('heading', { name: 'Batas waktu layanan' })
    });
    await deadlines.getByText('Belum pernah disimpan: yang tampil adalah nilai bawaan.').waitFor();
    expect(await page.locator('#deadline-verifyWorkingDays').inputValue()).toBe('3');

    await page.locator('#deadline-verifyWorkingDays').fill('4');
    await page.locator('#deadline-resolveDayCount').selectOption('kerja');
    const changes = deadlines.locator('.changes li');
    await expect
      .poll(() => changes.allTextContents())
      .toEqual([
        'Verifikasi (hari kerja): 3 → 4',
        'Hari penyelesaian dihitung sebagai: hari kalender → hari kerja'
      ]);
    expect(await axeViolations(page)).toEqual([]);
    await deadlines.getByRole('button', { name: 'Simpan batas waktu' }).click();

    await deadlines.getByText('Tersimpan.', { exact: true }).waitFor();
    await expect.poll(() => changes.count()).toBe(0);
    const { updatedAt, ...stored } = (await owner.db.doc('config/deadlines').get()).data() ?? {};
    expect(stored).toEqual({
      verifyWorkingDays: 4,
      followUpWorkingDays: 5,
      followUpFrom: 'diverifikasi',
      resolveDays: 60,
      resolveDayCount: 'kerja',
      resolveFrom: 'diterima',
      closeWithoutReplyWorkingDays: 10,
      updatedBy: admin.uid
    });
    expect(updatedAt).toBeInstanceOf(Timestamp);
    // What was saved is what the page reads back.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Pengaturan jaringan' }).waitFor();
    await expect.poll(() => page.locator('#deadline-verifyWorkingDays').inputValue()).toBe('4');
    expect(await page.locator('#deadline-resolveDayCount').inputValue()).toBe('kerja');
  });

  it("refuses a CC's complaint book and a case's contact data, on screen and by the rules", async () => {
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/staf/${BOOK_CC}`);
    await page.getByRole('heading', { level: 1, name: 'Akses ditolak' }).waitFor();
    await page.getByText(`Anda bukan staf CC "${BOOK_CC}"`).waitFor();
    expect(await page.locator('main').textContent()).not.toContain(secretCase.registerNumber);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${stack.siteUrl}/staf/${BOOK_CC}/${secretCase.id}`);
    await page.getByText(`Anda bukan staf CC "${BOOK_CC}"`).waitFor();
    const shown = (await page.locator('main').textContent()) ?? '';
    expect(shown).not.toContain('Baiq Rahasia Admin');
    expect(shown).not.toContain('81799887766');

    const { db } = asAdmin;
    const contactPath = `centers/${BOOK_CC}/complaints/${secretCase.id}/private/contact`;
    expect(await refusal(getDoc(doc(db, contactPath)))).toBe('permission-denied');
    expect(await refusal(getDoc(doc(db, `centers/${BOOK_CC}/complaints/${secretCase.id}`)))).toBe(
      'permission-denied'
    );
    expect(await refusal(getDocs(collection(db, `centers/${BOOK_CC}/complaints`)))).toBe('permission-denied');
    // What the admin may read of that CC: its profile and its members.
    expect((await getDoc(doc(db, `centers/${BOOK_CC}`))).data()?.name).toBe('CC Admin Buku');
    expect((await getDocs(collection(db, `centers/${BOOK_CC}/members`))).size).toBe(0);
    // The same contact is there for the CC's own staff: the refusal is about who asks.
    const asModerator = firestoreAs(stack, await idTokenOf(stack, moderator));
    try {
      expect((await getDoc(doc(asModerator.db, contactPath))).data()).toEqual({
        name: 'Baiq Rahasia Admin',
        phone: '+6281799887766'
      });
    } finally {
      await asModerator.close();
    }
  });
});
