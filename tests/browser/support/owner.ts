/**
 * The test's own view of the emulator, bypassing the rules (the static bearer token `owner`,
 * DESIGN.md section 3): seeding what functions would write, and checking what the app wrote.
 */
import { deleteApp, initializeApp, type App } from 'firebase-admin/app';
import { getFirestore, Timestamp, type Firestore } from 'firebase-admin/firestore';
import { OAuth2Client } from 'google-auth-library';

let counter = 0;

export interface Owner {
  db: Firestore;
  close(): Promise<void>;
}

export function ownerOf(firestoreHost: string, project: string): Owner {
  const app: App = initializeApp({ projectId: project }, `browser-owner-${process.pid}-${++counter}`);
  const db = getFirestore(app);
  const auth = new OAuth2Client();
  auth.setCredentials({ access_token: 'owner' });
  db.settings({ preferRest: true, host: firestoreHost, ssl: false, authClient: auth });
  return { db, close: () => deleteApp(app) };
}

/** A CC that accepts complaints (centers/{id}), in Desa Sandik, Kec. Batu Layar. */
export async function seedCenter(db: Firestore, id: string, name: string): Promise<void> {
  await db.doc(`centers/${id}`).set({
    name,
    code: `CC-${id.slice(0, 6).toUpperCase()}`,
    kind: 'cc',
    desa: 'Sandik',
    desaCode: '52.01.14.2003',
    kecamatan: 'Batu Layar',
    kecamatanCode: '52.01.14',
    kabupaten: 'Lombok Barat',
    kabupatenCode: '52.01',
    active: true
  });
}

/** Every complaint of one CC, with its contact document. */
export async function complaintsOf(db: Firestore, ccId: string) {
  const snapshot = await db.collection(`centers/${ccId}/complaints`).get();
  return Promise.all(
    snapshot.docs.map(async (doc) => ({
      id: doc.id,
      data: doc.data(),
      contact: (await doc.ref.collection('private').doc('contact').get()).data()
    }))
  );
}

export { Timestamp };
