/**
 * The few Firebase Auth calls the role functions need, behind an interface so the role logic
 * can be tested without an Auth server (the Functions-emulator test uses the real one).
 */
import { getAuth, type Auth, type UserRecord } from 'firebase-admin/auth';
import { app } from './firestore';

export interface DirectoryUser {
  uid: string;
  email?: string;
  displayName?: string;
  claims: Record<string, unknown>;
}

export interface MemberDirectory {
  byUid(uid: string): Promise<DirectoryUser | null>;
  byEmail(email: string): Promise<DirectoryUser | null>;
  /** A new account without a password: the member sets one through the link they are sent. */
  create(input: { email: string; displayName?: string }): Promise<DirectoryUser>;
  setClaims(uid: string, claims: Record<string, unknown>): Promise<void>;
}

function toUser(record: UserRecord): DirectoryUser {
  return {
    uid: record.uid,
    ...(record.email ? { email: record.email } : {}),
    ...(record.displayName ? { displayName: record.displayName } : {}),
    claims: { ...(record.customClaims ?? {}) }
  };
}

function notFoundAsNull(error: unknown): null {
  if ((error as { code?: string }).code === 'auth/user-not-found') return null;
  throw error;
}

export function authDirectory(auth: Auth = getAuth(app())): MemberDirectory {
  return {
    byUid: (uid) => auth.getUser(uid).then(toUser, notFoundAsNull),
    byEmail: (email) => auth.getUserByEmail(email).then(toUser, notFoundAsNull),
    create: async ({ email, displayName }) =>
      toUser(await auth.createUser({ email, emailVerified: false, ...(displayName ? { displayName } : {}) })),
    setClaims: (uid, claims) => auth.setCustomUserClaims(uid, claims)
  };
}
