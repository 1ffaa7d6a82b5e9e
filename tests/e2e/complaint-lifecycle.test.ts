/**
 * One complaint through the whole product, in Chromium at 360×740 on the stack `npm start`
 * brings up (global-setup.ts), with the seeded demo network:
 *
 *  a. a citizen files it without signal, sees it waiting, and once the signal returns it is sent
 *     once, numbered by the intake trigger, and tracked by its code;
 *  b. the moderator of CC Saling Anton verifies it, follows it up, refers it to LAPOR! with a
 *     ticket id and resolves it; the citizen sees the public updates and not the internal note;
 *  c. the month is computed (the admin's recompute, the recomputeMonth callable through the
 *     Functions emulator) and the forum page shows the CC's aggregates and the explained ranking;
 *  d. the admin turns the top-ranked issue into an agenda item.
 *
 * The stories build on each other, so they run in order in one file; each checks the screen
 * and what Firestore holds.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatTrackingCode } from '@buku/core/tracking/tracking-code';
import { monthEndMs, monthOfInstant, monthStartMs } from '@buku/core/forum/time';
import { SECTORS } from '@buku/core/taxonomy/index';
import { openPhone, type Phone } from '../browser/support/browser';
import { CHRONOLOGY, fillComplaint } from '../browser/support/complaint-form';
import { ownerOf, Timestamp, type Owner } from '../browser/support/owner';
import { ADMIN, MODERATOR_SANDIK, signInOnPhone } from './support/accounts';

const stack = inject('productStack');
const site = stack.siteUrl;
let owner: Owner;
const phones: Phone[] = [];

async function phone(): Promise<Phone> {
  const opened = await openPhone();
  phones.push(opened);
  return opened;
}

beforeAll(() => {
  owner = ownerOf(stack.firestoreHost, stack.project);
});
afterAll(async () => {
  for (const opened of phones) await opened.close();
  await owner?.close();
});

const CC = { id: 'sandik', name: 'CC Saling Anton', code: 'CC-SA' };
const CITIZEN_NAME = 'Inaq Rabiah';
const FOLLOW_UP_NOTE = 'Relawan CC mendatangi Puskesmas Meninting dan bertemu petugas apotek.';
const INTERNAL_NOTE = 'Catatan internal: petugas apotek menyebut stok obat dijual ke apotek swasta.';
const PUBLIC_UPDATE = 'CC sudah bertemu Kepala Puskesmas Meninting; stok obat akan diperiksa.';
const TICKET = 'LAPOR-2612-004173';
const OUTCOME = 'Obat kembali tersedia di Puskesmas Meninting sejak minggu ini.';

/** What the stories hand on to each other. */
const filed = { code: '', id: '', registerNumber: '', month: '' };
let citizen: Phone;
let moderator: Phone;
let admin: Phone;

/** The complaint documents carrying a tracking code, across every CC. */
async function complaintsWithCode(code: string) {
  const snapshot = await owner.db.collectionGroup('complaints').where('trackingCode', '==', code).get();
  return snapshot.docs;
}

/** Waits until a document satisfies `ready` (triggers run after the write the test waited for). */
async function documentWhen(path: string, ready: (data: Record<string, unknown>) => boolean) {
  let data: Record<string, unknown> | undefined;
  await expect
    .poll(
      async () => {
        data = (await owner.db.doc(path).get()).data();
        return data !== undefined && ready(data);
      },
      { timeout: 20_000, interval: 200 }
    )
    .toBe(true);
  return data!;
}

