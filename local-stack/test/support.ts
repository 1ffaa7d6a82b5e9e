/** Documents as the web app sends them, and an admin Firestore on an emulator. */
import { randomUUID } from 'node:crypto';
import { deleteApp, initializeApp, type App } from 'firebase-admin/app';
import type { Firestore } from 'firebase-admin/firestore';
import { serverTimestamp } from 'firebase/firestore/lite';
import { addCalendarDays, witaDate } from '@buku/core';
import type { RunningEmulator } from '@buku/emulator';
import { connectFirestore } from '../../functions/src/firestore';

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
  contact: { person: 'Baiq Nurul', phone: '+6281234567890', address: 'Jl. Raya Senggigi' },
  active: true
};

/** A complaint exactly as the citizen form writes it (no number, no status: the intake adds them). */
export function webComplaint(trackingCode: string) {
  return {
    ccId: 'sandik',
    sector: 'administrasi_kependudukan',
    providerName: 'Dukcapil Lombok Barat',
    maladministrationType: 'penundaan_berlarut',
    location: { dusun: 'Sandik Barat', desa: 'Sandik', desaCode: '52.01.14.2003' },
    chronology: 'Saya mengurus KTP elektronik sejak tiga bulan lalu dan belum juga dicetak.',
    remedyWanted: 'KTP elektronik segera dicetak',
    occurredAt: addCalendarDays(witaDate(new Date()), -3),
    peopleAffected: 1,
    urgency: 'biasa',
    consentToContact: true,
    privacy: 'anonim',
    channel: 'web',
    trackingCode,
    receivedAt: serverTimestamp()
  };
}

export const WEB_CONTACT = {
  name: 'Lalu Ahmad',
  phone: '+6281234567890',
  address: 'Dusun Sandik Barat RT 02',
  gender: 'laki_laki',
  ageGroup: '30_44',
  disabilities: ['fisik']
};

export function adminFirestore(emulator: RunningEmulator): {
  app: App;
  db: Firestore;
  close(): Promise<void>;
} {
  const app = initializeApp({ projectId: emulator.project }, `local-stack-test-${randomUUID()}`);
  const db = connectFirestore(app, `${emulator.host}:${emulator.port}`);
  return {
    app,
    db,
    async close() {
      await db.terminate();
      await deleteApp(app);
    }
  };
}
