/**
 * A CC's learning events on `meetings/`: discussions and dialogues with officials (date, place,
 * guests), then their minutes and attendance. Pure: checks the form against the rules' shape
 * (firestore.rules validMeeting) and builds the document; store.ts writes it.
 */
import type { Label } from '@buku/core/i18n';
import { isCalendarDate } from '@buku/core/wita/index';

export type MeetingKind = 'diskusi' | 'dialog' | 'forum_bulanan';
export type MeetingStatus = 'draf' | 'terbit';

export const MEETING_KIND_LABELS: Record<MeetingKind, Label> = {
  diskusi: { id: 'Diskusi warga', en: 'Citizens’ discussion' },
  dialog: { id: 'Dialog dengan pejabat', en: 'Dialogue with officials' },
  forum_bulanan: { id: 'Forum bulanan', en: 'Monthly forum' }
};

/** Staff schedule discussions and dialogues; the monthly forum is the network admin's. */
export const STAFF_MEETING_KINDS: readonly MeetingKind[] = ['diskusi', 'dialog'];

export const MEETING_LIMITS = {
  title: { min: 3, max: 150 },
  place: 200,
  guests: 50,
  guest: 200,
  minutes: 20_000,
  attendance: 10_000
} as const;

export interface StaffMeeting {
  id: string;
  title: string;
  kind: MeetingKind;
  date: string;
  place: string | null;
  guests: string[];
  minutes: string | null;
  attendance: number | null;
  agendaIds: string[];
  ccId: string | null;
  status: MeetingStatus;
  createdBy: string;
}

export interface MeetingDraft {
  title: string;
  kind: MeetingKind;
  date: string;
  place: string;
  /** One guest a line: "Kepala Puskesmas Meninting", "Camat Batu Layar". */
  guests: string;
  minutes: string;
  attendance: string;
  status: MeetingStatus;
}

export function emptyMeetingDraft(today: string): MeetingDraft {
  return {
    title: '',
    kind: 'diskusi',
    date: today,
    place: '',
    guests: '',
    minutes: '',
    attendance: '',
    status: 'draf'
  };
}

export function draftOf(meeting: StaffMeeting): MeetingDraft {
  return {
    title: meeting.title,
    kind: meeting.kind,
    date: meeting.date,
    place: meeting.place ?? '',
    guests: meeting.guests.join('\n'),
    minutes: meeting.minutes ?? '',
    attendance: meeting.attendance === null ? '' : String(meeting.attendance),
    status: meeting.status
  };
}

export type MeetingField = 'title' | 'kind' | 'date' | 'place' | 'guests' | 'minutes' | 'attendance';
export type MeetingMessages = Partial<Record<MeetingField, Label[]>>;

const tooLong = (max: number): Label => ({
  id: `Terlalu panjang: paling banyak ${max} karakter.`,
  en: `Too long: at most ${max} characters.`
});

/** Guests from the text area: one a line, trimmed, blanks and repeats dropped. */
export function guestList(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((g) => g.trim())
        .filter((g) => g !== '')
    )
  ];
}

/** The stored fields of a meeting (without ccId and createdBy), or what is wrong. */
export function checkMeetingDraft(
  draft: MeetingDraft
): { ok: true; fields: Record<string, unknown> } | { ok: false; messages: MeetingMessages } {
  const messages: MeetingMessages = {};
  const title = draft.title.trim();
  if (title.length < MEETING_LIMITS.title.min)
    messages.title = [
      { id: 'Tulis judul kegiatan (paling sedikit 3 karakter).', en: 'Give a title (at least 3 characters).' }
    ];
  else if (title.length > MEETING_LIMITS.title.max) messages.title = [tooLong(MEETING_LIMITS.title.max)];
  if (!(['diskusi', 'dialog', 'forum_bulanan'] as const).includes(draft.kind))
    messages.kind = [{ id: 'Pilih jenis kegiatan.', en: 'Choose the kind of event.' }];
  if (!isCalendarDate(draft.date) || draft.date < '2000-01-01')
    messages.date = [{ id: 'Isi tanggal kegiatan.', en: 'Give the date of the event.' }];
  const place = draft.place.trim();
  if (place.length > MEETING_LIMITS.place) messages.place = [tooLong(MEETING_LIMITS.place)];
  const guests = guestList(draft.guests);
  if (guests.length > MEETING_LIMITS.guests)
    messages.guests = [{ id: 'Paling banyak 50 tamu.', en: 'At most 50 guests.' }];
  else if (guests.some((g) => g.length > MEETING_LIMITS.guest))
    messages.guests = [tooLong(MEETING_LIMITS.guest)];
  const minutes = draft.minutes.trim();
  if (minutes.length > MEETING_LIMITS.minutes) messages.minutes = [tooLong(MEETING_LIMITS.minutes)];
  const attendanceText = draft.attendance.trim();
  const attendance = attendanceText === '' ? undefined : Number(attendanceText);
  if (attendance !== undefined && (!/^\d+$/.test(attendanceText) || attendance > MEETING_LIMITS.attendance))
    messages.attendance = [
      { id: 'Tulis jumlah hadir sebagai angka 0–10000.', en: 'Give the attendance as a number 0–10000.' }
    ];
  if (Object.keys(messages).length) return { ok: false, messages };
  return {
    ok: true,
    fields: {
      title,
      kind: draft.kind,
      date: draft.date,
      status: draft.status,
      ...(place ? { place } : {}),
      ...(guests.length ? { guests } : {}),
      ...(minutes ? { minutes } : {}),
      ...(attendance !== undefined ? { attendance } : {})
    }
  };
}

/**
 * The whole document to set: a new meeting is created by the caller; an edited one keeps its
 * creator and agenda links (the rules refuse a changed `createdBy`).
 */
export function meetingDocument(
  fields: Record<string, unknown>,
  ccId: string,
  callerUid: string,
  existing?: Pick<StaffMeeting, 'createdBy' | 'agendaIds'>
): Record<string, unknown> {
  return {
    ...fields,
    ccId,
    createdBy: existing?.createdBy ?? callerUid,
    ...(existing?.agendaIds.length ? { agendaIds: existing.agendaIds } : {})
  };
}

/** Upcoming (today on, soonest first) and past (latest first), by WITA day. */
export function splitMeetings(meetings: readonly StaffMeeting[], today: string) {
  return {
    upcoming: meetings.filter((m) => m.date >= today).sort((a, b) => a.date.localeCompare(b.date)),
    past: meetings.filter((m) => m.date < today).sort((a, b) => b.date.localeCompare(a.date))
  };
}
