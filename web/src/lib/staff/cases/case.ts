/**
 * One case for staff: the complaint, its private contact and its log (three reads plus one per
 * log entry), and the writes staff make on it. Import dynamically: it loads the Firestore SDK.
 */
import {
  collection,
  doc,
  getDoc,
  getDocs,
  orderBy,
  query,
  serverTimestamp,
  updateDoc,
  type Firestore
} from 'firebase/firestore/lite';
import { firestore } from '$lib/firebase/firestore';
import { commitWrites } from '../writes';
import { entryWrite, statusMoveWrites, type DocData, type Write } from './forms';
import {
  complaintFromData,
  contactFromData,
  logEntryFromData,
  type LogEntryView,
  type StaffComplaint,
  type StaffContact
} from './model';

export interface StaffCase {
  complaint: StaffComplaint;
  contact: StaffContact;
  log: LogEntryView[];
}

/** The whole case, or null when no complaint has that id in this CC. */
export async function getCase(
  ccId: string,
  id: string,
  db: Firestore = firestore()
): Promise<StaffCase | null> {
  const complaintRef = doc(db, 'centers', ccId, 'complaints', id);
  const [complaint, contact, log] = await Promise.all([
    getDoc(complaintRef),
    getDoc(doc(complaintRef, 'private', 'contact')),
    getDocs(query(collection(complaintRef, 'log'), orderBy('at', 'asc')))
  ]);
  const data = complaint.data();
  if (!data) return null;
  return {
    complaint: complaintFromData(complaint.id, data),
    contact: contactFromData(contact.data()),
    log: log.docs.map((d) => logEntryFromData(d.id, d.data()))
  };
}

/** A device-chosen id for a log entry (the rules want [A-Za-z0-9_-]{1,64}). */
export function newEntryId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(15));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Moves the case: complaint update and status log entry in one batch (DATA-MODEL "Moving a case");
 * `complaint` adds fields to the complaint update (the staff note of a late complaint).
 */
export async function moveStatus(
  ccId: string,
  complaintId: string,
  entry: DocData,
  db: Firestore = firestore(),
  entryId: string = newEntryId(),
  complaint: DocData = {}
): Promise<string> {
  await commitWrites(db, statusMoveWrites(ccId, complaintId, entryId, entry, complaint));
  return entryId;
}

/** Commits writes a pure module of the case page describes, in one batch (e.g. a share with the network). */
export async function commitCaseWrites(writes: Write[], db: Firestore = firestore()): Promise<void> {
  await commitWrites(db, writes);
}

/** Adds a follow-up, accompaniment note, referral, public update or internal note. */
export async function addLogEntry(
  ccId: string,
  complaintId: string,
  entry: DocData,
  db: Firestore = firestore(),
  entryId: string = newEntryId()
): Promise<string> {
  await commitWrites(db, [entryWrite(ccId, complaintId, entryId, entry)]);
  return entryId;
}

/**
 * The CC now waits for the complainant's answer (DATA-MODEL "Other staff updates"): starts the
 * silence clock that core counts before "close: no reply" is allowed. Never back-dated.
 */
export async function markAwaitingReply(
  ccId: string,
  complaintId: string,
  db: Firestore = firestore()
): Promise<void> {
  await updateDoc(doc(db, 'centers', ccId, 'complaints', complaintId), {
    awaitingReplySince: serverTimestamp()
  });
}
