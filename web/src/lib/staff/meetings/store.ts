/** The CC's meetings in Firestore: one query (latest day first) and whole-document sets. Loads the SDK. */
import {
  collection,
  doc,
  getDocs,
  limit,
  orderBy,
  query,
  setDoc,
  where,
  type Firestore
} from 'firebase/firestore/lite';
import { firestore, textOrNull } from '$lib/firebase/firestore';
import type { MeetingKind, StaffMeeting } from './meetings';

const KINDS: readonly string[] = ['diskusi', 'dialog', 'forum_bulanan'];
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((g): g is string => typeof g === 'string') : [];

export function staffMeetingOf(id: string, data: Record<string, unknown>): StaffMeeting {
  return {
    id,
    title: textOrNull(data.title) ?? '',
    kind: KINDS.includes(data.kind as string) ? (data.kind as MeetingKind) : 'diskusi',
    date: textOrNull(data.date) ?? '',
    place: textOrNull(data.place),
    guests: strings(data.guests),
    minutes: textOrNull(data.minutes),
    attendance: typeof data.attendance === 'number' ? data.attendance : null,
    agendaIds: strings(data.agendaIds),
    ccId: textOrNull(data.ccId),
    status: data.status === 'terbit' ? 'terbit' : 'draf',
    createdBy: textOrNull(data.createdBy) ?? ''
  };
}

export const CC_MEETINGS_SHOWN = 100;

export async function listCenterMeetings(ccId: string, db: Firestore = firestore()): Promise<StaffMeeting[]> {
  const snapshot = await getDocs(
    query(
      collection(db, 'meetings'),
      where('ccId', '==', ccId),
      orderBy('date', 'desc'),
      limit(CC_MEETINGS_SHOWN)
    )
  );
  return snapshot.docs.map((d) => staffMeetingOf(d.id, d.data()));
}

/** Creates or replaces the meeting (the rules check the whole new document either way). */
export async function saveMeeting(
  id: string,
  data: Record<string, unknown>,
  db: Firestore = firestore()
): Promise<void> {
  await setDoc(doc(db, 'meetings', id), data);
}
