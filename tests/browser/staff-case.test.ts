/**
 * A case worked by a CC moderator in Chromium at 360×740, against the real rules: each status
 * move the workflow allows asks for what it requires (nothing is written until it is given), the
 * move and its log entry land together, follow-ups and notes appear in the log; a move the
 * workflow does not allow is not offered, and the rules refuse it (and any move on another CC's
 * case) when sent anyway.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { doc, serverTimestamp, writeBatch } from 'firebase/firestore/lite';
import { witaDate } from '@buku/core/wita/index';
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
import { seedBook, seedStaffCenter, type SeededCase } from './support/staff-seed';

const stack = inject('citizenStack');
const CC = 'kasus-a';
const OTHER = 'kasus-b';
let owner: Owner;
let phone: Phone;
let moderator: StaffAccount;
let asModerator: UserFirestore;
let toRefer: SeededCase;
let toReject: SeededCase;
let otherCase: SeededCase;

beforeAll(async () => {
  owner = ownerOf(stack.firestoreHost, stack.project);
  await seedStaffCenter(owner.db, CC, 'CC Kasus Alpha', 'CC-KA');
  await seedStaffCenter(owner.db, OTHER, 'CC Kasus Beta', 'CC-KB');
  const book = await seedBook(owner.db, CC, 'CC-KA', [
    { providerName: 'Dukcapil Lombok Barat', sector: 'administrasi_kependudukan' },
    { providerName: 'SDN 2 Sandik', sector: 'pendidikan' }
  ]);
  toRefer = book[0]!;
  toReject = book[1]!;
  otherCase = (await seedBook(owner.db, OTHER, 'CC-KB', [{}]))[0]!;
  moderator = await createAccount(stack, 'moderator@kasus-a.id', { cc: { [CC]: 'moderator' } });
  asModerator = firestoreAs(stack, await idTokenOf(stack, moderator));
  phone = await openPhone();
  await signIn(phone.page, stack, moderator);
});
afterAll(async () => {
  await phone?.close();
  await asModerator?.close();
  await owner?.close();
});

const complaintOf = async (cc: string, id: string) =>
  (await owner.db.doc(`centers/${cc}/complaints/${id}`).get()).data()!;
const logOf = async (cc: string, id: string): Promise<Record<string, unknown>[]> =>
  (await owner.db.collection(`centers/${cc}/complaints/${id}/log`).get()).docs.map((d) => ({
    id: d.id,
    ...d.data()
  }));

describe('a case, worked by a CC moderator', { timeout: 90_000 }, () => {
  it('verifies, then refers only once the destination is given, each move logged', async () => {
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/staf/${CC}/${toRefer.id}`);
    await page.getByRole('heading', { level: 1, name: `Pengaduan ${toRefer.registerNumber}` }).waitFor();
    const actions = page.locator('section', { has: page.getByRole('heading', { name: 'Ubah status' }) });
    // From "received" the workflow offers verify, reject and close for silence; not "resolved".
    expect(await actions.getByRole('button').allTextContents()).toEqual([
      'Verifikasi',
      'Tolak',
      'Tutup: pelapor tidak menjawab'
    ]);
    const whatsapp = await page.getByRole('link', { name: /WhatsApp/ }).getAttribute('href');
    expect(whatsapp).toMatch(/^https:\/\/wa\.me\/6281234567890\?text=/);
    expect(decodeURIComponent(whatsapp!)).toContain(`/lacak/${toRefer.trackingCode}`);

    // Closing for silence asks for 10 working days of waiting; the CC never asked anything.
    await actions.getByRole('button', { name: 'Tutup: pelapor tidak menjawab' }).click();
    await page.getByRole('button', { name: 'Simpan: Tutup: pelapor tidak menjawab' }).click();
    await page
      .getByText('Pengaduan baru bisa ditutup setelah 10 hari kerja tanpa jawaban pelapor.')
      .waitFor();
    expect((await complaintOf(CC, toRefer.id)).status).toBe('diterima');

    await actions.getByRole('button', { name: 'Verifikasi' }).click();
    await page.getByRole('button', { name: 'Simpan: Verifikasi' }).click();
    const log = page.locator('ol.log');
    await log.getByText('Diterima → Diverifikasi').waitFor();
    expect(await page.locator('.facts .status').first().textContent()).toBe('Diverifikasi');

    await actions.getByRole('button', { name: 'Rujuk' }).click();
    await page.getByRole('button', { name: 'Simpan: Rujuk' }).click();
    await page.locator('#move-destination-error').getByText('Rujukan harus menyebut tujuannya.').waitFor();
    expect(await page.getByLabel('Tujuan rujukan').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    expect((await complaintOf(CC, toRefer.id)).status).toBe('diverifikasi');

    await page.getByLabel('Tujuan rujukan').selectOption('ombudsman');
    await page.getByLabel('Nomor tiket (LAPOR!/Ombudsman)').fill('ORI-NTB-2026-0042');
    await page.getByRole('button', { name: 'Simpan: Rujuk' }).click();
    await log.getByText('Diverifikasi → Dirujuk').waitFor();
    await log.getByText('Tiket: ORI-NTB-2026-0042').waitFor();

    const stored = await complaintOf(CC, toRefer.id);
    expect(stored.status).toBe('dirujuk');
    const entries = await logOf(CC, toRefer.id);
    expect(entries).toHaveLength(2);
    const referral = entries.find((e) => e.id === stored.statusEntryId);
    expect(referral).toMatchObject({
      type: 'perubahan_status',
      from: 'diverifikasi',
      to: 'dirujuk',
      visibility: 'publik',
      actorRole: 'moderator',
      actorUid: moderator.uid,
      referral: { destination: 'ombudsman', externalTicketId: 'ORI-NTB-2026-0042' }
    });
  });

  it('rejects only with a reason, which the log then shows', async () => {
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/staf/${CC}/${toReject.id}`);
    const actions = page.locator('section', { has: page.getByRole('heading', { name: 'Ubah status' }) });
    await actions.getByRole('button', { name: 'Tolak' }).click();
    await page.getByRole('button', { name: 'Simpan: Tolak' }).click();
    await page.locator('#move-reason-error').getByText('Penolakan harus disertai alasan.').waitFor();
    expect((await complaintOf(CC, toReject.id)).status).toBe('diterima');

    const reason = 'Bukan layanan publik: sengketa antarwarga, disarankan ke kepala dusun.';
    await page.getByLabel('Alasan penolakan (terlihat oleh pelapor)').fill(reason);
    await page.getByRole('button', { name: 'Simpan: Tolak' }).click();
    await page.locator('ol.log').getByText('Diterima → Ditolak').waitFor();
    await page.locator('ol.log').getByText(reason).waitFor();
    // A closed case offers no further move.
    await page.getByText('Tidak ada perubahan status yang bisa Anda lakukan.').waitFor();
    expect(await complaintOf(CC, toReject.id)).toMatchObject({ status: 'ditolak' });
    expect((await logOf(CC, toReject.id)).map((e) => [e.type, e.reason])).toEqual([
      ['perubahan_status', reason]
    ]);
  });

  it('adds a public follow-up and an internal note to the log', async () => {
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/staf/${CC}/${toRefer.id}`);
    const add = page.locator('section', { has: page.getByRole('heading', { name: 'Tambah catatan' }) });
    await add.getByLabel('Jenis catatan').selectOption('tindak_lanjut');
    await add.getByRole('button', { name: 'Simpan catatan' }).click();
    await page.locator('#entry-action-error').waitFor();
    await add.getByLabel('Tindakan').selectOption('kunjungan');
    await add.getByLabel('Catatan', { exact: true }).fill('Bertemu petugas Dukcapil di kantor kecamatan.');
    await add.getByLabel('Ya, publik').check();
    await add.getByRole('button', { name: 'Simpan catatan' }).click();
    const log = page.locator('ol.log');
    await log.getByText('Bertemu petugas Dukcapil di kantor kecamatan.').waitFor();

    await add.getByLabel('Jenis catatan').selectOption('catatan_internal');
    await add.getByLabel('Teks').fill('Pelapor minta namanya tidak disebut ke petugas.');
    await add.getByRole('button', { name: 'Simpan catatan' }).click();
    const note = log.locator('li', { hasText: 'Pelapor minta namanya tidak disebut ke petugas.' });
    await note.waitFor();
    expect(await note.locator('.tag').textContent()).toBe('Internal');
    expect(await axeViolations(page)).toEqual([]);

    const entries = await logOf(CC, toRefer.id);
    expect(entries.filter((e) => e.type !== 'perubahan_status')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'tindak_lanjut',
          action: 'kunjungan',
          date: witaDate(new Date()),
          visibility: 'publik',
          actorUid: moderator.uid
        }),
        expect.objectContaining({ type: 'catatan_internal', visibility: 'internal' })
      ])
    );
  });

  it('sends no move the workflow forbids, and the rules refuse it and any move on another CC', async () => {
    const { db } = asModerator;
    const move = (cc: string, id: string, from: string, to: string, extra: Record<string, unknown> = {}) => {
      const batch = writeBatch(db);
      batch.update(doc(db, `centers/${cc}/complaints/${id}`), {
        status: to,
        statusChangedAt: serverTimestamp(),
        statusEntryId: 'langkah-terlarang'
      });
      batch.set(doc(db, `centers/${cc}/complaints/${id}/log/langkah-terlarang`), {
        type: 'perubahan_status',
        from,
        to,
        visibility: 'publik',
        actorRole: 'moderator',
        actorUid: moderator.uid,
        at: serverTimestamp(),
        ...extra
      });
      return batch.commit();
    };
    // Reopening a rejected case: not offered on screen (previous case), refused by the rules.
    expect(await refusal(move(CC, toReject.id, 'ditolak', 'diverifikasi'))).toBe('permission-denied');
    // Another CC's case, with a move that would be allowed there.
    expect(await refusal(move(OTHER, otherCase.id, 'diterima', 'diverifikasi'))).toBe('permission-denied');
    expect((await complaintOf(CC, toReject.id)).status).toBe('ditolak');
    expect((await complaintOf(OTHER, otherCase.id)).status).toBe('diterima');
    expect(await logOf(OTHER, otherCase.id)).toEqual([]);
  });
});
