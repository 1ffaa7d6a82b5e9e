/**
 * The complaint form in a real Chromium at 360×740, against the built app, our Firestore
 * emulator with the real rules and the Auth emulator (global-setup.ts): good input lands in
 * Firestore once, bad input shows core's messages beside the field in both languages, each
 * privacy choice is stored as chosen, and the outbox carries a complaint across offline →
 * reload → online.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { complaintsOf, ownerOf, seedCenter, type Owner } from './support/owner';
import { openPhone, type Phone } from './support/browser';
import { CHRONOLOGY, fillComplaint, yesterday, type Privacy } from './support/complaint-form';

const stack = inject('citizenStack');
let owner: Owner;

beforeAll(async () => {
  owner = ownerOf(stack.firestoreHost, stack.project);
});
afterAll(async () => {
  await owner?.close();
});

/** Each case files into a CC of its own, so the cases (and files) may run side by side. */
async function freshCenter(id: string): Promise<string> {
  const name = `CC Uji ${id}`;
  await seedCenter(owner.db, `uji-${id}`, name);
  return name;
}

async function withPhone(run: (phone: Phone) => Promise<void>): Promise<void> {
  const phone = await openPhone();
  try {
    await run(phone);
  } finally {
    await phone.close();
  }
}

describe('the complaint form', { timeout: 120_000 }, () => {
  it('sends good input once: one complaint with its contact, as typed', async () => {
    const ccName = await freshCenter('kirim');
    await withPhone(async ({ page }) => {
      await page.goto(`${stack.siteUrl}/adukan`);
      await fillComplaint(page, { ccName, privacy: 'publik' });
      // The review shows every answer, the ones left at their default too.
      const review = page.locator('dl.review');
      const answer = (term: string) => review.locator('div', { has: page.getByText(term, { exact: true }) });
      expect(await answer('Apa masalahnya?').locator('dd').textContent()).toContain(
        'Tidak tahu / tidak yakin'
      );
      expect(
        (await answer('Berapa orang yang mengalami masalah ini?').locator('dd').textContent())?.trim()
      ).toBe('1');
      // A double tap on "Kirim" must not make two complaints.
      await page.getByRole('button', { name: 'Kirim pengaduan' }).dblclick();
      await page.getByRole('heading', { level: 1, name: 'Pengaduan Anda tersimpan' }).waitFor();
      await page.getByText('Terkirim', { exact: true }).waitFor({ timeout: 30_000 });
      const shownCode = (await page.locator('.code').textContent())?.replaceAll('-', '');

      const stored = await complaintsOf(owner.db, 'uji-kirim');
      expect(stored).toHaveLength(1);
      const [complaint] = stored;
      expect(complaint!.data).toMatchObject({
        ccId: 'uji-kirim',
        channel: 'web',
        sector: 'kesehatan',
        chronology: CHRONOLOGY,
        occurredAt: yesterday(),
        providerName: 'Puskesmas Meninting',
        location: { desa: 'Sandik', desaCode: '52.01.14.2003' },
        remedyWanted: 'Obat tersedia di puskesmas.',
        peopleAffected: 1,
        urgency: 'biasa',
        privacy: 'publik',
        consentToContact: true,
        trackingCode: shownCode
      });
      expect(typeof complaint!.data.reporterUid).toBe('string');
      expect(complaint!.data.receivedAt.constructor.name).toBe('Timestamp');
      expect(complaint!.contact).toEqual({ name: 'Inaq Sahnun', phone: '+6281234567890' });
    });
  });

  it("shows core's messages beside the field, in Bahasa Indonesia and after switching in English", async () => {
    await withPhone(async ({ page }) => {
      await page.goto(`${stack.siteUrl}/adukan`);
      await page.locator('#f-chronology').fill('Obat habis.');
      await page.locator('#f-occurredAt').fill('2099-01-01');
      await page.getByRole('button', { name: 'Lanjut' }).click();

      await expect
        .poll(() => page.locator('#f-chronology-error').textContent())
        .toContain('Terlalu pendek: paling sedikit 20 huruf.');
      expect(await page.locator('#f-chronology').getAttribute('aria-describedby')).toContain(
        'f-chronology-error'
      );
      expect(await page.locator('#f-occurredAt-error').textContent()).toContain(
        'Tanggal tidak boleh di masa depan.'
      );
      expect(await page.locator('#sector-error').textContent()).toContain('Wajib diisi.');
      await page.getByRole('alert').filter({ hasText: 'Ada isian yang perlu diperbaiki' }).waitFor();
      // Still on the first step.
      await page.getByRole('heading', { level: 2, name: 'Apa yang terjadi?' }).waitFor();

      await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
      await expect
        .poll(() => page.locator('#f-chronology-error').textContent())
        .toContain('Too short: at least 20 characters.');
      expect(await page.locator('#f-occurredAt-error').textContent()).toContain(
        'The date cannot be in the future.'
      );
      expect(await page.locator('#sector-error').textContent()).toContain('Required.');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
    });
  });

  for (const privacy of ['publik', 'anonim', 'rahasia'] as const satisfies readonly Privacy[]) {
    it(`stores the privacy choice "${privacy}" as chosen`, async () => {
      const ccName = await freshCenter(`privasi-${privacy}`);
      await withPhone(async ({ page }) => {
        await page.goto(`${stack.siteUrl}/adukan`);
        await fillComplaint(page, { ccName, privacy });
        await page.getByRole('button', { name: 'Kirim pengaduan' }).click();
        await page.getByText('Terkirim', { exact: true }).waitFor({ timeout: 30_000 });
      });
      const stored = await complaintsOf(owner.db, `uji-privasi-${privacy}`);
      expect(stored.map((c) => c.data.privacy)).toEqual([privacy]);
    });
  }

  it('keeps a complaint sent without signal across a reload and sends it once when the signal returns', async () => {
    const ccName = await freshCenter('luring');
    await withPhone(async ({ context, page }) => {
      await page.goto(`${stack.siteUrl}/adukan`);
      // The service worker must hold the shell before the signal goes, as on a phone that
      // opened the app once before.
      // (A string: this code runs in the page, and tests/ compiles without the DOM library.)
      await page.waitForFunction('navigator.serviceWorker.controller !== null', undefined, {
        timeout: 30_000
      });
      await fillComplaint(page, { ccName, privacy: 'anonim' });

      await context.setOffline(true);
      await page.getByRole('status').filter({ hasText: 'Tidak ada sinyal' }).waitFor();
      await page.getByRole('button', { name: 'Kirim pengaduan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Pengaduan Anda tersimpan' }).waitFor();
      await page.getByText('Menunggu sinyal', { exact: true }).waitFor();
      expect(await complaintsOf(owner.db, 'uji-luring')).toHaveLength(0);

      await page.reload();
      // The shell came from the service worker; the entry from IndexedDB.
      await page.getByText('Menunggu sinyal', { exact: true }).waitFor();
      await page.getByRole('heading', { level: 1, name: 'Pengaduan Anda tersimpan' }).waitFor();
      expect(await complaintsOf(owner.db, 'uji-luring')).toHaveLength(0);

      await context.setOffline(false);
      await page.getByText('Terkirim', { exact: true }).waitFor({ timeout: 45_000 });
    });
    const stored = await complaintsOf(owner.db, 'uji-luring');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.data.privacy).toBe('anonim');
  });
});
