/**
 * The one place functions/ reaches Firestore. firebase-admin with `preferRest: true`
 * (Google's advice for cold starts). Against our local emulator the admin SDK needs a
 * static bearer token: `Bearer owner` marks an admin request there (DESIGN.md section 3).
 */
import { getApps, initializeApp, type App } from 'firebase-admin/app';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';
import { OAuth2Client } from 'google-auth-library';

let firestore: Firestore | undefined;

/** The default app (other, named apps — tests, tools — are left alone). */
export function app(): App {
  return getApps().find((a) => a.name === '[DEFAULT]') ?? initializeApp();
}

/** Firestore of `forApp`, pointed at an emulator when `emulatorHost` (host:port) is given. */
export function connectFirestore(forApp: App, emulatorHost: string | undefined): Firestore {
  const instance = getFirestore(forApp);
  if (emulatorHost) {
    const owner = new OAuth2Client();
    owner.setCredentials({ access_token: 'owner' });
    instance.settings({ preferRest: true, host: emulatorHost, ssl: false, authClient: owner });
  } else {
    instance.settings({ preferRest: true });
  }
  return instance;
}

export function db(): Firestore {
  firestore ??= connectFirestore(app(), process.env.FIRESTORE_EMULATOR_HOST);
  return firestore;
}
