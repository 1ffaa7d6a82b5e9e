/**
 * Staff accounts for the browser tests, made as the role functions would make them: an
 * email/password account in the Auth emulator with the custom claims `{cc: {<ccId>: role}}` or
 * `{admin: true}` (functions/src/roles, docs/DATA-MODEL.md "Roles"). Each account signs in
 * through the app's own sign-in page; the same account's ID token drives the Firestore lite SDK
 * and the callables, so a test can check that what the screen refuses the server refuses too.
 */
import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app';
import { connectFirestoreEmulator, getFirestore, setLogLevel, type Firestore } from 'firebase/firestore/lite';
import type { Page } from 'playwright-core';
import type { CitizenStackAddress } from '../global-setup';

export const PASSWORD = 'kata-sandi-uji-7';

export type Claims =
  { admin: true } | { cc: Record<string, 'moderator' | 'koordinator'> } | Record<string, never>;

export interface StaffAccount {
  uid: string;
  email: string;
  claims: Claims;
}

const identity = (stack: CitizenStackAddress, path: string) =>
  `http://${stack.authHost}/identitytoolkit.googleapis.com/v1/${path}`;

async function post<T>(url: string, body: unknown, owner = false): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(owner ? { authorization: 'Bearer owner' } : {}) },
    body: JSON.stringify(body)
  });
  const data = (await response.json()) as T & { error?: { message: string } };
  if (!response.ok) throw new Error(`${url}: ${response.status} ${data.error?.message ?? ''}`);
  return data;
}

/** An account with these claims (set by the emulator's admin API, as setCustomUserClaims does). */
export async function createAccount(
  stack: CitizenStackAddress,
  email: string,
  claims: Claims
): Promise<StaffAccount> {
  const { localId } = await post<{ localId: string }>(identity(stack, 'accounts:signUp?key=demo-api-key'), {
    email,
    password: PASSWORD,
    returnSecureToken: true
  });
  if (Object.keys(claims).length > 0)
    await post(
      identity(stack, `projects/${stack.project}/accounts:update`),
      { localId, customAttributes: JSON.stringify(claims) },
      true
    );
  return { uid: localId, email, claims };
}

/** A fresh ID token of the account, carrying its claims. */
export async function idTokenOf(stack: CitizenStackAddress, account: StaffAccount): Promise<string> {
  const { idToken } = await post<{ idToken: string }>(
    identity(stack, 'accounts:signInWithPassword?key=demo-api-key'),
    { email: account.email, password: PASSWORD, returnSecureToken: true }
  );
  return idToken;
}

/** Signs in on /staf/masuk as a person does, and waits for the staff home. */
export async function signIn(page: Page, stack: CitizenStackAddress, account: StaffAccount): Promise<void> {
  await page.goto(`${stack.siteUrl}/staf/masuk`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL(`${stack.siteUrl}/staf`);
  await page.getByText(`Masuk sebagai ${account.email}`).waitFor();
}

// Refusals are what half of these checks expect; the SDK would log each one.
setLogLevel('silent');
let apps = 0;

export interface UserFirestore {
  db: Firestore;
  close(): Promise<void>;
}

/**
 * The Firestore lite SDK as this user (their real Auth-emulator ID token), or as a visitor who
 * is not signed in (`null`): what the rules decide for the app's own requests.
 */
export function firestoreAs(stack: CitizenStackAddress, idToken: string | null): UserFirestore {
  const app: FirebaseApp = initializeApp(
    { projectId: stack.project, apiKey: 'demo-api-key' },
    `staff-user-${process.pid}-${++apps}`
  );
  const db = getFirestore(app);
  const [host = '127.0.0.1', port = '8080'] = stack.firestoreHost.split(':');
  connectFirestoreEmulator(db, host, Number(port), idToken ? { mockUserToken: idToken } : {});
  return { db, close: () => deleteApp(app) };
}

/** The Firestore error code of a refused promise (fails the test if it was not refused). */
export async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return String((error as { code?: unknown }).code ?? error);
  }
  throw new Error('expected a refusal, but the request went through');
}

export interface CallableAnswer {
  status: number;
  result?: Record<string, unknown>;
  error?: { status: string; message: string; details?: { message?: { id: string; en: string } } };
}

/** Calls a callable of functions/ over HTTP, as the SDK does, with this ID token. */
export async function callAs(
  stack: CitizenStackAddress,
  name: string,
  idToken: string,
  data: unknown
): Promise<CallableAnswer> {
  const response = await fetch(`http://${stack.functionsHost}/${stack.project}/asia-southeast2/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${idToken}` },
    body: JSON.stringify({ data })
  });
  const body = (await response.json()) as Omit<CallableAnswer, 'status'>;
  return { status: response.status, ...body };
}
