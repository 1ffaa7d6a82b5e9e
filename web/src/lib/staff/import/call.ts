/**
 * Sends the valid rows of a book to the `importBook` callable (functions/, region
 * asia-southeast2): it numbers them in the register and writes them with their contacts.
 * Only coordinators (and the admin) may import. Loads firebase/functions on first use.
 */
import { connectFunctionsEmulator, getFunctions, httpsCallable, type Functions } from 'firebase/functions';
import type { ImportedComplaint } from '@buku/core/import/book';
import { firebaseApp, firebaseOptions } from '$lib/firebase/app';
import { firebaseAuth } from '$lib/firebase/auth';
import { outcomeOf, type ImportOutcome } from './preview';

export const FUNCTIONS_REGION = 'asia-southeast2';

/** Where the Functions emulator listens, or undefined for the deployed functions. */
export function functionsEmulatorAddress(
  configured: string | undefined = import.meta.env.VITE_FUNCTIONS_EMULATOR_HOST,
  projectId: string = firebaseOptions.projectId ?? '',
  pageHost: string | undefined = globalThis.location?.hostname
): { host: string; port: number } | undefined {
  if (configured) {
    const [host = '127.0.0.1', port = '5001'] = configured.split(':');
    return { host, port: Number(port) };
  }
  if (!projectId.startsWith('demo-')) return undefined;
  return { host: pageHost || '127.0.0.1', port: 5001 };
}

let instance: Functions | undefined;

function functions(): Functions {
  if (!instance) {
    instance = getFunctions(firebaseApp(), FUNCTIONS_REGION);
    const emulator = functionsEmulatorAddress();
    if (emulator) connectFunctionsEmulator(instance, emulator.host, emulator.port);
  }
  return instance;
}

export async function sendBook(
  ccId: string,
  importId: string,
  rows: ImportedComplaint[]
): Promise<ImportOutcome> {
  // The signed-in staff member's ID token rides along once Auth is registered on the app.
  await firebaseAuth().authStateReady();
  const call = httpsCallable(functions(), 'importBook', { timeout: 540_000 });
  const answer = await call({ ccId, importId, rows });
  return outcomeOf(answer.data);
}
