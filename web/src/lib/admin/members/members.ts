/**
 * A CC's members as `centers/{cc}/members/{uid}` mirrors them (written by the role functions:
 * `{uid, role, email?, displayName?, grantedBy, grantedAt}`), and the invite form. Pure.
 */
import type { Label } from '@buku/core/i18n';
import { issueLabel } from '@buku/core/validation/issues';
import { email as emailField, optionalText } from '@buku/core/validation/fields';
import { STAFF_ROLE_IDS, type StaffRole } from '$lib/staff/roles';

export interface Member {
  uid: string;
  role: StaffRole | null;
  email: string;
  displayName: string;
  grantedBy: string;
  /** ISO instant, '' when missing. */
  grantedAt: string;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Anything with `toDate()` (the SDK's Timestamp) or a string, as an ISO instant. */
function instantOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toDate?: unknown }).toDate === 'function'
  )
    return (value as { toDate: () => Date }).toDate().toISOString();
  return '';
}

export function memberFromData(uid: string, data: Record<string, unknown>): Member {
  const role = data.role;
  return {
    uid,
    role: (STAFF_ROLE_IDS as readonly unknown[]).includes(role) ? (role as StaffRole) : null,
    email: str(data.email),
    displayName: str(data.displayName),
    grantedBy: str(data.grantedBy),
    grantedAt: instantOf(data.grantedAt)
  };
}

export interface InviteForm {
  email: string;
  displayName: string;
  role: string;
}

export const emptyInviteForm = (): InviteForm => ({ email: '', displayName: '', role: 'moderator' });

export interface InviteRequest {
  ccId: string;
  email: string;
  role: StaffRole;
  displayName?: string;
}

export type InviteCheck =
  { ok: true; request: InviteRequest } | { ok: false; messages: Record<string, Label[]> };

const PICK_ROLE: Label = { id: 'Pilih peran.', en: 'Choose a role.' };

/** Checks the invite with core's field rules (email, name) before the callable sees it. */
export function checkInvite(ccId: string, form: InviteForm): InviteCheck {
  const messages: Record<string, Label[]> = {};
  const email = emailField().safeParse(form.email);
  if (!email.success) messages.email = email.error.issues.map(issueLabel);
  const name = optionalText(100).safeParse(form.displayName);
  if (!name.success) messages.displayName = name.error.issues.map(issueLabel);
  const role = (STAFF_ROLE_IDS as readonly string[]).includes(form.role) ? (form.role as StaffRole) : null;
  if (!role) messages.role = [PICK_ROLE];
  if (!email.success || !name.success || !role) return { ok: false, messages };
  return {
    ok: true,
    request: { ccId, email: email.data, role, ...(name.data ? { displayName: name.data } : {}) }
  };
}

/** The role change a member's row offers: the other role of the two. */
export function otherRole(role: StaffRole | null): StaffRole {
  return role === 'koordinator' ? 'moderator' : 'koordinator';
}

/** What the page may offer: the admin manages everyone; a koordinator not themselves. */
export function mayManage(viewer: { uid: string; admin: boolean }, member: Member): boolean {
  return viewer.admin || viewer.uid !== member.uid;
}
