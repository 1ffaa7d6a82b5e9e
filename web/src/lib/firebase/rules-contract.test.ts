/**
 * The web's own writes against the real firestore.rules in our emulator: what the form produces
 * (through core's schema) and createComplaint sends must be accepted as a citizen's complaint,
 * exactly once. The full rules table lives in tests/; this is the web's side of the contract.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startEmulator, type RunningEmulator } from '@buku/emulator';
import { CitizenComplaintSchema } from '@buku/core/complaints/schema';
import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app';
import { connectFirestoreEmulator, getFirestore, type Firestore } from 'firebase/firestore/lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDraft, toOutboxEntry, toSchemaInput } from '../../routes/(warga)/adukan/complaint-form';
import { createComplaint } from './firestore';

const PROJECT = 'demo-web-rules';
const rulesPath = fileURLToPath(new URL('../../../../firestore.rules', import.meta.url));

let emulator: RunningEmulator;
let app: FirebaseApp;
let db: Firestore;
const UID = 'anon-citizen-1';

async function seedCenter(id: string, active: boolean) {
  const fields = {
    name: { stringValue: `CC ${id}` },
    code: { stringValue: id.toUpperCase() },
    kind: { stringValue: 'cc' },
    desa: { stringValue: 'Sandik' },
    kecamatan: { stringValue: 'Batu Layar' },
    kabupaten: { stringValue: 'Lombok Barat' },
    active: { booleanValue: active }
  };
  const url = `${emulator.url}/v1/projects/${PROJECT}/databases/(default)/documents/centers?documentId=${id}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { Authorization: 'Bearer owner', 'content-type': 'application/json' },
    body: JSON.stringify({ fields })
  });
  if (!response.ok) throw new Error(await response.text());
}

function complaintFor(ccId: string, id: string) {
  const draft = {
    ...emptyDraft({ kecamatanCode: '52.01.14', desaCode: '52.01.14.2003' }),
    sector: 'kesehatan',
    chronology: 'Tiga kali ke Puskesmas, obat hipertensi selalu kosong.',
    occurredAt: '2026-11-20',
    providerName: 'Puskesmas Meninting',
    remedyWanted: 'Obat tersedia setiap bulan.',
    privacy: 'rahasia',
    name: 'Inaq Sumiati',
    phone: '0812 3456 7890',
    consentToContact: 'ya' as const
  };
  const parsed = CitizenComplaintSchema.parse(toSchemaInput(draft, ccId));
  const trackingCode = id === 'first' ? 'K7QMXR4TP9WH' : 'M4K7QXR2TP9W';
  return toOutboxEntry(parsed, { id: `web-${id}`, trackingCode }, `CC ${ccId}`);
}

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    project: PROJECT,
    rulesFiles: [{ name: 'firestore.rules', content: readFileSync(rulesPath, 'utf8') }]
  });
  await seedCenter('sandik', true);
  await seedCenter('tutup', false);
  app = initializeApp({ projectId: PROJECT, apiKey: 'demo' }, 'rules-contract');
  db = getFirestore(app);
  connectFirestoreEmulator(db, emulator.host, emulator.port, {
    mockUserToken: { sub: UID, user_id: UID, firebase: { sign_in_provider: 'anonymous', identities: {} } }
  });
});

afterAll(async () => {
  await deleteApp(app);
  await emulator.stop();
});

describe('a citizen complaint from the web form, under the real rules', () => {
  it('is accepted once, and a retry answers that it already exists', async () => {
    const entry = complaintFor('sandik', 'first');
    expect(await createComplaint({ ...entry, reporterUid: UID }, db)).toBe('created');
    expect(await createComplaint({ ...entry, reporterUid: UID }, db)).toBe('already-existed');
  });

  it('is refused for a CC that no longer accepts complaints', async () => {
    const entry = complaintFor('tutup', 'second');
    await expect(createComplaint({ ...entry, reporterUid: UID }, db)).rejects.toMatchObject({
      code: 'permission-denied'
    });
  });
});
