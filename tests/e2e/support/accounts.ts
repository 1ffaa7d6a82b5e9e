/**
 * The demo network's people (seed/network.ts) as the tests use them: signing in on the staff
 * sign-in page of a phone, and the same accounts through the Firebase client SDKs in Node, to
 * ask the Firestore emulator (the real rules) and the Functions emulator directly — what a
 * person with a modified app could send.
 */
import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app';
import {
  connectAuthEmulator,
  getAuth,
  signInAnonymously,
  signInWithEmailAndPassword,
  type User
} from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore, setLogLevel, type Firestore } from 'firebase/firestore/lite';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../../seed/network';
import { REGION, type ProductStackAddress } from './product-stack';

export const ADMIN = 'admin@demo.buku.id';
export const MODERATOR_SANDIK = 'moderator.sandik@demo.buku.id';
export const CITIZEN = 'warga@demo.buku.id';

/** Signs in on /staf/masuk and waits for the staff home the page goes to. */
export async function signInOnPhone(page: Page, siteUrl: string, email: string): Promise<void> {
  await page.goto(`${siteUrl}/staf/masuk`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.locator('form.signin').getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL(`${siteUrl}/staf`);
}

export interface Client {
  user: User;
  db: Firestore;
  /** A callable of functions/, through the Functions emulator: its `result` or its `error`. */
  call(name: string, data: unknown): Promise<{ result?: unknown; error?: { status: string } }>;
  close(): Promise<void>;
}

let counter = 0;

/** An account of the demo network (or, without an email, an anonymous citizen), in Node. */
export async function clientOf(stack: ProductStackAddress, email?: string): Promise<Client> {
  // The refusals these tests provoke are expected; the SDK would print each as an error.
  setLogLevel('silent');
  const app: FirebaseApp = initializeApp(
    { projectId: stack.project, apiKey: 'demo-api-key' },
    `e2e-${process.pid}-${++counter}`
  );
  const auth = getAuth(app);
  connectAuthEmulator(auth, `http://${stack.authHost}`, { disableWarnings: true });
  const db = getFirestore(app);
  const [host = '127.0.0.1', port = '8080'] = stack.firestoreHost.split(':');
  connectFirestoreEmulator(db, host, Number(port));
  const { user } = email
    ? await signInWithEmailAndPassword(auth, email, DEMO_PASSWORD)
    : await signInAnonymously(auth);
  return {
    user,
    db,
    async call(name, data) {
      const response = await fetch(`http://${stack.functionsHost}/${stack.project}/${REGION}/${name}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await user.getIdToken()}`
        },
        body: JSON.stringify({ data })
      });
      return (await response.json()) as { result?: unknown; error?: { status: string } };
    },
    close: () => deleteApp(app)
  };
}

/** The Firestore error code of a refused request, or 'allowed' when it went through. */
export async function outcomeOf(request: Promise<unknown>): Promise<string> {
  try {
    await request;
    return 'allowed';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}
