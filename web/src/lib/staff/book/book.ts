/**
 * The complaint book's reads. A page is one query of PAGE_SIZE + 1 documents (26 reads); a lookup
 * by tracking code is one read of `tracking/{code}`, by register number one query of at most one
 * document. Import dynamically: it loads the Firestore SDK.
 */
import {
  collection,
  doc,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  startAfter,
  where,
  type DocumentSnapshot,
  type Firestore,
  type QueryConstraint
} from 'firebase/firestore/lite';
import { firestore } from '$lib/firebase/firestore';
import { complaintFromData, type StaffComplaint } from '../cases/model';
import { PAGE_SIZE, splitPage, type BookQuery } from './filters';

/** Where the next page starts: the last document of this one. */
export type BookCursor = DocumentSnapshot;

export interface BookPage {
  complaints: StaffComplaint[];
  /** null when this is the last page. */
  next: BookCursor | null;
  /** Document reads billed: one per document returned, one for an empty answer. */
  reads: number;
}

export async function listBookPage(
  ccId: string,
  spec: BookQuery,
  start: BookCursor | null,
  db: Firestore = firestore()
): Promise<BookPage> {
  const constraints: QueryConstraint[] = spec.where.map(([field, op, value]) => where(field, op, value));
  constraints.push(orderBy(spec.orderBy[0], spec.orderBy[1]));
  if (start) constraints.push(startAfter(start));
  constraints.push(limit(PAGE_SIZE + 1));
  const snapshot = await getDocs(query(collection(db, 'centers', ccId, 'complaints'), ...constraints));
  const { page, hasNext } = splitPage(snapshot.docs);
  const last = page[page.length - 1];
  return {
    complaints: page.map((d) => complaintFromData(d.id, d.data())),
    next: hasNext && last ? last : null,
    reads: Math.max(snapshot.size, 1)
  };
}

const centerNames = new Map<string, string>();

/** The CC's name for the page title: one read of `centers/{cc}` per visit, then remembered. */
export async function getCenterName(ccId: string, db: Firestore = firestore()): Promise<string> {
  const known = centerNames.get(ccId);
  if (known) return known;
  const snapshot = await getDoc(doc(db, 'centers', ccId));
  const name = snapshot.data()?.name;
  const result = typeof name === 'string' && name !== '' ? name : ccId;
  centerNames.set(ccId, result);
  return result;
}

/** The complaint of this CC with that register number (canonical form), or null. */
export async function findByRegisterNumber(
  ccId: string,
  registerNumber: string,
  db: Firestore = firestore()
): Promise<string | null> {
  const snapshot = await getDocs(
    query(
      collection(db, 'centers', ccId, 'complaints'),
      where('registerNumber', '==', registerNumber),
      limit(1)
    )
  );
  return snapshot.docs[0]?.id ?? null;
}

/** Which complaint a tracking code belongs to (from its public view), or null. */
export async function findByTrackingCode(
  code: string,
  db: Firestore = firestore()
): Promise<{ ccId: string; complaintId: string } | null> {
  const snapshot = await getDoc(doc(db, 'tracking', code));
  const data = snapshot.data();
  if (!data || typeof data.ccId !== 'string' || typeof data.complaintId !== 'string') return null;
  return { ccId: data.ccId, complaintId: data.complaintId };
}
