/**
 * The status workflow of a complaint, in one place: which moves exist, who may make each,
 * and what each needs. Everything else (UI buttons, functions, rules tests) asks here.
 *
 * Staff (moderator, koordinator, admin):
 *   diterima        → diverifikasi (a staff note when filed late) | ditolak (reason)
 *   diverifikasi    → ditindaklanjuti | dirujuk (destination) | ditolak (reason)
 *   ditindaklanjuti → dirujuk (destination) | selesai (outcome)
 *   dirujuk         → ditindaklanjuti (the referral came back) | selesai (outcome)
 * Complainant (warga): any open state → selesai (outcome: "my problem is solved").
 * System or staff: any open state → ditutup_tanpa_tanggapan, once the complainant has left
 * a question unanswered for 10 working days (deadlines/ counts them).
 *
 * Terminal states have no way out: a case that comes back is a new complaint that refers to it.
 *
 * A complaint filed more than 30 days after the service (UU 25/2009 art. 42, `isLateFiling`) is
 * verified only with a staff note saying why it is taken up: staff intake asks for it at once
 * (StaffComplaintSchema), a citizen's web complaint when staff verify it.
 */
import type { Label } from '../i18n';
import { DEFAULT_DEADLINE_CONFIG, mayCloseWithoutReply, type DeadlineConfig } from '../deadlines/deadlines';
import { isLateFiling } from '../complaints/schema';
import { LATE_FILING_DAYS } from '../complaints/limits';
import { REFERRAL_DESTINATION_IDS } from '../taxonomy/index';
import { toCalendarDate } from '../wita/index';
import { isTerminal, STATUS_IDS, STATUS_LABELS, type RoleId, type StatusId } from './states';

export type Requirement = 'alasan' | 'hasil' | 'tujuan_rujukan' | 'tanpa_tanggapan' | 'catatan_terlambat';

export const REQUIREMENT_LABELS: Record<Requirement, Label> = {
  alasan: { id: 'Alasan penolakan', en: 'Reason for rejection' },
  hasil: { id: 'Hasil penyelesaian', en: 'Outcome' },
  tujuan_rujukan: {
    id: 'Tujuan rujukan (nomor tiket boleh kosong)',
    en: 'Referral destination (ticket id optional)'
  },
  tanpa_tanggapan: {
    id: '10 hari kerja tanpa jawaban pelapor',
    en: '10 working days without an answer from the complainant'
  },
  catatan_terlambat: {
    id: `Catatan staf: mengapa pengaduan yang diajukan lebih dari ${LATE_FILING_DAYS} hari setelah pelayanan tetap ditangani`,
    en: `Staff note: why a complaint filed more than ${LATE_FILING_DAYS} days after the service is taken up`
  }
};

export interface Transition {
  from: StatusId;
  to: StatusId;
  roles: readonly RoleId[];
  requires: readonly Requirement[];
  /** What the button says. */
  action: Label;
  /** What the button says to a particular role, when that differs. */
  roleActions?: Partial<Record<RoleId, Label>>;
}

const STAFF: readonly RoleId[] = ['moderator', 'koordinator', 'admin'];
const OPEN: readonly StatusId[] = STATUS_IDS.filter((status) => !isTerminal(status));
const RESOLVED_BY_STAFF_FROM: readonly StatusId[] = ['ditindaklanjuti', 'dirujuk'];

const ACTIONS = {
  verify: { id: 'Verifikasi', en: 'Verify' },
  reject: { id: 'Tolak', en: 'Reject' },
  followUp: { id: 'Tindak lanjuti', en: 'Start follow-up' },
  refer: { id: 'Rujuk', en: 'Refer' },
  resumeFollowUp: { id: 'Lanjutkan tindak lanjut', en: 'Resume follow-up' },
  resolve: { id: 'Nyatakan selesai', en: 'Mark resolved' },
  confirmSolved: { id: 'Masalah saya sudah selesai', en: 'My problem is solved' },
  closeNoReply: { id: 'Tutup: pelapor tidak menjawab', en: 'Close: no reply from complainant' }
} satisfies Record<string, Label>;

