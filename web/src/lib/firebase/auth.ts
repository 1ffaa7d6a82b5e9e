/**
 * Citizens need no account: the app signs this device in anonymously, once, so that each
 * complaint carries a `reporterUid` and its reporter (and nobody else outside the CC) may read
 * it back. The anonymous account is kept in IndexedDB across visits. Loaded only when a
 * complaint is sent, with the Firestore SDK, which then sends the account's token.
 */
import {
  connectAuthEmulator,
  indexedDBLocalPersistence,
  initializeAuth,
  signInAnonymously,
  type Auth
} from 'firebase/auth';
import { authEmulatorUrl, firebaseApp } from './app';

let instance: Auth | undefined;

function auth(): Auth {
  if (!instance) {
    instance = initializeAuth(firebaseApp(), { persistence: indexedDBLocalPersistence });
    const emulator = authEmulatorUrl();
    if (emulator) connectAuthEmulator(instance, emulator, { disableWarnings: true });
  }
  return instance;
}

/** The uid under which this device files complaints; signs in anonymously the first time. */
export async function reporterUid(): Promise<string> {
  const current = auth();
  await current.authStateReady();
  if (current.currentUser) return current.currentUser.uid;
  const credential = await signInAnonymously(current);
  return credential.user.uid;
}

/** The app's Auth instance, shared with the staff pages (email + password sign-in). */
export function firebaseAuth(): Auth {
  return auth();
}
