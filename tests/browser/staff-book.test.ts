/**
 * A CC moderator's complaint book in Chromium at 360×740, against the real rules: sign-in through
 * the app, the book 25 cases a page with a filter that narrows it, lookup by register number; and
 * what a moderator may not see (another CC's book, the admin pages) nor a visitor who is not
 * signed in — refused on screen and, for the same reads and writes, by the rules.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collection, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore/lite';
import { axeViolations } from './support/axe';
import { openPhone, type Phone } from './support/browser';
import { ownerOf, type Owner } from './support/owner';
import {
  createAccount,
  firestoreAs,
  idTokenOf,
  refusal,
  signIn,
  type StaffAccount,
  type UserFirestore
} from './support/staff';
import { seedBook, seedStaffCenter, type SeedCase, type SeededCase } from './support/staff-seed';

const stack = inject('citizenStack');
const CC = 'buku-a';
const OTHER = 'buku-b';
let owner: Owner;
let phone: Phone;
let moderator: StaffAccount;
let book: SeededCase[];
let otherBook: SeededCase[];
let asModerator: UserFirestore;

beforeAll(async () => {
  owner = ownerOf(stack.firestoreHost, stack.project);
  await seedStaffCenter(owner.db, CC, 'CC Buku Alpha', 'CC-BA');
  await seedStaffCenter(owner.db, OTHER, 'CC Buku Beta', 'CC-BB');
  // 30 cases: four being followed up, the rest just received.
  const cases: SeedCase[] = Array.from({ length: 30 }, (_, i) => ({
    status: [2, 9, 17, 26].includes(i) ? 'ditindaklanjuti' : 'diterima'
  }));
  book = await seedBook(owner.db, CC, 'CC-BA', cases);
  otherBook = await seedBook(owner.db, OTHER, 'CC-BB', [{ name: 'Warga CC Beta' }]);
  moderator = await createAccount(stack, 'moderator@buku-a.id', { cc: { [CC]: 'moderator' } });
  asModerator = firestoreAs(stack, await idTokenOf(stack, moderator));
  phone = await openPhone();
});
afterAll(async () => {
  await phone?.close();
  await asModerator?.close();
  await owner?.close();
});

const rows = () => phone.page.locator('ol.book > li');
const numbers = () => phone.page.locator('ol.book .number').allTextContents();

describe('the complaint book, as a CC moderator', { timeout: 90_000 }, () => {
  it('refuses a visitor who is not signed in, on screen and by the rules', async () => {
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/staf/${CC}`);
    await page.getByRole('heading', { level: 1, name: 'Akses ditolak' }).waitFor();
    await page.getByText('Halaman ini khusus staf CC. Silakan masuk dulu.').waitFor();
    expect(await page.locator('main').textContent()).not.toContain(book[0]!.registerNumber);

    const visitor = firestoreAs(stack, null);
    try {
      expect(await refusal(getDocs(collection(visitor.db, `centers/${CC}/complaints`)))).toBe(
        'permission-denied'
      );
      expect(
        await refusal(getDoc(doc(visitor.db, `centers/${CC}/complaints/${book[0]!.id}/private/contact`)))
      ).toBe('permission-denied');
    } finally {
      await visitor.close();
    }
  });

  it('signs in and lists the book 25 cases a page, newest first; a status filter narrows it', async () => {
    const { page } = phone;
    await signIn(page, stack, moderator);
    await page.getByRole('link', { name: /CC Buku Alpha/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Buku pengaduan CC Buku Alpha' }).waitFor();
    await expect.poll(() => rows().count()).toBe(25);
    expect(await numbers()).toEqual(book.slice(0, 25).map((c) => c.registerNumber));
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Berikutnya ›' }).click();
    await page.getByText('Halaman 2').waitFor();
    await expect.poll(numbers).toEqual(book.slice(25).map((c) => c.registerNumber));
    expect(await page.getByRole('button', { name: 'Berikutnya ›' }).isDisabled()).toBe(true);

    await page.getByText('Saring', { exact: true }).click();
    await page.getByLabel('Status', { exact: true }).selectOption('ditindaklanjuti');
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await page.waitForURL(/\?status=ditindaklanjuti$/);
    await expect
      .poll(numbers)
      .toEqual(book.filter((c) => c.status === 'ditindaklanjuti').map((c) => c.registerNumber));
    expect(await page.getByText('Halaman 1').count()).toBe(1);
  });

  it('finds a case by its register number, typed loosely, and opens it with the contact', async () => {
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/staf/${CC}`);
    const wanted = book[22]!;
    // "008/CC-BA/…" as a volunteer types it: no leading zeros, lower case.
    const typed = wanted.registerNumber.replace(/^0+/, '').toLowerCase();
    await page.getByLabel('Cari nomor register atau kode pelacakan').fill(typed);
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await page.waitForURL(`${stack.siteUrl}/staf/${CC}/${wanted.id}`);
    await page.getByRole('heading', { level: 1, name: `Pengaduan ${wanted.registerNumber}` }).waitFor();
    await page.getByText('Warga Uji 8', { exact: true }).waitFor();
    expect(await page.locator('.facts .status').first().textContent()).toBe('Diterima');
    expect(await axeViolations(page)).toEqual([]);

    // Another CC's tracking code is not opened from this book.
    await page.goto(`${stack.siteUrl}/staf/${CC}`);
    await page.getByLabel('Cari nomor register atau kode pelacakan').fill(otherBook[0]!.trackingCode);
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await page.getByText('Tidak ditemukan di buku CC ini.').waitFor();
  });

  it("refuses another CC's book on screen and by the rules", async () => {
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/staf/${OTHER}`);
    await page.getByRole('heading', { level: 1, name: 'Akses ditolak' }).waitFor();
    await page.getByText(`Anda bukan staf CC "${OTHER}"`).waitFor();
    await page.goto(`${stack.siteUrl}/staf/${OTHER}/${otherBook[0]!.id}`);
    await page.getByText(`Anda bukan staf CC "${OTHER}"`).waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Warga CC Beta');

    const { db } = asModerator;
    expect(await refusal(getDocs(collection(db, `centers/${OTHER}/complaints`)))).toBe('permission-denied');
    expect(await refusal(getDoc(doc(db, `centers/${OTHER}/complaints/${otherBook[0]!.id}`)))).toBe(
      'permission-denied'
    );
    expect(
      await refusal(getDoc(doc(db, `centers/${OTHER}/complaints/${otherBook[0]!.id}/private/contact`)))
    ).toBe('permission-denied');
    // The moderator's own book is readable with the same token: the refusal is about the CC.
    expect((await getDocs(collection(db, `centers/${CC}/complaints`))).size).toBe(30);
  });

  it('refuses the admin pages to a moderator, on screen and by the rules', async () => {
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/admin`);
    await page.getByRole('heading', { level: 1, name: 'Akses ditolak' }).waitFor();
    await page.getByText('Halaman ini khusus admin jaringan.').waitFor();
    expect(await page.getByRole('button', { name: 'Tambah CC' }).count()).toBe(0);

    const { db } = asModerator;
    expect(await refusal(updateDoc(doc(db, `centers/${CC}`), { active: false }))).toBe('permission-denied');
    expect(
      await refusal(
        setDoc(doc(db, 'centers/cc-palsu'), {
          name: 'CC Palsu',
          code: 'CC-PL',
          kind: 'cc',
          desa: 'Sandik',
          kecamatan: 'Batu Layar',
          kabupaten: 'Lombok Barat',
          contact: {},
          active: true
        })
      )
    ).toBe('permission-denied');
    expect(await refusal(setDoc(doc(db, 'agendas/palsu'), { title: 'Agenda palsu' }))).toBe(
      'permission-denied'
    );
    expect((await owner.db.doc(`centers/${CC}`).get()).data()?.active).toBe(true);
    expect((await owner.db.doc('centers/cc-palsu').get()).exists).toBe(false);
  });
});