export const TRANSITIONS: readonly Transition[] = [
  {
    from: 'diterima',
    to: 'diverifikasi',
    roles: STAFF,
    requires: ['catatan_terlambat'],
    action: ACTIONS.verify
  },
  { from: 'diterima', to: 'ditolak', roles: STAFF, requires: ['alasan'], action: ACTIONS.reject },
  { from: 'diverifikasi', to: 'ditindaklanjuti', roles: STAFF, requires: [], action: ACTIONS.followUp },
  { from: 'diverifikasi', to: 'dirujuk', roles: STAFF, requires: ['tujuan_rujukan'], action: ACTIONS.refer },
  { from: 'diverifikasi', to: 'ditolak', roles: STAFF, requires: ['alasan'], action: ACTIONS.reject },
  {
    from: 'ditindaklanjuti',
    to: 'dirujuk',
    roles: STAFF,
    requires: ['tujuan_rujukan'],
    action: ACTIONS.refer
  },
  { from: 'dirujuk', to: 'ditindaklanjuti', roles: STAFF, requires: [], action: ACTIONS.resumeFollowUp },
  // Staff resolve a case they worked on; the complainant may say it is solved at any time.
  ...OPEN.map((from): Transition => ({
    from,
    to: 'selesai',
    roles: RESOLVED_BY_STAFF_FROM.includes(from) ? [...STAFF, 'warga'] : ['warga'],
    requires: ['hasil'],
    action: ACTIONS.resolve,
    roleActions: { warga: ACTIONS.confirmSolved }
  })),
  ...OPEN.map((from): Transition => ({
    from,
    to: 'ditutup_tanpa_tanggapan',
    roles: ['sistem', ...STAFF],
    requires: ['tanpa_tanggapan'],
    action: ACTIONS.closeNoReply
  }))
];

/** Shortest reason or outcome that says something. */
export const MIN_EXPLANATION_LENGTH = 3;

export interface TransitionPayload {
  reason?: string | undefined;
  outcome?: string | undefined;
  referral?: { destination?: string | undefined; externalTicketId?: string | undefined } | undefined;
  /** Since when the CC has waited for the complainant's answer (no answer since). */
  awaitingReplySince?: Date | string | undefined;
  now?: Date | undefined;
  config?: DeadlineConfig | undefined;
  /**
   * When the service took place (WITA day) and the complaint was received (instant or day).
   * Unknown dates are not late: callers that verify must pass them (the rules check too).
   */
  filing?: FilingDates | undefined;
  /** The complaint's staff note as it will be stored after the move. */
  staffNote?: string | undefined;
}

export interface FilingDates {
  occurredAt: string;
  receivedAt: Date | string;
}

/** Whether a complaint was filed more than LATE_FILING_DAYS after the service (core's isLateFiling). */
export function filedLate(filing: FilingDates | undefined): boolean {
  if (!filing) return false;
  try {
    return isLateFiling(toCalendarDate(filing.occurredAt), toCalendarDate(filing.receivedAt));
  } catch {
    // An unreadable date is not evidence of lateness; the schemas reject it elsewhere.
    return false;
  }
}

export interface TransitionRequest {
  from: StatusId;
  to: StatusId;
  role: RoleId;
  payload?: TransitionPayload;
}

export type TransitionCheck =
  { ok: true; transition: Transition } | { ok: false; code: RefusalCode; reason: Label };

export type RefusalCode =
  | 'same_state'
  | 'terminal'
  | 'no_such_transition'
  | 'role_not_allowed'
  | 'needs_reason'
  | 'needs_outcome'
  | 'needs_referral'
  | 'reply_window_open'
  | 'needs_late_note';

const name = (status: StatusId) => STATUS_LABELS[status];

function refuse(code: RefusalCode, reason: Label): TransitionCheck {
  return { ok: false, code, reason };
}

export function findTransition(from: StatusId, to: StatusId): Transition | undefined {
  return TRANSITIONS.find((transition) => transition.from === from && transition.to === to);
}

/** Whether the move exists and the role may make it (requirements not checked). */
export function canTransition(from: StatusId, to: StatusId, role: RoleId): boolean {
  return findTransition(from, to)?.roles.includes(role) ?? false;
}

