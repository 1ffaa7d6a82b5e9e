/**
 * What staff fill in on a case, checked by core and turned into the documents the rules expect.
 * Pure: no Firebase here. `SERVER_TIME` marks where the Firestore module puts `serverTimestamp()`
 * (every instant a client writes must equal request.time: docs/DATA-MODEL.md).
 *
 * - a status move: core's `checkTransition` decides whether the role may make it and what it
 *   needs (verifying a complaint filed late needs a staff note, written on the complaint in the
 *   same batch); `statusMoveWrites` is the batch of "Moving a case" (complaint update + log entry);
 * - other log entries (follow-up, accompaniment, referral, public update, internal note):
 *   core's `CaseEventSchema` checks them.
 */
import {
  AccompanimentEventSchema,
  FollowUpEventSchema,
  InternalNoteEventSchema,
  PublicUpdateEventSchema,
  ReferralEventSchema,
  StatusChangeEventSchema
} from '@buku/core/complaints/events';
import { ComplaintRecordSchema } from '@buku/core/complaints/schema';
import type { Label } from '@buku/core/i18n';
import { fieldPath, issueLabel } from '@buku/core/validation/issues';
import { checkTransition, filedLate } from '@buku/core/workflow/transitions';
import type { StatusId } from '@buku/core/workflow/states';
import type { StaffRole } from '../roles';

export const SERVER_TIME: unique symbol = Symbol('server time');
export type ServerTime = typeof SERVER_TIME;

export type DocData = Record<string, unknown>;

/** Field path → messages (core's labels, both languages); '' for the form as a whole. */
export type FormMessages = Record<string, Label[]>;

export interface Actor {
  uid: string;
  role: StaffRole;
}

/** Drops keys whose value is undefined (Firestore refuses them; the rules want them absent). */
export function compact<T extends DocData>(data: T): Partial<T> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function messagesOf(issues: readonly Parameters<typeof issueLabel>[0][]): FormMessages {
  const messages: FormMessages = {};
  for (const issue of issues) (messages[fieldPath(issue)] ??= []).push(issueLabel(issue));
  return messages;
}

// ── status moves ──

export interface StatusMoveForm {
  to: StatusId;
  reason: string;
  outcome: string;
  destination: string;
  destinationName: string;
  externalTicketId: string;
  /** The complaint's staff note; asked for when verifying a complaint filed late. */
  staffNote?: string | undefined;
}

/** A move form; `staffNote` starts as the note the complaint already has. */
export const emptyMoveForm = (to: StatusId, staffNote = ''): StatusMoveForm => ({
  to,
  reason: '',
  outcome: '',
  destination: '',
  destinationName: '',
  externalTicketId: '',
  staffNote
});

export interface CaseState {
  status: StatusId;
  awaitingReplySince?: string | undefined;
  /** WITA day of the service, and the receipt instant: together they say whether it came late. */
  occurredAt?: string | undefined;
  receivedAt?: string | null | undefined;
  staffNote?: string | undefined;
}

/** Whether verifying this case needs a staff note (core: filed more than 30 days after the service). */
export function needsLateNote(current: CaseState, to: StatusId): boolean {
  return current.status === 'diterima' && to === 'diverifikasi' && filedLate(filingOf(current));
}

function filingOf(current: CaseState) {
  return current.occurredAt && current.receivedAt
    ? { occurredAt: current.occurredAt, receivedAt: current.receivedAt }
    : undefined;
}

/** `complaint`: fields the same batch writes on the complaint besides the status (the staff note). */
export type StatusMoveCheck =
  { ok: true; entry: DocData; complaint?: DocData } | { ok: false; messages: FormMessages };

/**
 * Checks a move with core and gives the log entry it writes (without `at`), carrying exactly what
 * the step needs: the reason to reject, the outcome to resolve, the referral to refer.
 */
