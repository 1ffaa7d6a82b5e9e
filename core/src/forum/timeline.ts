/**
 * A complaint's life as numbers (epoch ms, Infinity = never), and what can be asked of it at a
 * given instant: is it open, is it overdue and at which stage.
 */
import { CLOSED_STATUSES, type ForumRecord, type ForumStatus } from './record';
import { DEFAULT_DEADLINE_CONFIG } from '../deadlines/deadlines';
import { toMs, witaDayNumber } from './time';
import type { WorkingDayCalendar } from './working-days';

/**
 * Service standards, read as core/src/deadlines reads them by default: verify within 3 working
 * days of receipt; first follow-up within 5 working days of verification (before verification,
 * of the day it was due); settle within 60 calendar days of receipt. A case is late once the
 * due day has ended (WITA). Deadlines stored on a record (verifyDueAt…) take precedence, so a
 * network that changed its rules in core/src/deadlines is counted by those.
 */
export interface ForumDeadlines {
  verifyWorkingDays: number;
  followUpWorkingDays: number;
  resolveCalendarDays: number;
}

export const DEFAULT_FORUM_DEADLINES: ForumDeadlines = {
  verifyWorkingDays: DEFAULT_DEADLINE_CONFIG.verifyWorkingDays,
  followUpWorkingDays: DEFAULT_DEADLINE_CONFIG.followUpWorkingDays,
  resolveCalendarDays: DEFAULT_DEADLINE_CONFIG.resolveDays
};

export const OVERDUE_STAGES = ['verification', 'followUp', 'resolution'] as const;
export type ForumOverdueStage = (typeof OVERDUE_STAGES)[number];

export interface Timeline {
  received: number;
  verified: number;
  followedUp: number;
  resolved: number;
  rejected: number;
  closedWithoutResponse: number;
  /** When it stopped being open; Infinity while open. */
  closed: number;
  verifyDue: number;
  followUpDue: number;
  resolveDue: number;
  /**
   * The status says the case was verified / followed up but no date was written down (paper
   * books): such a case is not overdue at that stage, and is left out of the day counts.
   */
  verifiedUndated: boolean;
  followedUpUndated: boolean;
}

const VERIFIED_STATUSES: ReadonlySet<ForumStatus> = new Set<ForumStatus>([
  'diverifikasi',
  'ditindaklanjuti',
  'dirujuk',
  'selesai'
]);
const FOLLOWED_UP_STATUSES: ReadonlySet<ForumStatus> = new Set<ForumStatus>([
  'ditindaklanjuti',
  'dirujuk',
  'selesai'
]);

function optionalMs(value: string | number | undefined): number {
  if (value === undefined) return Infinity;
  const ms = toMs(value);
  return Number.isFinite(ms) ? ms : Infinity;
}

export function timelineOf(record: ForumRecord): Timeline {
  const received = toMs(record.receivedAt);
  const closedStatus = CLOSED_STATUSES.has(record.status);
  // Trust closing timestamps only when the status says the case is closed.
  const resolved = record.status === 'selesai' ? optionalMs(record.resolvedAt) : Infinity;
  const rejected = record.status === 'ditolak' ? optionalMs(record.rejectedAt) : Infinity;
  const closedWithoutResponse =
    record.status === 'ditutup_tanpa_tanggapan' ? optionalMs(record.closedAt) : Infinity;
  let closed = Math.min(resolved, rejected, closedWithoutResponse);
  // A closed case whose closing date was not written down is not counted as open anywhere.
  if (closedStatus && closed === Infinity) closed = received;
  let verified = optionalMs(record.verifiedAt);
  const followedUp = Math.min(optionalMs(record.followedUpAt), optionalMs(record.referredAt));
  // A case followed up was necessarily verified; books often skip writing the verification.
  if (verified === Infinity && followedUp !== Infinity) verified = followedUp;
  return {
    received,
    verified,
    followedUp,
    resolved,
    rejected,
    closedWithoutResponse,
    closed,
    verifyDue: optionalMs(record.verifyDueAt),
    followUpDue: optionalMs(record.followUpDueAt),
    resolveDue: optionalMs(record.resolveDueAt),
    verifiedUndated: verified === Infinity && VERIFIED_STATUSES.has(record.status),
    followedUpUndated: followedUp === Infinity && FOLLOWED_UP_STATUSES.has(record.status)
  };
}

/** Open at instant t: received at or before t and not yet closed. */
export function isOpenAt(t: Timeline, at: number): boolean {
  return t.received <= at && t.closed > at;
}

/**
 * The stage at which an open case is overdue at instant `at`, or null. A case is counted at the
 * stage it is in (not verified → verification; verified, no follow-up → followUp; else
 * resolution) when it is past that stage's deadline or past the overall resolution deadline.
 */
export function overdueStageAt(
  t: Timeline,
  at: number,
  calendar: WorkingDayCalendar,
  deadlines: ForumDeadlines
): ForumOverdueStage | null {
  if (!isOpenAt(t, at)) return null;
  const today = witaDayNumber(at);
  const pastResolve =
    t.resolveDue !== Infinity
      ? at > t.resolveDue
      : today > witaDayNumber(t.received) + deadlines.resolveCalendarDays;
  const verifiedByNow = t.verified <= at || t.verifiedUndated;
  if (!verifiedByNow) {
    const late =
      t.verifyDue !== Infinity
        ? at > t.verifyDue
        : today > calendar.dueDay(t.received, deadlines.verifyWorkingDays);
    return late || pastResolve ? 'verification' : null;
  }
  if (t.followedUp > at && !t.followedUpUndated) {
    let late: boolean;
    if (t.followUpDue !== Infinity) late = at > t.followUpDue;
    else {
      // Undated verification: count from the day verification was due, as core/src/deadlines does.
      const from =
        t.verified <= at
          ? witaDayNumber(t.verified)
          : calendar.dueDay(t.received, deadlines.verifyWorkingDays);
      late = today > calendar.dueDay(dayStartMs(from), deadlines.followUpWorkingDays);
    }
    return late || pastResolve ? 'followUp' : null;
  }
  return pastResolve ? 'resolution' : null;
}

/** An instant on WITA day number `day` (its noon, to stay clear of edges). */
function dayStartMs(day: number): number {
  return day * 86_400_000 - 8 * 3_600_000 + 12 * 3_600_000;
}
