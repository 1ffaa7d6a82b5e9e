/**
 * The learning side for citizens (`meetings/`): published discussions, dialogues with officials
 * and monthly forums, with their minutes. Import dynamically, like firestore.ts.
 */
import {
  collection,
  getDocs,
  limit,
  orderBy,
  query,
  where,
  type DocumentData,
  type Firestore,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot
} from 'firebase/firestore/lite';
import { firestore, textOrNull } from './firestore';

export type MeetingKind = 'diskusi' | 'dialog' | 'forum_bulanan';

export interface Meeting {
  id: string;
  title: string;
  kind: MeetingKind;
  /** WITA day, YYYY-MM-DD. */
  date: string;
  place: string | null;
  guests: string[];
  minutes: string | null;
  attendance: number | null;
  ccId: string | null;
}

const KINDS: readonly string[] = ['diskusi', 'dialog', 'forum_bulanan'];

export const meetingConverter: FirestoreDataConverter<Meeting> = {
  toFirestore(meeting: Meeting): DocumentData {
    const { id: _id, ...data } = meeting;
    return data;
  },
  fromFirestore(snapshot: QueryDocumentSnapshot): Meeting {
    const data = snapshot.data();
    return {
      id: snapshot.id,
      title: textOrNull(data.title) ?? '',
      kind: KINDS.includes(data.kind) ? (data.kind as MeetingKind) : 'diskusi',
      date: textOrNull(data.date) ?? '',
      place: textOrNull(data.place),
      guests: Array.isArray(data.guests) ? data.guests.filter((g): g is string => typeof g === 'string') : [],
      minutes: textOrNull(data.minutes),
      attendance: typeof data.attendance === 'number' ? data.attendance : null,
      ccId: textOrNull(data.ccId)
    };
  }
};

export const MEETINGS_SHOWN = 60;

/** Published meetings, latest day first (one query; `status == 'terbit'` as the rules demand). */
export async function listPublishedMeetings(db: Firestore = firestore()): Promise<Meeting[]> {
  const published = query(
    collection(db, 'meetings').withConverter(meetingConverter),
    where('status', '==', 'terbit'),
    orderBy('date', 'desc'),
    limit(MEETINGS_SHOWN)
  );
  return (await getDocs(published)).docs.map((d) => d.data());
}

/** Meetings from `today` (WITA) on, soonest first, and earlier ones, latest first. */
export function upcomingAndPast(
  meetings: readonly Meeting[],
  today: string
): { upcoming: Meeting[]; past: Meeting[] } {
  const upcoming = meetings.filter((m) => m.date >= today).sort((a, b) => a.date.localeCompare(b.date));
  const past = meetings.filter((m) => m.date < today).sort((a, b) => b.date.localeCompare(a.date));
  return { upcoming, past };
}
