/**
 * Who is signed in on the staff pages, and with which roles. The guarding layouts wait for
 * `status !== 'loading'` before rendering anything, so no page asks Firestore before the role
 * is known. Firebase Auth is loaded on first use only.
 */
import type { StaffUser } from './auth';
import { roleIn, type StaffRole } from './roles';

type Status = 'loading' | 'signed-out' | 'signed-in' | 'failed';

let status = $state<Status>('loading');
let user = $state<StaffUser | null>(null);
let started = false;

function apply(next: StaffUser | null) {
  user = next;
  status = next ? 'signed-in' : 'signed-out';
}

export const staffSession = {
  get status(): Status {
    return status;
  },
  get user(): StaffUser | null {
    return user;
  },
  /** The role in one CC, or null (not signed in, or no role there). */
  roleIn(ccId: string): StaffRole | null {
    return user ? roleIn(user.roles, ccId) : null;
  },
  /** Loads Auth, restores the session and follows token changes; safe to call more than once. */
  async start(): Promise<void> {
    if (started) return;
    started = true;
    try {
      const auth = await import('./auth');
      apply(await auth.currentStaffUser());
      auth.watchStaffUser(apply);
    } catch {
      started = false;
      status = 'failed';
    }
  },
  async signIn(email: string, password: string): Promise<StaffUser> {
    const auth = await import('./auth');
    const signedIn = await auth.signInStaff(email, password);
    apply(signedIn);
    return signedIn;
  },
  async signOut(): Promise<void> {
    const auth = await import('./auth');
    await auth.signOutStaff();
    apply(null);
  }
};
