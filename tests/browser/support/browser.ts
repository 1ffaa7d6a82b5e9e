/**
 * A cheap Android phone, as far as a test can tell: Debian's Chromium at 360×740, a fresh
 * profile each time (no service worker, storage or cache left over), Lombok's time zone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** DESIGN.md section 6: the flags that work on these machines. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];

export interface Phone {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function openPhone(): Promise<Phone> {
  const profile = mkdtempSync(join(tmpdir(), 'buku-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: false,
    hasTouch: true,
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar'
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  };
}