describe('a complaint through the whole product', () => {
  it('a. is filed without signal, sent once when the signal returns, numbered and tracked by its code', async () => {
    citizen = await phone();
    const { context, page } = citizen;
    await page.goto(`${site}/adukan`);
    // As on a phone that opened the app once before: the service worker holds the shell.
    await page.waitForFunction('navigator.serviceWorker.controller !== null', undefined, {
      timeout: 30_000
    });
    await fillComplaint(page, { ccName: CC.name, privacy: 'publik', name: CITIZEN_NAME });

    await context.setOffline(true);
    await page.getByRole('status').filter({ hasText: 'Tidak ada sinyal' }).waitFor();
    await page.getByRole('button', { name: 'Kirim pengaduan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pengaduan Anda tersimpan' }).waitFor();
    await page.getByText('Menunggu sinyal', { exact: true }).waitFor();
    filed.code = ((await page.locator('.code').textContent()) ?? '').replaceAll('-', '').trim();
    expect(filed.code).toMatch(/^[0-9A-Z]{12}$/);
    // Still on the phone only.
    expect(await complaintsWithCode(filed.code)).toHaveLength(0);

    await context.setOffline(false);
    await page.getByText('Terkirim', { exact: true }).waitFor({ timeout: 45_000 });

    const stored = await complaintsWithCode(filed.code);
    expect(stored).toHaveLength(1);
    const [complaint] = stored;
    expect(complaint!.ref.parent.parent!.id).toBe(CC.id);
    filed.id = complaint!.id;
    expect(complaint!.data()).toMatchObject({
      ccId: CC.id,
      channel: 'web',
      chronology: CHRONOLOGY,
      providerName: 'Puskesmas Meninting',
      privacy: 'publik'
    });
    const contact = await complaint!.ref.collection('private').doc('contact').get();
    expect(contact.data()?.name).toBe(CITIZEN_NAME);

    // The intake trigger numbers it in the CC's book and publishes its tracking view.
    const numbered = await documentWhen(
      `centers/${CC.id}/complaints/${filed.id}`,
      (data) => typeof data.registerNumber === 'string'
    );
    filed.registerNumber = numbered.registerNumber as string;
    expect(filed.registerNumber).toMatch(new RegExp(`^\\d{3}/${CC.code}/[IVX]+/\\d{4}$`));
    expect(numbered.status).toBe('diterima');
    expect(numbered.deadlines).toBeDefined();
    filed.month = monthOfInstant((numbered.receivedAt as Timestamp).toMillis());
    const view = await documentWhen(`tracking/${filed.code}`, (data) => data.registerNumber !== undefined);
    expect(view).toMatchObject({ ccId: CC.id, registerNumber: filed.registerNumber, status: 'diterima' });
    // Sent once: the outbox retried nothing that had landed.
    expect(await complaintsWithCode(filed.code)).toHaveLength(1);

    // The citizen follows it by the code, typed as people type it.
    await page.goto(`${site}/lacak`);
    await page.getByLabel('Kode lacak').fill(formatTrackingCode(filed.code).toLowerCase());
    await page.getByRole('button', { name: 'Lacak', exact: true }).click();
    await page.waitForURL(`${site}/lacak/${filed.code}`);
    await page.locator('.status').filter({ hasText: 'Diterima' }).waitFor();
    const facts = (await page.locator('.facts').textContent()) ?? '';
    expect(facts).toContain(CC.name);
    expect(facts).toContain(filed.registerNumber);
    // The public view never carries the complainant's name.
    expect(await page.locator('main').textContent()).not.toContain(CITIZEN_NAME);
  });

  it('b. is verified, followed up, referred and resolved by the moderator; the citizen sees only public updates', async () => {
    expect(filed.id, 'story a filed the complaint').not.toBe('');
    moderator = await phone();
    const { page } = moderator;
    await signInOnPhone(page, site, MODERATOR_SANDIK);
    await page.getByRole('link', { name: /CC Saling Anton/ }).click();
    await page.waitForURL(`${site}/staf/${CC.id}`);
    // Found in the book by the tracking code the citizen reads out.
    await page.getByLabel('Cari nomor register atau kode pelacakan').fill(formatTrackingCode(filed.code));
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await page.waitForURL(`${site}/staf/${CC.id}/${filed.id}`);
    await page.getByRole('heading', { level: 1, name: `Pengaduan ${filed.registerNumber}` }).waitFor();
    expect(await page.locator('.contact').textContent()).toContain(CITIZEN_NAME);

    const status = page.locator('dd.status');
    const move = async (action: string, becomes: string, fill?: () => Promise<void>) => {
      await page.getByRole('button', { name: action, exact: true }).click();
      await fill?.();
      await page.getByRole('button', { name: `Simpan: ${action}` }).click();
      await status.filter({ hasText: new RegExp(`^${becomes}$`) }).waitFor();
    };
    const addEntry = async (kind: string, fill: () => Promise<void>, shows: string) => {
      await page.locator('#entry-kind').selectOption(kind);
      await fill();
      await page.getByRole('button', { name: 'Simpan catatan' }).click();
      await page.locator('.log li').filter({ hasText: shows }).waitFor();
    };

    await move('Verifikasi', 'Diverifikasi');
    await move('Tindak lanjuti', 'Ditindaklanjuti');
    await addEntry(
      'tindak_lanjut',
      async () => {
        await page.locator('#entry-action').selectOption('kunjungan');
        await page.locator('#entry-note').fill(FOLLOW_UP_NOTE);
        await page.getByLabel('Ya, publik').check();
      },
      FOLLOW_UP_NOTE
    );
    await addEntry('catatan_internal', () => page.locator('#entry-text').fill(INTERNAL_NOTE), INTERNAL_NOTE);
    await addEntry('pembaruan_publik', () => page.locator('#entry-text').fill(PUBLIC_UPDATE), PUBLIC_UPDATE);
    await move('Rujuk', 'Dirujuk', async () => {
      await page.locator('#move-destination').selectOption('lapor');
      await page.locator('#move-ticket').fill(TICKET);
    });
    await page
      .locator('.log li')
      .filter({ hasText: `Tiket: ${TICKET}` })
      .waitFor();
    await move('Nyatakan selesai', 'Selesai', () => page.locator('#move-outcome').fill(OUTCOME));
    // A resolved case offers no more moves.
    await page.getByText('Tidak ada perubahan status yang bisa Anda lakukan.').waitFor();

    // In Firestore: the moves in order, each with its log entry, and the milestones the triggers set.
    const path = `centers/${CC.id}/complaints/${filed.id}`;
    const complaint = await documentWhen(
      path,
      (data) => data.closedAt !== undefined && data.closedAt !== null
    );
    expect(complaint.status).toBe('selesai');
    expect(complaint.verifiedAt).toBeInstanceOf(Timestamp);
    expect(complaint.firstFollowUpAt).toBeInstanceOf(Timestamp);
    const log = (await owner.db.collection(`${path}/log`).orderBy('at').get()).docs.map((d) => d.data());
    expect(log.filter((e) => e.type === 'perubahan_status').map((e) => [e.from, e.to])).toEqual([
      ['diterima', 'diverifikasi'],
      ['diverifikasi', 'ditindaklanjuti'],
      ['ditindaklanjuti', 'dirujuk'],
      ['dirujuk', 'selesai']
    ]);
    const referral = log.find((e) => e.to === 'dirujuk');
    expect(referral).toMatchObject({ referral: { destination: 'lapor', externalTicketId: TICKET } });
    expect(log.find((e) => e.to === 'selesai')).toMatchObject({ outcome: OUTCOME });
    expect(log.find((e) => e.type === 'catatan_internal')).toMatchObject({
      visibility: 'internal',
      text: INTERNAL_NOTE
    });
    expect(log.find((e) => e.type === 'tindak_lanjut')).toMatchObject({
      action: 'kunjungan',
      visibility: 'publik',
      actorUid: 'demo-moderator-sandik'
    });

    // The public view: status and public entries, never the internal note.
    const view = await documentWhen(`tracking/${filed.code}`, (data) => data.status === 'selesai');
    const viewText = JSON.stringify(view);
    expect(viewText).toContain(PUBLIC_UPDATE);
    expect(viewText).toContain(TICKET);
    expect(viewText).not.toContain(INTERNAL_NOTE);
    expect(view.open).toBe(false);

    // The citizen's phone, where the complaint was filed.
    const citizenPage = citizen.page;
    await citizenPage.goto(`${site}/lacak/${filed.code}`);
    await citizenPage.locator('.status').filter({ hasText: 'Selesai' }).waitFor();
    await citizenPage.getByText(PUBLIC_UPDATE).waitFor();
    await citizenPage.getByText(OUTCOME).waitFor();
    await citizenPage.getByText(FOLLOW_UP_NOTE).waitFor();
    await citizenPage.getByText('Status menjadi Dirujuk').waitFor();
    const shown = (await citizenPage.locator('main').textContent()) ?? '';
    expect(shown).toContain(TICKET);
    expect(shown).not.toContain(INTERNAL_NOTE);
    expect(shown).not.toContain(CITIZEN_NAME);
  });

  it('c. the month is computed, and the forum page shows the CC aggregates and the explained ranking', async () => {
    expect(filed.month, 'story a filed the complaint').not.toBe('');
    const { month } = filed;
    admin = await phone();
    const { page } = admin;
    await signInOnPhone(page, site, ADMIN);
    await page.goto(`${site}/admin/agenda`);
    await page.getByRole('heading', { level: 1, name: 'Agenda prioritas advokasi' }).waitFor();
    await page.locator('#agenda-month').fill(month);
    await page.getByRole('button', { name: 'Hitung ulang bulan ini' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Bulan ${month} dihitung ulang` })
      .waitFor({ timeout: 90_000 });

    // What the job wrote: this CC's month counts exactly the complaints its book holds for it.
    const [start, end] = [monthStartMs(month), monthEndMs(month)];
    const book = await owner.db
      .collection(`centers/${CC.id}/complaints`)
      .where('receivedAt', '>=', Timestamp.fromMillis(start))
      .where('receivedAt', '<', Timestamp.fromMillis(end))
      .get();
    expect(book.docs.map((d) => d.id)).toContain(filed.id);
    const aggregate = (await owner.db.doc(`centers/${CC.id}/monthly/${month}`).get()).data()!;
    expect(aggregate).toBeDefined();
    expect(aggregate.received).toBe(book.size);
    expect(aggregate.resolved).toBeGreaterThanOrEqual(1);
    const forum = (await owner.db.doc(`forum/${month}`).get()).data()!;
    const issues = forum.issues as {
      rank: number;
      sector: string;
      provider: string;
      key: string;
      explanation: { id: string };
    }[];
    const ours = issues.find((i) => i.sector === 'kesehatan' && i.provider === 'Puskesmas Meninting');
    expect(ours, 'the complaint is ranked in its month').toBeDefined();
    expect(ours!.explanation.id.length).toBeGreaterThan(20);
    expect(issues[0]!.rank).toBe(1);

    // The forum page, as the moderator of the CC sees it at the meeting.
    const forumPage = moderator.page;
    await forumPage.goto(`${site}/staf/forum`);
    await forumPage.locator('#forum-month').fill(month);
    await forumPage.locator('#forum-cc').selectOption(CC.id);
    await forumPage.getByRole('button', { name: 'Tampilkan', exact: true }).click();
    await forumPage.getByRole('heading', { level: 1, name: `Forum bulanan ${month}` }).waitFor();
    const received = forumPage
      .getByRole('row', { name: /^Diterima/ })
      .getByRole('cell')
      .first();
    await expect.poll(() => received.textContent()).toBe(String(book.size));
    const resolved = forumPage
      .getByRole('row', { name: /^Selesai/ })
      .getByRole('cell')
      .first();
    expect(await resolved.textContent()).toBe(String(aggregate.resolved));
    await forumPage.getByRole('heading', { level: 3, name: 'Pengaduan per sektor' }).waitFor();
    const ranking = forumPage.locator('ol.ranking > li');
    expect(await ranking.count()).toBe(issues.length);
    const first = ranking.first();
    expect(await first.getByRole('heading', { level: 3 }).textContent()).toContain(
      `1. ${sectorName(issues[0]!.sector)} — ${issues[0]!.provider}`
    );
    // Why it ranks where it does, line by line.
    expect(await first.textContent()).toContain(issues[0]!.explanation.id);
    await first.getByText('Rincian skor').click();
    expect(await first.locator('details li').count()).toBeGreaterThanOrEqual(5);
  });

  it('d. the admin turns the top-ranked issue into an agenda item', async () => {
    expect(filed.month, 'story c computed the month').not.toBe('');
    const { month } = filed;
    const { page } = admin;
    const forum = (await owner.db.doc(`forum/${month}`).get()).data()!;
    const top = (forum.issues as { key: string; sector: string; provider: string; score: number }[])[0]!;
    const name = `${sectorName(top.sector)} — ${top.provider}`;

    await page.getByRole('heading', { level: 2, name: `Peringkat ${month}` }).waitFor();
    const item = page.locator('ol.issues > li').first();
    expect(await item.getByRole('heading', { level: 3 }).textContent()).toContain(`1. ${name}`);
    await item.getByRole('button', { name: `Jadikan agenda: ${name}` }).click();
    expect(await page.getByLabel('Judul agenda').inputValue()).toBe(
      `${sectorName(top.sector)}: ${top.provider}`
    );
    await page
      .getByLabel('Langkah advokasi')
      .fill('Surat CC ke Kepala Puskesmas Meninting\nDialog warga dengan Dinas Kesehatan Lombok Barat');
    await page.getByRole('button', { name: 'Simpan ke agenda' }).click();
    await page.getByRole('status').filter({ hasText: 'Agenda disimpan.' }).waitFor();
    await item.getByText('Sudah di agenda').waitFor();
    const saved = page.locator('ul.items > li').filter({ hasText: `Peringkat 1 bulan ${month}` });
    await saved
      .getByRole('heading', { level: 3, name: `${sectorName(top.sector)}: ${top.provider}` })
      .waitFor();

    const agendas = await owner.db.collection('agendas').where('issueKey', '==', top.key).get();
    expect(agendas.docs.map((d) => d.data())).toEqual([
      expect.objectContaining({
        month,
        rank: 1,
        sector: top.sector,
        provider: top.provider,
        targetProvider: top.provider,
        status: 'direncanakan',
        createdBy: 'demo-admin',
        actions: [
          'Surat CC ke Kepala Puskesmas Meninting',
          'Dialog warga dengan Dinas Kesehatan Lombok Barat'
        ]
      })
    ]);
  });
});

/** A sector's name as the pages show it in Bahasa Indonesia (core's taxonomy). */
function sectorName(id: string): string {
  return SECTORS.find((sector) => sector.id === id)?.label.id ?? id;
}
