/**
 * The role callables as plain functions: invite a member, grant a role, revoke it.
 *
 * Order of effects: custom claims first (they are what the rules trust), then the members
 * mirror and the audit entry in one batch. Each call is idempotent, so when the second step
 * fails the caller simply retries.
 */
import type { Firestore } from 'firebase-admin/firestore';
import { z } from 'zod';
import { auditEntry, newAuditRef, type AuditAction } from '../audit';
import type { DirectoryUser, MemberDirectory } from '../directory';
import { stamp } from '../instants';
import { paths } from '../paths';
import { refusal, REFUSALS } from '../refusals';
import {
  CENTER_ROLES,
  claimsTooLarge,
  grantRefusal,
  revokeRefusal,
  roleClaimsOf,
  withCenterRole,
  type CenterRole
} from './authority';

export interface RoleDeps {
  db: Firestore;
  directory: MemberDirectory;
  now?: () => Date;
}

/** The signed-in caller as a callable sees it (`request.auth`). */
export interface Caller {
  uid: string;
}

const ccId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9_-]*$/);
const email = z.string().trim().toLowerCase().pipe(z.email());
const uid = z.string().trim().min(1).max(128);
const role = z.enum(CENTER_ROLES);

export const InviteMemberInput = z.object({
  ccId,
  email,
  role,
  displayName: z.string().trim().min(1).max(100).optional()
});
export const GrantRoleInput = z
  .object({ ccId, role, uid: uid.optional(), email: email.optional() })
  .refine((v) => v.uid !== undefined || v.email !== undefined, { message: 'uid or email', path: ['uid'] });
export const RevokeRoleInput = z.object({ ccId, uid });

export function parseInput<T>(schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw REFUSALS.badInput(
    result.error.issues.map((issue) => `${issue.path.join('.') || 'data'}: ${issue.message}`)
  );
}

function requireCaller(caller: Caller | undefined): Caller {
  if (!caller) throw REFUSALS.signedOut();
  return caller;
}

async function requireCenter(db: Firestore, cc: string): Promise<{ name?: string }> {
  const snap = await db.doc(paths.center(cc)).get();
  if (!snap.exists) throw REFUSALS.unknownCenter(cc);
  return snap.data() as { name?: string };
}

/** What the caller holds now, from Auth rather than their token: a role revoked an hour ago counts as gone. */
async function currentClaimsOf(directory: MemberDirectory, caller: Caller) {
  const user = await directory.byUid(caller.uid);
  if (!user) throw REFUSALS.signedOut();
  return roleClaimsOf(user.claims);
}

const userNotFound = (who: string) =>
  refusal('not-found', 'user_not_found', {
    id: `Pengguna ${who} tidak ditemukan; undang dulu lewat email.`,
    en: `User ${who} was not found; invite them by email first.`
  });

const claimsFull = () =>
  refusal('resource-exhausted', 'claims_too_large', {
    id: 'Pengguna ini sudah memegang terlalu banyak peran CC; cabut peran yang tidak dipakai dulu.',
    en: 'This user already holds too many CC roles; revoke unused ones first.'
  });

export interface RoleResult {
  uid: string;
  ccId: string;
  role: CenterRole | null;
  /** The role held in that CC before the call. */
  previousRole: CenterRole | null;
}

async function applyRole(
  deps: RoleDeps,
  caller: Caller,
  target: DirectoryUser,
  cc: string,
  newRole: CenterRole | null,
  action: AuditAction,
  extra: Record<string, unknown> = {}
): Promise<RoleResult> {
  const previousRole = roleClaimsOf(target.claims).cc[cc] ?? null;
  const claims = withCenterRole(target.claims, cc, newRole);
  if (claimsTooLarge(claims)) throw claimsFull();
  if (previousRole !== newRole) await deps.directory.setClaims(target.uid, claims);
  const at = (deps.now?.() ?? new Date()).toISOString();
  const batch = deps.db.batch();
  const member = deps.db.doc(paths.member(cc, target.uid));
  if (newRole) {
    batch.set(member, {
      uid: target.uid,
      role: newRole,
      ...(target.email ? { email: target.email } : {}),
      ...(target.displayName ? { displayName: target.displayName } : {}),
      grantedBy: caller.uid,
      grantedAt: stamp(at)
    });
  } else batch.delete(member);
  batch.set(
    newAuditRef(deps.db),
    auditEntry({
      at,
      action,
      actor: caller.uid,
      ccId: cc,
      details: { targetUid: target.uid, role: newRole, previousRole, ...extra }
    })
  );
  await batch.commit();
  return { uid: target.uid, ccId: cc, role: newRole, previousRole };
}

export async function grantRole(
  deps: RoleDeps,
  caller: Caller | undefined,
  data: unknown
): Promise<RoleResult> {
  const who = requireCaller(caller);
  const input = parseInput(GrantRoleInput, data);
  const actor = await currentClaimsOf(deps.directory, who);
  const refused = grantRefusal(actor, input.ccId, input.role);
  if (refused) throw refused;
  await requireCenter(deps.db, input.ccId);
  const target = input.uid
    ? await deps.directory.byUid(input.uid)
    : await deps.directory.byEmail(input.email!);
  if (!target) throw userNotFound(input.uid ?? input.email!);
  // Replacing a koordinator by a moderator is taking the koordinator role away.
  const current = roleClaimsOf(target.claims).cc[input.ccId];
  if (current && current !== input.role) {
    const demotion = revokeRefusal(actor, who.uid, input.ccId, target.uid, current);
    if (demotion) throw demotion;
  }
  return applyRole(deps, who, target, input.ccId, input.role, 'role.granted');
}

export interface InviteResult extends RoleResult {
  /** True when the account did not exist and was created. */
  created: boolean;
}

export async function inviteMember(
  deps: RoleDeps,
  caller: Caller | undefined,
  data: unknown
): Promise<InviteResult> {
  const who = requireCaller(caller);
  const input = parseInput(InviteMemberInput, data);
  const actor = await currentClaimsOf(deps.directory, who);
  const refused = grantRefusal(actor, input.ccId, input.role);
  if (refused) throw refused;
  await requireCenter(deps.db, input.ccId);
  let target = await deps.directory.byEmail(input.email);
  const created = !target;
  if (!target) {
    target = await deps.directory.create({
      email: input.email,
      ...(input.displayName ? { displayName: input.displayName } : {})
    });
  }
  const current = roleClaimsOf(target.claims).cc[input.ccId];
  if (current && current !== input.role) {
    const demotion = revokeRefusal(actor, who.uid, input.ccId, target.uid, current);
    if (demotion) throw demotion;
  }
  const result = await applyRole(deps, who, target, input.ccId, input.role, 'member.invited', { created });
  return { ...result, created };
}

export async function revokeRole(
  deps: RoleDeps,
  caller: Caller | undefined,
  data: unknown
): Promise<RoleResult> {
  const who = requireCaller(caller);
  const input = parseInput(RevokeRoleInput, data);
  const actor = await currentClaimsOf(deps.directory, who);
  const target = await deps.directory.byUid(input.uid);
  if (!target) throw userNotFound(input.uid);
  const held = roleClaimsOf(target.claims).cc[input.ccId];
  const refused = revokeRefusal(actor, who.uid, input.ccId, input.uid, held);
  if (refused) throw refused;
  return applyRole(deps, who, target, input.ccId, null, 'role.revoked');
}
