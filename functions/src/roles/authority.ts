/**
 * Who may hand out or take away which role of a CC. Pure: the callables ask, then act.
 *
 * - A network admin may grant and revoke moderator and koordinator of any CC.
 * - A koordinator may do so in their own CC only, and never beyond what they hold.
 * - A koordinator cannot revoke their own role (another koordinator or an admin must), so a CC
 *   is not left without one by a slip of the finger.
 * - A moderator manages nobody.
 */
import type { HttpsError } from 'firebase-functions/v2/https';
import { refusal, REFUSALS } from '../refusals';

export const CENTER_ROLES = ['moderator', 'koordinator'] as const;
export type CenterRole = (typeof CENTER_ROLES)[number];

const RANK: Record<CenterRole, number> = { moderator: 1, koordinator: 2 };

/** Custom claims of a user as the rules read them: `{admin: true}` and `{cc: {<ccId>: role}}`. */
export interface RoleClaims {
  admin: boolean;
  cc: Record<string, CenterRole>;
}

function isCenterRole(value: unknown): value is CenterRole {
  return typeof value === 'string' && (CENTER_ROLES as readonly string[]).includes(value);
}

/** Reads the role claims out of a token or a user's custom claims, ignoring anything malformed. */
export function roleClaimsOf(claims: Record<string, unknown> | undefined | null): RoleClaims {
  const cc: Record<string, CenterRole> = {};
  const raw = claims?.cc;
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [center, role] of Object.entries(raw as Record<string, unknown>)) {
      if (isCenterRole(role)) cc[center] = role;
    }
  }
  return { admin: claims?.admin === true, cc };
}

/** Custom claims with one CC's role set (or removed with null); other claims and CCs are kept. */
export function withCenterRole(
  claims: Record<string, unknown> | undefined | null,
  ccId: string,
  role: CenterRole | null
): Record<string, unknown> {
  const next: Record<string, unknown> = { ...(claims ?? {}) };
  const centers = { ...roleClaimsOf(claims).cc };
  if (role) centers[ccId] = role;
  else delete centers[ccId];
  if (Object.keys(centers).length > 0) next.cc = centers;
  else delete next.cc;
  return next;
}

/** Firebase Auth refuses custom claims over 1000 bytes of JSON. */
export const CLAIMS_LIMIT_BYTES = 1000;

export function claimsTooLarge(claims: Record<string, unknown>): boolean {
  return Buffer.byteLength(JSON.stringify(claims), 'utf8') > CLAIMS_LIMIT_BYTES;
}

const moderatorCannotManage = (cc: string) =>
  refusal('permission-denied', 'moderator_cannot_manage', {
    id: `Moderator tidak boleh mengatur anggota CC "${cc}"; mintalah kepada koordinator.`,
    en: `A moderator may not manage the members of "${cc}"; ask a coordinator.`
  });

const beyondHeld = (role: CenterRole, held: CenterRole) =>
  refusal('permission-denied', 'beyond_held_role', {
    id: `Anda tidak boleh memberi atau mencabut peran ${role} karena peran Anda hanya ${held}.`,
    en: `You may not grant or revoke the ${role} role: you hold only ${held}.`
  });

/** Why `actor` may not grant `role` in `ccId`, or null when they may. */
export function grantRefusal(actor: RoleClaims, ccId: string, role: CenterRole): HttpsError | null {
  if (actor.admin) return null;
  const held = actor.cc[ccId];
  if (!held) return REFUSALS.notStaffOf(ccId);
  if (held === 'moderator') return moderatorCannotManage(ccId);
  if (RANK[role] > RANK[held]) return beyondHeld(role, held);
  return null;
}

/** Why `actor` may not take `targetRole` away from `targetUid` in `ccId`, or null when they may. */
export function revokeRefusal(
  actor: RoleClaims,
  actorUid: string,
  ccId: string,
  targetUid: string,
  targetRole: CenterRole | undefined
): HttpsError | null {
  if (actor.admin) return null;
  const held = actor.cc[ccId];
  if (!held) return REFUSALS.notStaffOf(ccId);
  if (held === 'moderator') return moderatorCannotManage(ccId);
  if (actorUid === targetUid)
    return refusal('failed-precondition', 'self_revoke', {
      id: 'Anda tidak boleh mencabut peran Anda sendiri; mintalah kepada koordinator lain atau admin.',
      en: 'You may not revoke your own role; ask another coordinator or an admin.'
    });
  if (targetRole && RANK[targetRole] > RANK[held]) return beyondHeld(targetRole, held);
  return null;
}
