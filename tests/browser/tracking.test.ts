/**
 * Following a complaint by its tracking code in Chromium at 360×740: a valid code opens the
 * public view (one Firestore read), a mistyped one is refused by the check character before
 * anything is asked of the server.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatTrackingCode } from '@buku/core/tracking/tracking-code';
import { openPhone, type Phone } from './support/browser';
import { ownerOf, type Owner } from './support/owner';
import { mistype, seedTrackingView, TRACKED } from './support/tracking';

const stack = inject('citizenStack');
let owner: Owner;
let phone: Phone;

beforeAll(async () => {
  owner = ownerOf(stack.firestoreHost, stack.project);
  phone = await openPhone();
});
afterAll(async () => {
  await phone?.close();
  await owner?.close();
});

/** Requests the page sends to the Firestore emulator from now on. */
function firestoreRequests(): string[] {
  const seen: string[] = [];
  phone.page.on('request', (request) => {
    if (request.url().includes(stack.firestoreHost) && request.method() !== 'OPTIONS')
      seen.push(request.url());
  });
  return seen;
}

describe('tracking a complaint', { timeout: 90_000 }, () => {
  it('opens the public view of a valid code, with one Firestore read', async () => {
    const code = await seedTrackingView(owner.db);
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/lacak`);
    const requests = firestoreRequests();
    // As a person types it: lower case, dashes where they like.
    await page.getByLabel('Kode lacak').fill(formatTrackingCode(code).toLowerCase());
    await page.getByRole('button', { name: 'Lacak', exact: true }).click();

    await page.waitForURL(`${stack.siteUrl}/lacak/${code}`);
    await page.locator('.status').filter({ hasText: 'Diverifikasi' }).waitFor();
    const facts = await page.locator('.facts').textContent();
    expect(facts).toContain(TRACKED.ccName);
    expect(facts).toContain(TRACKED.registerNumber);
    expect(facts).toContain('Kesehatan');
    await page.getByText(TRACKED.update).waitFor();
    await page.getByText('Status menjadi Diverifikasi').waitFor();
    // The three deadlines, stored as Timestamps, shown as dates in WITA.
    expect(await page.locator('h2:has-text("Batas waktu") + ul li').allTextContents()).toHaveLength(3);
    expect(await page.locator('h2:has-text("Batas waktu") + ul').textContent()).toContain('30 Jan 2027');
    expect(requests).toHaveLength(1);
  });

  it('refuses a mistyped code with the check-character message, without asking the server', async () => {
    const code = await seedTrackingView(owner.db);
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/lacak`);
    const requests = firestoreRequests();
    await page.getByLabel('Kode lacak').fill(formatTrackingCode(mistype(code)));
    await page.getByRole('button', { name: 'Lacak', exact: true }).click();

    await expect
      .poll(() => page.locator('#f-code-error').textContent())
      .toContain('Kode pelacakan salah ketik: periksa lagi setiap huruf dan angka.');
    expect(await page.getByLabel('Kode lacak').getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/lacak');

    // A mistyped code in a shared link is caught the same way.
    await page.goto(`${stack.siteUrl}/lacak/${mistype(code)}`);
    await page.getByRole('alert').filter({ hasText: 'salah ketik' }).waitFor();
    expect(requests).toEqual([]);
  });
});
