/**
 * Who asks, as the Auth emulator would sign them in (unsigned tokens; custom claims at the top
 * level of the token, as Firebase Auth puts them). `null` is a visitor who is not signed in.
 */
import type { EmulatorMockTokenOptions } from 'firebase/firestore/lite';

export const UID = {
  warga1: 'warga-1',
  warga2: 'warga-2',
  modSandik: 'mod-sandik',
  koorSandik: 'koor-sandik',
  modMambalan: 'mod-mambalan',
  koorMambalan: 'koor-mambalan',
  admin: 'admin-jaringan',
  plain: 'pengguna-biasa'
} as const;

type Provider = 'anonymous' | 'password' | 'google.com';

function token(
  uid: string,
  provider: Provider,
  claims: Record<string, unknown> = {}
): EmulatorMockTokenOptions {
  return { sub: uid, user_id: uid, firebase: { sign_in_provider: provider, identities: {} }, ...claims };
}

export const ACTORS = {
  /** Not signed in at all. */
  publik: null,
  /** Citizens, signed in anonymously by the web app; warga1 filed the seeded sandik complaints. */
  warga1: token(UID.warga1, 'anonymous'),
  warga2: token(UID.warga2, 'anonymous'),
  /** A real account without any role. */
  plain: token(UID.plain, 'password'),
  modSandik: token(UID.modSandik, 'password', { cc: { sandik: 'moderator' } }),
  koorSandik: token(UID.koorSandik, 'google.com', { cc: { sandik: 'koordinator' } }),
  modMambalan: token(UID.modMambalan, 'password', { cc: { mambalan: 'moderator' } }),
  koorMambalan: token(UID.koorMambalan, 'password', { cc: { mambalan: 'koordinator' } }),
  /** A volunteer who moderates two CCs. */
  modBoth: token('mod-both', 'password', { cc: { sandik: 'moderator', mambalan: 'moderator' } }),
  admin: token(UID.admin, 'google.com', { admin: true }),
  // Forged or malformed claims: none of these may count as a role.
  /** An anonymous account carrying a staff claim (claims on anonymous accounts are ignored). */
  anonStaff: token('anon-staff', 'anonymous', { cc: { sandik: 'moderator' } }),
  anonAdmin: token('anon-admin', 'anonymous', { admin: true }),
  /** `cc` as a string, not a map. */
  ccString: token('cc-string', 'password', { cc: 'sandik' }),
  /** A role name that does not exist. */
  ccBadRole: token('cc-bad-role', 'password', { cc: { sandik: 'admin' } }),
  /** `admin` as the string 'true'. */
  adminString: token('admin-string', 'password', { admin: 'true' })
} satisfies Record<string, EmulatorMockTokenOptions | null>;

export type ActorName = keyof typeof ACTORS;
