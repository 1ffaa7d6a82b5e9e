/**
 * The callables of functions/ (region asia-southeast2), loaded only on the admin pages. On a
 * `demo-` project they are the local Functions emulator: this page's host, port 5001, unless
 * the build says VITE_FUNCTIONS_EMULATOR_HOST (local-stack sets it when the port is moved).
 */
import { connectFunctionsEmulator, getFunctions, httpsCallable, type Functions } from 'firebase/functions';
import { firebaseApp, firebaseOptions } from '$lib/firebase/app';

export const FUNCTIONS_REGION = 'asia-southeast2';

/** Where the Functions emulator listens, or undefined for the deployed functions. */
export function functionsEmulatorAddress(
  configured: string | undefined,
  projectId: string,
  pageHost: string | undefined
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
    const configured: unknown = import.meta.env.VITE_FUNCTIONS_EMULATOR_HOST;
    const emulator = functionsEmulatorAddress(
      typeof configured === 'string' ? configured : undefined,
      firebaseOptions.projectId ?? '',
      globalThis.location?.hostname
    );
    if (emulator) connectFunctionsEmulator(instance, emulator.host, emulator.port);
  }
  return instance;
}

/** Calls one callable by name and gives back its result data. */
export async function callFunction<Req, Res>(name: string, data: Req): Promise<Res> {
  const callable = httpsCallable<Req, Res>(functions(), name);
  const result = await callable(data);
  return result.data;
}
