/**
 * Service deadlines of a complaint and overdue detection, counted in WITA.
 *
 * Defaults (SP4N-LAPOR! practice and Perpres 76/2013), each configurable per network:
 * - verify within 3 working days of receipt;
 * - first follow-up within 5 working days of verification (LAPOR! counts from the
 *   disposition); before verification, from the day verification was due;
 * - resolve within 60 days of receipt. Perpres 76/2013 says 60 days from a complete file
 *   and does not say "working": we read CALENDAR days, the stricter reading and the one a
 *   citizen would expect, and count from receipt so the date shown never moves. Networks
 *   may switch to working days and/or to counting from verification;
 * - close without a reply after 10 working days of waiting for the complainant.
 */
import type { Label } from '../i18n';
import {
  addCalendarDays,
  calendarDaysBetween,
  toCalendarDate,
  witaEndOfDay,
  type CalendarDate
} from '../wita/index';
import { isTerminal, type StatusId } from '../workflow/states';
import { INDONESIAN_HOLIDAYS, type Holiday } from './holidays';
import { addWorkingDays, workingCalendar, workingDaysBetween, type WorkingCalendar } from './working-days';

export type DayCount = 'kerja' | 'kalender';

export interface DeadlineConfig {
  verifyWorkingDays: number;
  followUpWorkingDays: number;
  followUpFrom: 'diterima' | 'diverifikasi';
  resolveDays: number;
  resolveDayCount: DayCount;
  resolveFrom: 'diterima' | 'diverifikasi';
  closeWithoutReplyWorkingDays: number;
  holidays: readonly Holiday[];
}

export const DEFAULT_DEADLINE_CONFIG: DeadlineConfig = {
  verifyWorkingDays: 3,
  followUpWorkingDays: 5,
  followUpFrom: 'diverifikasi',
  resolveDays: 60,
  resolveDayCount: 'kalender',
  resolveFrom: 'diterima',
  closeWithoutReplyWorkingDays: 10,
  holidays: INDONESIAN_HOLIDAYS
};

export const STAGE_IDS = ['verifikasi', 'tindak_lanjut', 'penyelesaian'] as const;
export type StageId = (typeof STAGE_IDS)[number];

export const STAGE_LABELS: Record<StageId, Label> = {
  verifikasi: { id: 'Verifikasi', en: 'Verification' },
  tindak_lanjut: { id: 'Tindak lanjut pertama', en: 'First follow-up' },
  penyelesaian: { id: 'Penyelesaian', en: 'Resolution' }
};

export interface Deadline {
  stage: StageId;
  /** The last day, in WITA. */
  dueDate: CalendarDate;
  /** The last moment: 23:59:59.999 WITA of dueDate. */
  dueAt: Date;
}

type Instant = Date | string;

const calendars = new WeakMap<readonly Holiday[], WorkingCalendar>();
function calendarOf(config: DeadlineConfig): WorkingCalendar {
  let calendar = calendars.get(config.holidays);
  if (!calendar) {
    calendar = workingCalendar(config.holidays);
    calendars.set(config.holidays, calendar);
  }
  return calendar;
}

const deadline = (stage: StageId, dueDate: CalendarDate): Deadline => ({
  stage,
  dueDate,
  dueAt: witaEndOfDay(dueDate)
});

/** The three deadlines of a complaint received at `receivedAt` (verified at `verifiedAt`, if so). */
export function deadlinesFor(
  receivedAt: Instant,
  config: DeadlineConfig = DEFAULT_DEADLINE_CONFIG,
  milestones: { verifiedAt?: Instant | undefined } = {}
): Record<StageId, Deadline> {
  const calendar = calendarOf(config);
  const received = toCalendarDate(receivedAt);
  const verifyDue = addWorkingDays(received, config.verifyWorkingDays, calendar);
  // Until verified, stages counted from verification start from the day it was due.
  const verified = milestones.verifiedAt !== undefined ? toCalendarDate(milestones.verifiedAt) : verifyDue;

  const followUpStart = config.followUpFrom === 'diverifikasi' ? verified : received;
  const resolveStart = config.resolveFrom === 'diverifikasi' ? verified : received;
  const resolveDue =
    config.resolveDayCount === 'kerja'
      ? addWorkingDays(resolveStart, config.resolveDays, calendar)
      : addCalendarDays(resolveStart, config.resolveDays);

  return {
    verifikasi: deadline('verifikasi', verifyDue),
    tindak_lanjut: deadline(
      'tindak_lanjut',
      addWorkingDays(followUpStart, config.followUpWorkingDays, calendar)
    ),
    penyelesaian: deadline('penyelesaian', resolveDue)
  };
}

/** What overdue detection needs to know of a complaint. */
export interface ComplaintProgress {
  status: StatusId;
  receivedAt: Instant;
  verifiedAt?: Instant | undefined;
  firstFollowUpAt?: Instant | undefined;
}

export interface OverdueStage extends Deadline {
  /** Working days past the due date (at least 1 working day, or 0 when only days off passed). */
  workingDaysLate: number;
  calendarDaysLate: number;
  label: Label;
}

const FOLLOWED_UP: readonly StatusId[] = ['ditindaklanjuti', 'dirujuk'];

/** The stages whose deadline has passed without the stage being done, at `now`. */
export function overdueStages(
  complaint: ComplaintProgress,
  now: Date,
  config: DeadlineConfig = DEFAULT_DEADLINE_CONFIG
): OverdueStage[] {
  if (isTerminal(complaint.status)) return [];
  const deadlines = deadlinesFor(complaint.receivedAt, config, { verifiedAt: complaint.verifiedAt });
  const done: Record<StageId, boolean> = {
    verifikasi: complaint.verifiedAt !== undefined || complaint.status !== 'diterima',
    tindak_lanjut: complaint.firstFollowUpAt !== undefined || FOLLOWED_UP.includes(complaint.status),
    penyelesaian: false
  };
  const today = toCalendarDate(now);
  return STAGE_IDS.filter((stage) => !done[stage] && now.getTime() > deadlines[stage].dueAt.getTime()).map(
    (stage) => ({
      ...deadlines[stage],
      workingDaysLate: workingDaysBetween(deadlines[stage].dueDate, today, calendarOf(config)),
      calendarDaysLate: calendarDaysBetween(deadlines[stage].dueDate, today),
      label: STAGE_LABELS[stage]
    })
  );
}

/** The last day of waiting for the complainant; the case may be closed after it. */
export function noReplyDeadline(
  awaitingSince: Instant,
  config: DeadlineConfig = DEFAULT_DEADLINE_CONFIG
): Omit<Deadline, 'stage'> {
  const dueDate = addWorkingDays(
    toCalendarDate(awaitingSince),
    config.closeWithoutReplyWorkingDays,
    calendarOf(config)
  );
  return { dueDate, dueAt: witaEndOfDay(dueDate) };
}

/** True once `closeWithoutReplyWorkingDays` full working days have passed without an answer. */
export function mayCloseWithoutReply(
  awaitingSince: Instant,
  now: Date,
  config: DeadlineConfig = DEFAULT_DEADLINE_CONFIG
): boolean {
  return now.getTime() > noReplyDeadline(awaitingSince, config).dueAt.getTime();
}
