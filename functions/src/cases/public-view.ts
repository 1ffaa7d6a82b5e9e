/**
 * The public view of one complaint, `tracking/{code}`: what anyone holding the tracking code may
 * see. Built from an allow-list of fields, so nothing personal can slip through when the
 * complaint grows new fields. Pure: the triggers read, call this, and write.
 *
 * Shown: the CC, the register number (the citizen quotes it to the CC or to LAPOR!), the service
 * sector, status and its label, deadlines, dates, and the public entries of the case log with
 * phone numbers and NIK-like numbers scrubbed from their text. Never: name, contact, address,
 * provider, chronology, remedy asked, internal notes, staff uids.
 */
import {
  CaseEventSchema,
  isPublicEvent,
  isTerminal,
  STATUS_IDS,
  STATUS_LABELS,
  type CaseEvent,
  type Label,
  type StatusId
} from '@buku/core';
import { isoOf, stamp, storedDeadlines, type IsoDeadlines } from '../instants';
import { scrubText } from './scrub';

/** Keyed by core's stage ids, as on the complaint (ISO here; timestamps once stored). */
export type PublicDeadlines = IsoDeadlines;

export interface PublicLogEntry {
  id: string;
  at: string;
  type: CaseEvent['type'];
  /** Status change: from → to. */
  from?: StatusId;
  to?: StatusId;
  /** Follow-up action, referral destination, or kind of complainant reply. */
  kind?: string;
  /** The office referred to, and its ticket (LAPOR!/Ombudsman) when given. */
  destinationName?: string;
  externalTicketId?: string;
  /** The day something happened (WITA), for follow-ups and referrals. */
  date?: string;
  /** Public text: update, reason, outcome or public note; scrubbed. */
  text?: string;
  resolved?: boolean;
}

export interface TrackingView {
  code: string;
  ccId: string;
  ccName: string;
  complaintId: string;
  registerNumber: string | null;
  sector: string | null;
  status: StatusId;
  statusLabel: Label;
  open: boolean;
  receivedAt: string | null;
  statusChangedAt: string | null;
  closedAt: string | null;
  deadlines: PublicDeadlines | null;
  log: PublicLogEntry[];
}

/** At most this many public log entries are kept on the view (the newest). */
export const TRACKING_LOG_LIMIT = 50;

type Data = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export function statusOf(complaint: Data): StatusId {
  const status = complaint.status;
  return typeof status === 'string' && (STATUS_IDS as readonly string[]).includes(status)
    ? (status as StatusId)
    : 'diterima';
}

function deadlinesOf(complaint: Data): PublicDeadlines | null {
  const d = complaint.deadlines as Data | undefined;
  if (!d) return null;
  const verifikasi = isoOf(d.verifikasi);
  const tindak_lanjut = isoOf(d.tindak_lanjut);
  const penyelesaian = isoOf(d.penyelesaian);
  return verifikasi && tindak_lanjut && penyelesaian ? { verifikasi, tindak_lanjut, penyelesaian } : null;
}

export function trackingViewOf(
  complaint: Data,
  where: { ccId: string; ccName: string; complaintId: string },
  log: PublicLogEntry[]
): TrackingView {
  const status = statusOf(complaint);
  return {
    code: String(complaint.trackingCode),
    ccId: where.ccId,
    ccName: where.ccName,
    complaintId: where.complaintId,
    registerNumber: str(complaint.registerNumber),
    sector: str(complaint.sector),
    status,
    statusLabel: STATUS_LABELS[status],
    open: !isTerminal(status),
    receivedAt: isoOf(complaint.receivedAt) ?? null,
    statusChangedAt: isoOf(complaint.statusChangedAt) ?? null,
    closedAt: isoOf(complaint.closedAt) ?? null,
    deadlines: deadlinesOf(complaint),
    log
  };
}

const VALIDATION_INSTANT = '2020-01-01T00:00:00.000Z';

/** The public form of a log entry, or null when it is internal (or not a valid entry). */
export function publicLogEntryOf(id: string, data: Data): PublicLogEntry | null {
  const at = isoOf(data.at);
  if (!at) return null;
  // The schema refuses an instant in the future; a writer's clock a minute ahead must not hide
  // the entry, so the shape is checked with a known-past stand-in and the real time kept.
  const parsed = CaseEventSchema.safeParse({ ...data, at: VALIDATION_INSTANT });
  if (!parsed.success || !isPublicEvent(parsed.data)) return null;
  const event = parsed.data;
  const entry: PublicLogEntry = { id, at, type: event.type };
  const text = (value: string | undefined) => {
    if (value) entry.text = scrubText(value);
  };
  switch (event.type) {
    case 'perubahan_status':
      entry.from = event.from;
      entry.to = event.to;
      text(event.outcome ?? event.reason);
      if (event.referral) {
        entry.kind = event.referral.destination;
        if (event.referral.destinationName) entry.destinationName = event.referral.destinationName;
        if (event.referral.externalTicketId) entry.externalTicketId = event.referral.externalTicketId;
      }
      break;
    case 'tindak_lanjut':
      entry.kind = event.action;
      entry.date = event.date;
      text(event.note);
      break;
    case 'pendampingan':
      entry.date = event.date;
      text(event.note);
      break;
    case 'rujukan':
      entry.kind = event.destination;
      entry.date = event.date;
      if (event.destinationName) entry.destinationName = event.destinationName;
      if (event.externalTicketId) entry.externalTicketId = event.externalTicketId;
      text(event.note);
      break;
    case 'pembaruan_publik':
      text(event.text);
      break;
    case 'tanggapan_pelapor':
      entry.kind = event.kind;
      if (event.resolved !== undefined) entry.resolved = event.resolved;
      text(event.text);
      break;
    default:
      return null;
  }
  return entry;
}

/** Adds an entry once (by id), keeps time order and the newest TRACKING_LOG_LIMIT entries. */
export function withLogEntry(log: readonly PublicLogEntry[], entry: PublicLogEntry): PublicLogEntry[] {
  if (log.some((e) => e.id === entry.id)) return [...log];
  const next = [...log, entry].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
  return next.slice(-TRACKING_LOG_LIMIT);
}

/**
 * Live per-CC counts change by the difference between the status last counted (the one on the
 * tracking view, or none) and the status now. Returns field → increment.
 */
export function countChanges(counted: StatusId | null, now: StatusId): Record<string, number> {
  if (counted === now) return {};
  const changes: Record<string, number> = {};
  const bump = (key: string, n: number) => (changes[key] = (changes[key] ?? 0) + n);
  if (counted) {
    bump(`byStatus.${counted}`, -1);
    if (!isTerminal(counted)) bump('open', -1);
  } else bump('total', 1);
  bump(`byStatus.${now}`, 1);
  if (!isTerminal(now)) bump('open', 1);
  for (const key of Object.keys(changes)) if (changes[key] === 0) delete changes[key];
  return changes;
}

/**
 * The view as stored: instants (receipt, status change, closing, deadlines, each log entry's
 * `at`) as Firestore timestamps, like every stored instant (docs/DATA-MODEL.md); a log entry's
 * `date` is a calendar day and stays a string.
 */
export function storedTrackingView(view: TrackingView): Record<string, unknown> {
  const at = (iso: string | null) => (iso === null ? null : stamp(iso));
  return {
    ...view,
    receivedAt: at(view.receivedAt),
    statusChangedAt: at(view.statusChangedAt),
    closedAt: at(view.closedAt),
    deadlines: view.deadlines && storedDeadlines(view.deadlines),
    log: view.log.map((entry) => ({ ...entry, at: stamp(entry.at) }))
  };
}