const filled = (text: string | undefined) => (text?.trim().length ?? 0) >= MIN_EXPLANATION_LENGTH;

/** The full check: the move, the role and what the move requires. */
export function checkTransition({ from, to, role, payload = {} }: TransitionRequest): TransitionCheck {
  if (from === to)
    return refuse('same_state', {
      id: `Pengaduan sudah berstatus "${name(to).id}".`,
      en: `The complaint is already "${name(to).en}".`
    });
  if (isTerminal(from))
    return refuse('terminal', {
      id: `Pengaduan berstatus "${name(from).id}" sudah ditutup dan tidak bisa diubah.`,
      en: `A complaint that is "${name(from).en}" is closed and cannot change.`
    });
  const transition = findTransition(from, to);
  if (!transition)
    return refuse('no_such_transition', {
      id: `Status tidak bisa berpindah dari "${name(from).id}" ke "${name(to).id}".`,
      en: `The status cannot move from "${name(from).en}" to "${name(to).en}".`
    });
  if (!transition.roles.includes(role))
    return refuse('role_not_allowed', {
      id: `Peran ini tidak boleh memindahkan status dari "${name(from).id}" ke "${name(to).id}".`,
      en: `This role may not move the status from "${name(from).en}" to "${name(to).en}".`
    });
  for (const requirement of transition.requires) {
    const refusal = unmet(requirement, payload);
    if (refusal) return refusal;
  }
  return { ok: true, transition };
}

function unmet(requirement: Requirement, payload: TransitionPayload): TransitionCheck | undefined {
  switch (requirement) {
    case 'alasan':
      return filled(payload.reason)
        ? undefined
        : refuse('needs_reason', {
            id: 'Penolakan harus disertai alasan.',
            en: 'A rejection needs a reason.'
          });
    case 'hasil':
      return filled(payload.outcome)
        ? undefined
        : refuse('needs_outcome', {
            id: 'Penyelesaian harus disertai hasilnya.',
            en: 'A resolution needs an outcome.'
          });
    case 'tujuan_rujukan': {
      const destination = payload.referral?.destination;
      return destination && (REFERRAL_DESTINATION_IDS as readonly string[]).includes(destination)
        ? undefined
        : refuse('needs_referral', {
            id: 'Rujukan harus menyebut tujuannya.',
            en: 'A referral needs a destination.'
          });
    }
    case 'tanpa_tanggapan': {
      const config = payload.config ?? DEFAULT_DEADLINE_CONFIG;
      const since = payload.awaitingReplySince;
      if (since !== undefined && mayCloseWithoutReply(since, payload.now ?? new Date(), config))
        return undefined;
      const days = config.closeWithoutReplyWorkingDays;
      return refuse('reply_window_open', {
        id: `Pengaduan baru bisa ditutup setelah ${days} hari kerja tanpa jawaban pelapor.`,
        en: `The complaint can only be closed after ${days} working days without an answer from the complainant.`
      });
    }
    case 'catatan_terlambat':
      return !filedLate(payload.filing) || filled(payload.staffNote)
        ? undefined
        : refuse('needs_late_note', {
            id: `Pelayanan terjadi lebih dari ${LATE_FILING_DAYS} hari sebelum pengaduan diterima: tulis catatan staf yang menjelaskan mengapa tetap ditangani (UU 25/2009 pasal 42).`,
            en: `The service took place more than ${LATE_FILING_DAYS} days before the complaint was received: add a staff note explaining why it is taken up (Law 25/2009 art. 42).`
          });
  }
}

export interface AllowedAction {
  to: StatusId;
  action: Label;
  requires: readonly Requirement[];
}

/** The moves a role may offer from a state (the UI still checks requirements on submit). */
export function allowedActions(state: StatusId, role: RoleId): AllowedAction[] {
  return TRANSITIONS.filter((transition) => transition.from === state && transition.roles.includes(role)).map(
    ({ to, action, roleActions, requires }) => ({ to, action: roleActions?.[role] ?? action, requires })
  );
}
