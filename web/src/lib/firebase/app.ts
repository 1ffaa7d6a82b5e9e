/**
 * The Firebase app, created on first use. Loaded only by the firebase/ modules, which pages
 * import dynamically, so the home page does not pay for the SDK. The project's settings live in
 * config.ts, which needs no SDK.
 */
import { getApp, getApps, initializeApp, type FirebaseApp } from 'firebase/app';
import { firebaseOptions } from './config';

export { authEmulatorUrl, firebaseOptions, firestoreEmulatorAddress } from './config';

export function firebaseApp(): FirebaseApp {
  return getApps().length > 0 ? getApp() : initializeApp(firebaseOptions);
}