export function checkStatusMove(
  current: CaseState,
  actor: Actor,
  form: StatusMoveForm,
  now: Date = new Date()
): StatusMoveCheck {
  const reason = form.reason.trim();
  const outcome = form.outcome.trim();
  const referral =
    form.to === 'dirujuk'
      ? compact({
          destination: form.destination || undefined,
          destinationName: form.destinationName.trim() || undefined,
          externalTicketId: form.externalTicketId.trim() || undefined
        })
      : undefined;
  const lateNote = needsLateNote(current, form.to);
  const staffNote = lateNote ? (form.staffNote ?? '').trim() : current.staffNote;
  const check = checkTransition({
    from: current.status,
    to: form.to,
    role: actor.role,
    payload: {
      reason,
      outcome,
      referral,
      awaitingReplySince: current.awaitingReplySince,
      now,
      filing: filingOf(current),
      staffNote
    }
  });
  if (!check.ok) {
    const field =
      check.code === 'needs_reason'
        ? 'reason'
        : check.code === 'needs_outcome'
          ? 'outcome'
          : check.code === 'needs_referral'
            ? 'referral.destination'
            : check.code === 'needs_late_note'
              ? 'staffNote'
              : '';
    return { ok: false, messages: { [field]: [check.reason] } };
  }
  const entry = compact({
    type: 'perubahan_status' as const,
    from: current.status,
    to: form.to,
    visibility: 'publik' as const,
    actorRole: actor.role,
    actorUid: actor.uid,
    reason: form.to === 'ditolak' ? reason : undefined,
    outcome: form.to === 'selesai' ? outcome : undefined,
    referral
  });
  // Lengths and the 'lainnya' destination name: core's schema of the entry.
  const parsed = StatusChangeEventSchema.safeParse({ ...entry, at: now.toISOString() });
  if (!parsed.success) return { ok: false, messages: messagesOf(parsed.error.issues) };
  if (lateNote) {
    // Its length: core's field of the stored complaint (the rules hold the same bound).
    const note = ComplaintRecordSchema.shape.staffNote.safeParse(staffNote);
    if (!note.success) return { ok: false, messages: { staffNote: note.error.issues.map(issueLabel) } };
  }
  // The note goes on the complaint in the same batch, only when it changes.
  if (lateNote && staffNote !== current.staffNote) return { ok: true, entry, complaint: { staffNote } };
  return { ok: true, entry };
}

export interface Write {
  path: string;
  kind: 'update' | 'set';
  data: Record<string, unknown>;
}

/** "Moving a case": one batch, the complaint update (with `complaint` fields) and the log entry it names. */
export function statusMoveWrites(
  ccId: string,
  complaintId: string,
  entryId: string,
  entry: DocData,
  complaint: DocData = {}
): Write[] {
  const complaintPath = `centers/${ccId}/complaints/${complaintId}`;
  return [
    {
      path: complaintPath,
      kind: 'update',
      data: { ...complaint, status: entry.to, statusChangedAt: SERVER_TIME, statusEntryId: entryId }
    },
    { path: `${complaintPath}/log/${entryId}`, kind: 'set', data: { ...entry, at: SERVER_TIME } }
  ];
}

// ── other log entries ──

export type EntryKind =
  'tindak_lanjut' | 'pendampingan' | 'rujukan' | 'pembaruan_publik' | 'catatan_internal';

export interface EntryForm {
  kind: EntryKind;
  action: string;
  date: string;
  note: string;
  text: string;
  destination: string;
  destinationName: string;
  externalTicketId: string;
  visibility: 'publik' | 'internal';
}

export const emptyEntryForm = (kind: EntryKind, today: string): EntryForm => ({
  kind,
  action: '',
  date: today,
  note: '',
  text: '',
  destination: '',
  destinationName: '',
  externalTicketId: '',
  visibility: 'internal'
});

export type EntryCheck = { ok: true; entry: DocData } | { ok: false; messages: FormMessages };

/** The entry a form describes, checked by core's schema for its type (without `at`). */
export function checkEntry(form: EntryForm, actor: Actor, now: Date = new Date()): EntryCheck {
  const base = { at: now.toISOString(), actorRole: actor.role, actorUid: actor.uid };
  const result = (() => {
    switch (form.kind) {
      case 'tindak_lanjut':
        return FollowUpEventSchema.safeParse({
          ...base,
          type: form.kind,
          action: form.action,
          date: form.date,
          note: form.note,
          visibility: form.visibility
        });
      case 'pendampingan':
        return AccompanimentEventSchema.safeParse({
          ...base,
          type: form.kind,
          date: form.date,
          note: form.note,
          visibility: form.visibility
        });
      case 'rujukan':
        return ReferralEventSchema.safeParse({
          ...base,
          type: form.kind,
          destination: form.destination,
          destinationName: form.destinationName,
          externalTicketId: form.externalTicketId,
          date: form.date,
          note: form.note,
          visibility: form.visibility
        });
      case 'pembaruan_publik':
        return PublicUpdateEventSchema.safeParse({ ...base, type: form.kind, text: form.text });
      case 'catatan_internal':
        return InternalNoteEventSchema.safeParse({ ...base, type: form.kind, text: form.text });
    }
  })();
  if (!result.success) return { ok: false, messages: messagesOf(result.error.issues) };
  const { at: _at, ...fields } = result.data as DocData;
  // A public update is always public and an internal note never: the rules say so too.
  const visibility =
    form.kind === 'pembaruan_publik'
      ? 'publik'
      : form.kind === 'catatan_internal'
        ? 'internal'
        : fields.visibility;
  return { ok: true, entry: compact({ ...fields, visibility }) };
}

/** The log entry write of a non-status entry. */
export function entryWrite(ccId: string, complaintId: string, entryId: string, entry: DocData): Write {
  return {
    path: `centers/${ccId}/complaints/${complaintId}/log/${entryId}`,
    kind: 'set',
    data: { ...entry, at: SERVER_TIME }
  };
}
