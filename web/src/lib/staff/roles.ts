/**
 * Staff roles as Firebase Auth custom claims put them in the ID token (docs/DATA-MODEL.md, "Roles"):
 * `{admin: true}` and `{cc: {<ccId>: 'moderator' | 'koordinator'}}`. Read exactly as the rules read
 * them, so the app never shows a page the rules would refuse: a claim on an anonymous account is
 * ignored, and a malformed claim is no role.
 */
import { CENTER_ID_PATTERN } from '@buku/core/complaints/schema';

export const STAFF_ROLE_IDS = ['moderator', 'koordinator'] as const;
export type StaffRole = (typeof STAFF_ROLE_IDS)[number];

export interface StaffRoles {
  admin: boolean;
  /** CC id → role, sorted by CC id. */
  centers: Record<string, StaffRole>;
}

export const NO_ROLES: StaffRoles = { admin: false, centers: {} };

const isStaffRole = (value: unknown): value is StaffRole =>
  typeof value === 'string' && (STAFF_ROLE_IDS as readonly string[]).includes(value);

/** The roles a token's claims grant; `signInProvider` is `firebase.sign_in_provider`. */
export function rolesFromClaims(claims: Record<string, unknown>, signInProvider: string | null): StaffRoles {
  if (signInProvider === null || signInProvider === 'anonymous') return NO_ROLES;
  const centers: Record<string, StaffRole> = {};
  const cc = claims.cc;
  if (typeof cc === 'object' && cc !== null && !Array.isArray(cc)) {
    for (const [ccId, role] of Object.entries(cc as Record<string, unknown>).sort(([a], [b]) =>
      a.localeCompare(b)
    )) {
      if (CENTER_ID_PATTERN.test(ccId) && isStaffRole(role)) centers[ccId] = role;
    }
  }
  return { admin: claims.admin === true, centers };
}

/** The role in one CC, or null. */
export function roleIn(roles: StaffRoles, ccId: string): StaffRole | null {
  return Object.prototype.hasOwnProperty.call(roles.centers, ccId) ? (roles.centers[ccId] ?? null) : null;
}

export function centerIds(roles: StaffRoles): string[] {
  return Object.keys(roles.centers);
}

export function isStaffAnywhere(roles: StaffRoles): boolean {
  return centerIds(roles).length > 0;
}
