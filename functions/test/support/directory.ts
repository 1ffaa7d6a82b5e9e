/** An in-memory stand-in for Firebase Auth with the four calls the role functions make. */
import type { DirectoryUser, MemberDirectory } from '../../src/directory';

export class MemoryDirectory implements MemberDirectory {
  readonly users = new Map<string, DirectoryUser>();
  private next = 1;

  add(user: DirectoryUser): DirectoryUser {
    this.users.set(user.uid, structuredClone(user));
    return user;
  }

  async byUid(uid: string) {
    const user = this.users.get(uid);
    return user ? structuredClone(user) : null;
  }

  async byEmail(email: string) {
    for (const user of this.users.values()) if (user.email === email) return structuredClone(user);
    return null;
  }

  async create(input: { email: string; displayName?: string }) {
    const user: DirectoryUser = { uid: `new-${this.next++}`, ...input, claims: {} };
    this.users.set(user.uid, user);
    return structuredClone(user);
  }

  async setClaims(uid: string, claims: Record<string, unknown>) {
    const user = this.users.get(uid);
    if (!user) throw Object.assign(new Error('no user'), { code: 'auth/user-not-found' });
    user.claims = structuredClone(claims);
  }

  claimsOf(uid: string) {
    return this.users.get(uid)?.claims;
  }
}
