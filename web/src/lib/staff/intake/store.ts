/** Files a staff-typed complaint: one batch, complaint + private contact. Loads the Firestore SDK. */
import type { Firestore } from 'firebase/firestore/lite';
import type { StaffComplaint } from '@buku/core/complaints/schema';
import { firestore } from '$lib/firebase/firestore';
import { newEntryId } from '../cases/case';
import { commitWrites } from '../writes';
import { staffIntakeWrites } from './intake';

export async function recordStaffComplaint(
  complaint: StaffComplaint,
  recordedBy: string,
  db: Firestore = firestore(),
  complaintId: string = newEntryId()
): Promise<{ complaintId: string; trackingCode: string }> {
  const { trackingCode, writes } = staffIntakeWrites(complaint, complaintId, recordedBy);
  await commitWrites(db, writes);
  return { complaintId, trackingCode };
}
