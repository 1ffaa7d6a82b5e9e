/**
 * A CC's members: the mirror is read from Firestore (staff of the CC and the admin may), every
 * change goes through the role callables, which set the custom claims the rules trust.
 */
import { collection, getDocs, orderBy, query, type Firestore } from 'firebase/firestore/lite';
import { firestore } from '$lib/firebase/firestore';
import { callFunction } from '../functions';
import type { StaffRole } from '$lib/staff/roles';
import { memberFromData, type InviteRequest, type Member } from './members';

export async function listMembers(ccId: string, db: Firestore = firestore()): Promise<Member[]> {
  const snapshot = await getDocs(
    query(collection(db, 'centers', ccId, 'members'), orderBy('grantedAt', 'asc'))
  );
  return snapshot.docs.map((d) => memberFromData(d.id, d.data()));
}

export interface RoleResult {
  uid: string;
  ccId: string;
  role: StaffRole | null;
  previousRole: StaffRole | null;
}

export interface InviteResult extends RoleResult {
  /** True when the account did not exist and was created (it has no password yet). */
  created: boolean;
}

export function inviteMember(request: InviteRequest): Promise<InviteResult> {
  return callFunction<InviteRequest, InviteResult>('inviteMember', request);
}

export function grantRole(ccId: string, uid: string, role: StaffRole): Promise<RoleResult> {
  return callFunction('grantRole', { ccId, uid, role });
}

export function revokeRole(ccId: string, uid: string): Promise<RoleResult> {
  return callFunction('revokeRole', { ccId, uid });
}
