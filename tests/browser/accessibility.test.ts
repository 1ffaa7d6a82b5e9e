/** axe-core finds no violation on the citizen's main pages, as a phone at 360×740 shows them. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPhone, type Phone } from './support/browser';
import { ownerOf, seedCenter, type Owner } from './support/owner';
import { seedTrackingView } from './support/tracking';
import { axeViolations } from './support/axe';

const stack = inject('citizenStack');
let owner: Owner;
let phone: Phone;

beforeAll(async () => {
  owner = ownerOf(stack.firestoreHost, stack.project);
  await seedCenter(owner.db, 'uji-aksesibilitas', 'CC Uji aksesibilitas');
  phone = await openPhone();
});
afterAll(async () => {
  await phone?.close();
  await owner?.close();
});

describe('accessibility (axe-core)', { timeout: 90_000 }, () => {
  it('home page', async () => {
    await phone.page.goto(`${stack.siteUrl}/`);
    await phone.page.getByRole('heading', { level: 1 }).waitFor();
    // With the CC list open, as a citizen choosing sees it.
    await phone.page.locator('#cc-kecamatan').selectOption('52.01.14');
    await phone.page.getByRole('radio', { name: 'CC Uji aksesibilitas' }).waitFor();
    expect(await axeViolations(phone.page)).toEqual([]);
  });

  it('complaint form, with messages showing', async () => {
    await phone.page.goto(`${stack.siteUrl}/adukan`);
    await phone.page.getByRole('heading', { level: 2, name: 'Apa yang terjadi?' }).waitFor();
    expect(await axeViolations(phone.page)).toEqual([]);
    await phone.page.getByRole('button', { name: 'Lanjut' }).click();
    await phone.page.locator('#f-chronology-error').waitFor();
    expect(await axeViolations(phone.page)).toEqual([]);
  });

  it('tracking pages', async () => {
    await phone.page.goto(`${stack.siteUrl}/lacak`);
    await phone.page.getByLabel('Kode lacak').waitFor();
    expect(await axeViolations(phone.page)).toEqual([]);
    const code = await seedTrackingView(owner.db);
    await phone.page.goto(`${stack.siteUrl}/lacak/${code}`);
    await phone.page.locator('.status').waitFor();
    expect(await axeViolations(phone.page)).toEqual([]);
  });
});
