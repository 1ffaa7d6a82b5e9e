/**
 * Filling the citizen's complaint form the way a person does: choosing the CC by kecamatan and
 * desa, answering each step and pressing "Lanjut", in Bahasa Indonesia.
 */
import type { Page } from 'playwright-core';
import { witaDate } from '@buku/core/wita/index';

export type Privacy = 'publik' | 'anonim' | 'rahasia';

export interface ComplaintAnswers {
  ccName: string;
  privacy: Privacy;
  name?: string;
  phone?: string;
}

export const CHRONOLOGY =
  'Obat untuk anak saya tidak tersedia di puskesmas dan saya disuruh membeli di apotek luar.';

/** Yesterday in WITA, as a date input takes it. */
export function yesterday(): string {
  return witaDate(new Date(Date.now() - 86_400_000));
}

export async function chooseCenter(page: Page, ccName: string): Promise<void> {
  await page.locator('#cc-kecamatan').selectOption('52.01.14');
  await page.locator('#cc-desa').selectOption('52.01.14.2003');
  // Choosing closes the list (the radio leaves the page), so a click, then the chosen card.
  await page.getByRole('radio', { name: ccName }).click();
  await page.getByText('CC Anda', { exact: true }).waitFor();
}

async function next(page: Page, expectedHeading: string): Promise<void> {
  await page.getByRole('button', { name: 'Lanjut' }).click();
  await page.getByRole('heading', { level: 2, name: expectedHeading }).waitFor();
}

/** From an empty form at /adukan up to the review step (not sent). */
export async function fillComplaint(page: Page, answers: ComplaintAnswers): Promise<void> {
  await chooseCenter(page, answers.ccName);
  await page.locator('input[name="sector"][value="kesehatan"]').check();
  await page.locator('#f-chronology').fill(CHRONOLOGY);
  await page.locator('#f-occurredAt').fill(yesterday());
  await next(page, 'Di mana, dan layanan siapa?');

  await page.locator('#f-providerName').fill('Puskesmas Meninting');
  await page.locator('#f-kecamatanCode').selectOption('52.01.14');
  await page.locator('#f-desaCode').selectOption('52.01.14.2003');
  await next(page, 'Apa yang Anda harapkan?');

  await page.locator('#f-remedyWanted').fill('Obat tersedia di puskesmas.');
  await next(page, 'Siapa yang boleh tahu?');

  await page.locator(`input[name="privacy"][value="${answers.privacy}"]`).check();
  await next(page, 'Siapa Anda, dan bolehkah CC menghubungi?');

  await page.locator('#f-name').fill(answers.name ?? 'Inaq Sahnun');
  await page.locator('input[name="consentToContact"][value="ya"]').check();
  await page.locator('#f-phone').fill(answers.phone ?? '0812 3456 7890');
  await next(page, 'Periksa lalu kirim');
}
