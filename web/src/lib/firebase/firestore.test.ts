/**
 * The Firestore module against our local emulator (emulator/), rules switched off: these tests
 * check what the module writes and reads; the rules get their own table in tests/.
 */
import { startEmulator, type RunningEmulator } from '@buku/emulator';
import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app';
import {
  connectFirestoreEmulator,
  doc,
  getDoc,
  getFirestore,
  setDoc,
  Timestamp,
  type Firestore
} from 'firebase/firestore/lite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sendable } from '$lib/outbox/types';
import { createComplaint, listActiveCenters } from './firestore';

let emulator: RunningEmulator;
let app: FirebaseApp;
let db: Firestore;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, project: 'demo-web-test' });
  emulator.setRules(null);
  app = initializeApp({ projectId: 'demo-web-test', apiKey: 'demo' }, 'firestore-test');
  db = getFirestore(app);
  connectFirestoreEmulator(db, emulator.host, emulator.port);
});

afterAll(async () => {
  await deleteApp(app);
  await emulator.stop();
});

beforeEach(() => emulator.clear());

const message: Sendable = {
  id: 'Zx81kQ2m9PaL0bC7dE3f',
  ccId: 'sandik',
  trackingCode: 'K7M2P9Q4R8TX',
  payload: {
    complaint: { sector: 'kesehatan', providerName: 'Puskesmas Meninting', privacy: 'anonim' },
    contact: { name: 'Inaq Sumiati', phone: '081234567890' }
  }
};

describe('createComplaint', () => {
  it('creates the complaint and its private contact together, then never again', async () => {
    expect(await createComplaint({ ...message, reporterUid: 'anon-uid-1' }, db)).toBe('created');
    const complaint = await getDoc(doc(db, 'centers/sandik/complaints/Zx81kQ2m9PaL0bC7dE3f'));
    const { receivedAt, ...fields } = complaint.data()!;
    // The server's clock, not the phone's.
    expect(receivedAt).toBeInstanceOf(Timestamp);
    expect(Math.abs((receivedAt as Timestamp).toMillis() - Date.now())).toBeLessThan(60_000);
    expect(fields).toEqual({
      sector: 'kesehatan',
      providerName: 'Puskesmas Meninting',
      privacy: 'anonim',
      ccId: 'sandik',
      trackingCode: 'K7M2P9Q4R8TX',
      reporterUid: 'anon-uid-1'
    });
    const contact = await getDoc(doc(db, 'centers/sandik/complaints/Zx81kQ2m9PaL0bC7dE3f/private/contact'));
    expect(contact.data()).toEqual({ name: 'Inaq Sumiati', phone: '081234567890' });

    // The retry after a lost answer: nothing is overwritten.
    const changed: Sendable = {
      ...message,
      payload: { ...message.payload, contact: { name: 'Someone else' } }
    };
    expect(await createComplaint(changed, db)).toBe('already-existed');
    const contactAfter = await getDoc(
      doc(db, 'centers/sandik/complaints/Zx81kQ2m9PaL0bC7dE3f/private/contact')
    );
    expect(contactAfter.data()).toEqual({ name: 'Inaq Sumiati', phone: '081234567890' });
  });
});

describe('listActiveCenters', () => {
  it('lists only active CCs, by name', async () => {
    const base = { kind: 'cc', kecamatan: 'Batu Layar', kecamatanCode: '52.01.14' };
    await setDoc(doc(db, 'centers/sandik'), {
      ...base,
      name: 'CC Saling Anton',
      desa: 'Sandik',
      desaCode: '52.01.14.2003',
      active: true
    });
    await setDoc(doc(db, 'centers/meninting'), {
      ...base,
      name: 'CC Meninting',
      desa: 'Meninting',
      desaCode: '52.01.14.2002',
      active: false
    });
    await setDoc(doc(db, 'centers/mambalan'), {
      name: 'Lembaga Adat Paer Mambal',
      kind: 'lembaga_adat',
      desa: 'Mambalan',
      desaCode: '52.01.09.2006',
      kecamatan: 'Gunungsari',
      kecamatanCode: '52.01.09',
      active: true
    });
    const centers = await listActiveCenters(db);
    expect(centers.map((c) => [c.id, c.name, c.desaCode])).toEqual([
      ['sandik', 'CC Saling Anton', '52.01.14.2003'],
      ['mambalan', 'Lembaga Adat Paer Mambal', '52.01.09.2006']
    ]);
  });
});
