/**
 * A CC's complaint book as functions leave it (register numbers, status, deadlines, timestamps),
 * written by the owner for the staff pages to read. Complaints are received this month (WITA),
 * newest first in the order given, so the book, the month's register and the filters have
 * known answers.
 */
import type { Firestore } from 'firebase-admin/firestore';
import { deadlinesFor } from '@buku/core/deadlines/deadlines';
import { formatRegisterNumber } from '@buku/core/register/register-number';
import { generateTrackingCode } from '@buku/core/tracking/tracking-code';
import { witaDate, witaStartOfDay } from '@buku/core/wita/index';
import { Timestamp } from './owner';

/** A CC with a full profile (the admin's and coordinator's edits must pass validCenter). */
export async function seedStaffCenter(db: Firestore, id: string, name: string, code: string): Promise<void> {
  await db.doc(`centers/${id}`).set({
    name,
    code,
    kind: 'cc',
    desa: 'Sandik',
    desaCode: '52.01.14.2003',
    kecamatan: 'Batu Layar',
    kecamatanCode: '52.01.14',
    kabupaten: 'Lombok Barat',
    kabupatenCode: '52.01',
    contact: { person: 'Baiq Nurul' },
    active: true
  });
}

export interface SeedCase {
  sector?: string;
  providerName?: string;
  desa?: string;
  status?: string;
  chronology?: string;
  name?: string;
  phone?: string;
}

export interface SeededCase {
  id: string;
  registerNumber: string;
  trackingCode: string;
  receivedAt: Date;
  providerName: string;
  status: string;
}

/** The first instant of this month in WITA. */
export function thisMonthStart(now = new Date()): Date {
  return witaStartOfDay(`${witaDate(now).slice(0, 7)}-01`);
}

/** This month as the book's and the register's month inputs take it: `YYYY-MM`. */
export function thisMonth(now = new Date()): string {
  return witaDate(now).slice(0, 7);
}

/**
 * Seeds the cases, numbered 001… in the order of receipt: `cases[0]` is the newest (received
 * just now), the last the oldest (just after the month began).
 */
export async function seedBook(
  db: Firestore,
  ccId: string,
  code: string,
  cases: SeedCase[],
  idPrefix = 'kasus'
): Promise<SeededCase[]> {
  const now = new Date();
  const start = thisMonthStart(now).getTime();
  const span = now.getTime() - start;
  const [year, month] = witaDate(now).split('-').map(Number) as [number, number];
  const seeded: SeededCase[] = [];
  const batch = db.batch();
  cases.forEach((c, index) => {
    const receivedAt = new Date(now.getTime() - Math.floor((span * index) / (cases.length + 1)));
    const sequence = cases.length - index;
    const registerNumber = formatRegisterNumber({ sequence, code, month, year });
    const trackingCode = generateTrackingCode();
    const id = `${idPrefix}-${String(sequence).padStart(3, '0')}`;
    const status = c.status ?? 'diterima';
    const providerName = c.providerName ?? `Puskesmas Uji ${sequence}`;
    const deadlines = deadlinesFor(receivedAt);
    const at = Timestamp.fromDate(receivedAt);
    batch.set(db.doc(`centers/${ccId}/complaints/${id}`), {
      ccId,
      sector: c.sector ?? 'kesehatan',
      providerName,
      location: { desa: c.desa ?? 'Sandik', desaCode: '52.01.14.2003' },
      chronology:
        c.chronology ?? `Obat untuk pasien nomor ${sequence} tidak tersedia dan disuruh membeli di luar.`,
      remedyWanted: 'Obat tersedia di puskesmas.',
      occurredAt: witaDate(new Date(receivedAt.getTime() - 86_400_000)),
      peopleAffected: 1,
      urgency: 'biasa',
      consentToContact: true,
      privacy: 'anonim',
      channel: 'web',
      trackingCode,
      reporterUid: `warga-${idPrefix}-${sequence}`,
      receivedAt: at,
      status,
      statusChangedAt: at,
      registerNumber,
      deadlines: {
        verifikasi: Timestamp.fromDate(deadlines.verifikasi.dueAt),
        tindak_lanjut: Timestamp.fromDate(deadlines.tindak_lanjut.dueAt),
        penyelesaian: Timestamp.fromDate(deadlines.penyelesaian.dueAt)
      },
      ...(status !== 'diterima' ? { verifiedAt: at } : {}),
      updatedAt: at
    });
    batch.set(db.doc(`centers/${ccId}/complaints/${id}/private/contact`), {
      name: c.name ?? `Warga Uji ${sequence}`,
      phone: c.phone ?? '+6281234567890'
    });
    seeded.push({ id, registerNumber, trackingCode, receivedAt, providerName, status });
  });
  await batch.commit();
  return seeded;
}
