/**
 * The view of a complaint that may leave its CC (monthly forum, network aggregates, other
 * CCs). Never: the complainant's name, phone, address, gender, age, disability, tracking
 * code (it opens the case) or staff notes.
 *
 * By privacy level:
 * - publik: the case with its desa and dusun (the citizen agreed to make it public; a dusun
 *   is a hamlet, not an address) and free text scrubbed (scrub.ts);
 * - anonim: as publik, but the dusun is dropped and scrubbed from the text too, and dates
 *   are shown as months, so nothing narrows it down to one household;
 * - rahasia: counts only — sector, maladministration type, month, status, urgency, people
 *   affected, CC. No provider, place or text: a confidential case about one provider in
 *   one village would be recognisable.
 */
import type { ComplaintRecord, ComplainantContact } from '../complaints/schema';
import type { CaseEvent } from '../complaints/events';
import { isPublicEvent } from '../complaints/events';
import { toCalendarDate } from '../wita/index';
import { scrubText, type ScrubContext } from './scrub';

type SharedSource = Pick<
  ComplaintRecord,
  | 'ccId'
  | 'privacy'
  | 'sector'
  | 'maladministrationType'
  | 'providerName'
  | 'location'
  | 'chronology'
  | 'remedyWanted'
  | 'occurredAt'
  | 'receivedAt'
  | 'peopleAffected'
  | 'urgency'
  | 'status'
  | 'channel'
>;

export interface SharedComplaintCounts {
  shared: 'hitungan';
  ccId: string;
  privacy: 'rahasia';
  sector: ComplaintRecord['sector'];
  maladministrationType?: ComplaintRecord['maladministrationType'];
  /** `YYYY-MM`, WITA */
  receivedMonth: string;
  status: ComplaintRecord['status'];
  urgency: ComplaintRecord['urgency'];
  peopleAffected: number;
}

export interface SharedComplaintDetail extends Omit<SharedComplaintCounts, 'shared' | 'privacy'> {
  shared: 'rincian';
  privacy: 'publik' | 'anonim';
  providerName: string;
  location: { desa: string; desaCode?: string; dusun?: string };
  chronology: string;
  remedyWanted: string;
  /** `YYYY-MM-DD` for publik, `YYYY-MM` for anonim. */
  occurred: string;
  channel: ComplaintRecord['channel'];
}

export type SharedComplaint = SharedComplaintDetail | SharedComplaintCounts;

const month = (value: string) => toCalendarDate(value).slice(0, 7);

/** What identifies this complainant in text: their name, and for anonim their dusun. */
function contextFor(complaint: SharedSource, contact?: Pick<ComplainantContact, 'name'>): ScrubContext {
  return {
    names: [contact?.name],
    places: complaint.privacy === 'anonim' ? [complaint.location.dusun] : []
  };
}

export function redactComplaint(
  complaint: SharedSource,
  contact?: Pick<ComplainantContact, 'name'>
): SharedComplaint {
  const counts = {
    ccId: complaint.ccId,
    sector: complaint.sector,
    ...(complaint.maladministrationType ? { maladministrationType: complaint.maladministrationType } : {}),
    receivedMonth: month(complaint.receivedAt),
    status: complaint.status,
    urgency: complaint.urgency,
    peopleAffected: complaint.peopleAffected
  };
  if (complaint.privacy === 'rahasia') return { shared: 'hitungan', privacy: 'rahasia', ...counts };

  const context = contextFor(complaint, contact);
  const anonymous = complaint.privacy === 'anonim';
  const { desa, desaCode, dusun } = complaint.location;
  return {
    shared: 'rincian',
    privacy: complaint.privacy,
    ...counts,
    providerName: complaint.providerName,
    location: {
      desa,
      ...(desaCode ? { desaCode } : {}),
      ...(dusun && !anonymous ? { dusun } : {})
    },
    chronology: scrubText(complaint.chronology, context).text,
    remedyWanted: scrubText(complaint.remedyWanted, context).text,
    occurred: anonymous ? complaint.occurredAt.slice(0, 7) : complaint.occurredAt,
    channel: complaint.channel
  };
}

/**
 * Public entries of the case log, their text scrubbed; internal ones are left out, and so
 * are the author's uid and external ticket ids (a LAPOR! ticket may show the complainant).
 */
export function redactEvents(
  events: readonly CaseEvent[],
  complaint: SharedSource,
  contact?: Pick<ComplainantContact, 'name'>
): CaseEvent[] {
  if (complaint.privacy === 'rahasia') return [];
  const context = contextFor(complaint, contact);
  const scrub = (text: string | undefined) =>
    text === undefined ? undefined : scrubText(text, context).text;
  return events.filter(isPublicEvent).map((event) => withoutUndefined(redactEvent(event, scrub)));
}

/** Firestore refuses `undefined` values; absent stays absent. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

function redactEvent(event: CaseEvent, scrub: (text: string | undefined) => string | undefined): CaseEvent {
  // Who wrote it stays with the CC.
  const { actorUid: _actorUid, ...rest } = event;
  switch (rest.type) {
    case 'perubahan_status':
      return {
        ...rest,
        reason: scrub(rest.reason),
        outcome: scrub(rest.outcome),
        referral: rest.referral && withoutUndefined({ ...rest.referral, externalTicketId: undefined })
      };
    case 'tindak_lanjut':
    case 'pendampingan':
      return { ...rest, note: scrub(rest.note) ?? '' };
    case 'rujukan':
      return { ...rest, note: scrub(rest.note), externalTicketId: undefined };
    case 'pembaruan_publik':
    case 'catatan_internal':
      return { ...rest, text: scrub(rest.text) ?? '' };
    case 'tanggapan_pelapor':
      return { ...rest, text: scrub(rest.text) };
    case 'berbagi_jaringan':
      return { ...rest, reason: scrub(rest.reason) };
  }
}
