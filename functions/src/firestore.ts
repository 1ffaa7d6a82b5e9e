/**
 * The one place functions/ reaches Firestore. firebase-admin with `preferRest: true`
 * (Google's advice for cold starts). Against our local emulator the admin SDK needs a
 * static bearer token: `Bearer owner` marks an admin request there (DESIGN.md section 3).
 */
import { getApps, initializeApp, type App } from 'firebase-admin/app';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';
import { OAuth2Client } from 'google-auth-library';

let firestore: Firestore | undefined;

export function app(): App {
  return getApps()[0] ?? initializeApp();
}

export function db(): Firestore {
  if (firestore) return firestore;
  firestore = getFirestore(app());
  const emulatorHost = process.env.FIRESTORE_EMULATOR_HOST;
  if (emulatorHost) {
    const owner = new OAuth2Client();
    owner.setCredentials({ access_token: 'owner' });
    firestore.settings({ preferRest: true, host: emulatorHost, ssl: false, authClient: owner });
  } else {
    firestore.settings({ preferRest: true });
  }
  return firestore;
}
