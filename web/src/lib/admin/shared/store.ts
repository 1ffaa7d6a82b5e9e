/**
 * The cases CCs share with the network admins, read only (docs/DATA-MODEL.md "Sharing a case
 * with the network"). The rules let the admin through only while `networkShare.shared == true`,
 * so the list must say so. Loads the Firestore SDK: import dynamically.
 */
import {
  collection,
  collectionGroup,
  doc,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  where,
  type Firestore
} from 'firebase/firestore/lite';
import { firestore } from '$lib/firebase/firestore';
import {
  complaintFromData,
  contactFromData,
  logEntryFromData,
  type LogEntryView,
  type StaffComplaint,
  type StaffContact
} from '$lib/staff/cases/model';

/** A network shares a handful of cases at a time; more than this is a page the forum never reads. */
export const SHARED_CASES_LIMIT = 100;

/** Every shared case of the network, latest share first (one read per case). */
export async function listSharedCases(db: Firestore = firestore()): Promise<StaffComplaint[]> {
  const snapshot = await getDocs(
    query(
      collectionGroup(db, 'complaints'),
      where('networkShare.shared', '==', true),
      orderBy('networkShare.at', 'desc'),
      limit(SHARED_CASES_LIMIT)
    )
  );
  return snapshot.docs.map((d) => complaintFromData(d.id, d.data()));
}

export interface SharedCase {
  complaint: StaffComplaint;
  contact: StaffContact;
  /** The public entries of the case log only: internal notes stay with the CC. */
  log: LogEntryView[];
}

/**
 * One shared case: the complaint first (refused when it is not shared), then its contact and
 * public log. Null when no complaint has that id.
 */
export async function getSharedCase(
  ccId: string,
  id: string,
  db: Firestore = firestore()
): Promise<SharedCase | null> {
  const complaintRef = doc(db, 'centers', ccId, 'complaints', id);
  const complaint = await getDoc(complaintRef);
  const data = complaint.data();
  if (!data) return null;
  const [contact, log] = await Promise.all([
    getDoc(doc(complaintRef, 'private', 'contact')),
    getDocs(query(collection(complaintRef, 'log'), where('visibility', '==', 'publik'), orderBy('at', 'asc')))
  ]);
  return {
    complaint: complaintFromData(complaint.id, data),
    contact: contactFromData(contact.data()),
    log: log.docs.map((d) => logEntryFromData(d.id, d.data()))
  };
}
