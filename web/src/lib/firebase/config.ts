/**
 * The Firebase project this build talks to, from the build's settings, without loading any SDK:
 * the tracking page reads its one public document with plain `fetch` (tracking.ts) and needs
 * only these addresses.
 *
 * A build without VITE_FIREBASE_PROJECT_ID uses the project `demo-buku` and the local emulator
 * (`npm start`): a `demo-` project never reaches Google's servers.
 */
import type { FirebaseOptions } from 'firebase/app';

const env = import.meta.env;
const projectId = env.VITE_FIREBASE_PROJECT_ID ?? 'demo-buku';

export const firebaseOptions: FirebaseOptions = {
  projectId,
  apiKey: env.VITE_FIREBASE_API_KEY ?? 'demo-api-key',
  ...(env.VITE_FIREBASE_AUTH_DOMAIN ? { authDomain: env.VITE_FIREBASE_AUTH_DOMAIN } : {}),
  ...(env.VITE_FIREBASE_APP_ID ? { appId: env.VITE_FIREBASE_APP_ID } : {})
};

/** Where the Firestore emulator listens, or undefined for the real Cloud Firestore. */
export function firestoreEmulatorAddress(): { host: string; port: number } | undefined {
  const configured = env.VITE_FIRESTORE_EMULATOR_HOST;
  if (configured) {
    const [host = '127.0.0.1', port = '8080'] = configured.split(':');
    return { host, port: Number(port) };
  }
  if (!projectId.startsWith('demo-')) return undefined;
  // Same machine as the page, so a phone on the LAN reaches the developer's emulator too.
  return { host: globalThis.location?.hostname || '127.0.0.1', port: 8080 };
}

/** Where the Auth emulator listens (a URL), or undefined for the real Firebase Auth. */
export function authEmulatorUrl(): string | undefined {
  if (env.VITE_AUTH_EMULATOR_HOST) return `http://${env.VITE_AUTH_EMULATOR_HOST}`;
  if (!projectId.startsWith('demo-')) return undefined;
  return `http://${globalThis.location?.hostname || '127.0.0.1'}:9099`;
}
