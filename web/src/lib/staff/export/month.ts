/**
 * Reads one month of a CC's book for the register: one query of the month's complaints (the
 * book's indexed month query, WITA bounds) and, when names are wanted, each one's private contact.
 * Nothing outside the month is read. Import dynamically: it loads the Firestore SDK.
 */
import {
  collection,
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
import { monthBounds } from '../book/filters';
import { complaintFromData } from '../cases/model';
import type { MonthEntry } from './columns';

/** A month of one CC is tens of cases; this bound only keeps a mistake from reading a year. */
export const MONTH_LIMIT = 2000;

export interface MonthBook {
  entries: MonthEntry[];
  /** Documents billed: the complaints (at least 1 for the query) plus the contacts read. */
  reads: number;
  /** True when the month holds more than MONTH_LIMIT complaints (the rest is not shown). */
  truncated: boolean;
}

export async function readMonthBook(
  ccId: string,
  month: string,
  withNames: boolean,
  db: Firestore = firestore()
): Promise<MonthBook> {
  const bounds = monthBounds(month);
  if (!bounds) return { entries: [], reads: 0, truncated: false };
  const snapshot = await getDocs(
    query(
      collection(db, 'centers', ccId, 'complaints'),
      where('receivedAt', '>=', bounds.start),
      where('receivedAt', '<', bounds.end),
      orderBy('receivedAt', 'desc'),
      limit(MONTH_LIMIT + 1)
    )
  );
  const docs = snapshot.docs.slice(0, MONTH_LIMIT);
  const names = withNames
    ? await Promise.all(
        docs.map(async (d) => {
          const contact = await getDoc(doc(db, 'centers', ccId, 'complaints', d.id, 'private', 'contact'));
          const name = contact.data()?.name;
          return typeof name === 'string' && name !== '' ? name : null;
        })
      )
    : docs.map(() => null);
  return {
    entries: docs.map((d, i) => ({
      complaint: complaintFromData(d.id, d.data()),
      complainantName: names[i] ?? null
    })),
    reads: Math.max(snapshot.size, 1) + (withNames ? docs.length : 0),
    truncated: snapshot.size > MONTH_LIMIT
  };
}
