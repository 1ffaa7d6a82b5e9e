/** Documents as the web app writes them, for the handlers to work on. */
import type { Firestore } from 'firebase-admin/firestore';
import { generateTrackingCode } from '@buku/core';
import { paths } from '../../src/paths';

export const SANDIK = {
  name: 'CC Saling Anton',
  code: 'CC-SA',
  kind: 'cc',
  desa: 'Sandik',
  desaCode: '52.01.14.2003',
  kecamatan: 'Batu Layar',
  kecamatanCode: '52.01.14',
  kabupaten: 'Lombok Barat',
  kabupatenCode: '52.01',
  contact: {},
  active: true
};

export const MAMBALAN = {
  ...SANDIK,
  name: 'Lembaga Adat Paer Mambal',
  code: 'LA-PM',
  kind: 'lembaga_adat',
  desa: 'Mambalan',
  desaCode: '52.01.09.2006',
  kecamatan: 'Gunungsari',
  kecamatanCode: '52.01.09'
};

export async function seedCenter(db: Firestore, ccId: string, profile: Record<string, unknown> = SANDIK) {
  await db.doc(paths.center(ccId)).set(profile);
}

/** A citizen's complaint from the web form (no status, no number: the intake adds them). */
export function citizenComplaint(ccId: string, overrides: Record<string, unknown> = {}) {
  return {
    ccId,
    sector: 'kesehatan',
    providerName: 'Puskesmas Meninting',
    maladministrationType: 'tidak_memberikan_pelayanan',
    location: { dusun: 'Karang Bedil', desa: 'Sandik', desaCode: '52.01.14.2003' },
    chronology:
      'Ibu saya ditolak berobat di Puskesmas karena kartu BPJS katanya tidak aktif, padahal iuran PBI ditanggung pemerintah.',
    remedyWanted: 'Kartu BPJS diaktifkan kembali dan ibu saya dilayani.',
    occurredAt: '2026-11-28',
    peopleAffected: 1,
    urgency: 'mendesak',
    consentToContact: true,
    privacy: 'anonim',
    channel: 'web',
    trackingCode: generateTrackingCode(),
    reporterUid: 'warga-1',
    ...overrides
  };
}

export const CONTACT = {
  name: 'Baiq Nurul Hidayah',
  phone: '+6281234567890',
  address: 'Dusun Karang Bedil RT 02',
  gender: 'perempuan',
  ageGroup: '30_44',
  disabilities: []
};

/** Writes the complaint and its contact in one batch, as the web app does. */
export async function createComplaint(
  db: Firestore,
  ccId: string,
  id: string,
  overrides: Record<string, unknown> = {},
  contact: Record<string, unknown> = CONTACT
) {
  const complaint = citizenComplaint(ccId, overrides);
  const batch = db.batch();
  batch.set(db.doc(paths.complaint(ccId, id)), complaint);
  batch.set(db.doc(paths.contact(ccId, id)), contact);
  await batch.commit();
  return complaint;
}

export async function auditEntries(db: Firestore) {
  const snap = await db.collection('audit').get();
  return snap.docs.map((d) => ({ id: d.id, ...d.data() }) as Record<string, unknown> & { id: string });
}

/** Stored data with timestamps as ISO strings, to compare with expected values. */
export { withIsoInstants as plain } from '../../src/instants';

/** An ISO instant as stored. */
export { stamp } from '../../src/instants';
