/**
 * Staff sign-in: email and password through Firebase Auth, roles from the ID token's custom
 * claims. Import dynamically (the session does), so citizen pages never load firebase/auth for it.
 */
import {
  onIdTokenChanged,
  sendPasswordResetEmail,
  signInWithEmailAndPassword,
  signOut,
  type User
} from 'firebase/auth';
import { firebaseAuth } from '$lib/firebase/auth';
import { rolesFromClaims, NO_ROLES, type StaffRoles } from './roles';

export interface StaffUser {
  uid: string;
  email: string | null;
  roles: StaffRoles;
}

async function staffUserOf(user: User, forceRefresh = false): Promise<StaffUser> {
  if (user.isAnonymous) return { uid: user.uid, email: null, roles: NO_ROLES };
  const token = await user.getIdTokenResult(forceRefresh);
  return {
    uid: user.uid,
    email: user.email,
    roles: rolesFromClaims(token.claims, token.signInProvider)
  };
}

/** The signed-in staff member now (after Auth restored its session), or null. */
export async function currentStaffUser(): Promise<StaffUser | null> {
  const auth = firebaseAuth();
  await auth.authStateReady();
  return auth.currentUser ? staffUserOf(auth.currentUser) : null;
}

/** Signs in; the token is refreshed so a role granted a minute ago counts. */
export async function signInStaff(email: string, password: string): Promise<StaffUser> {
  const credential = await signInWithEmailAndPassword(firebaseAuth(), email.trim(), password);
  return staffUserOf(credential.user, true);
}

export async function signOutStaff(): Promise<void> {
  await signOut(firebaseAuth());
}

/** A member invited by inviteMember has no password yet: this email lets them set one. */
export async function sendPasswordReset(email: string): Promise<void> {
  await sendPasswordResetEmail(firebaseAuth(), email.trim());
}

/** Calls back with the staff user whenever the session or its token changes. */
export function watchStaffUser(callback: (user: StaffUser | null) => void): () => void {
  return onIdTokenChanged(firebaseAuth(), (user) => {
    if (!user) callback(null);
    else void staffUserOf(user).then(callback, () => callback(null));
  });
}
