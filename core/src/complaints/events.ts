/**
 * The case log `centers/{cc}/complaints/{id}/events/{e}`: one schema per kind of entry.
 * The schema checks the shape; whether a status change is allowed, and what it needs,
 * is decided by workflow/ (`checkTransition`).
 */
import * as z from 'zod';
import { FOLLOW_UP_ACTION_IDS, REFERRAL_DESTINATION_IDS } from '../taxonomy/index';
import { choice, optionalText, pastDate, pastInstant, text, yesNo } from '../validation/fields';
import { customIssue, messageKeyFor } from '../validation/issues';
import { ROLE_IDS, STATUS_IDS } from '../workflow/states';
import { checkShareReason, NETWORK_SHARE_LIMITS } from './network-share';

export const EVENT_LIMITS = {
  note: { min: 3, max: 2000 },
  reason: { min: 3, max: 1000 },
  destinationName: 200,
  externalTicketId: 64,
  actorUid: 128
} as const;

export const VISIBILITY_IDS = ['publik', 'internal'] as const;
export type VisibilityId = (typeof VISIBILITY_IDS)[number];

const eventBase = {
  /** When the entry was written (server time). */
  at: pastInstant(),
  actorRole: choice(ROLE_IDS),
  actorUid: optionalText(EVENT_LIMITS.actorUid)
};

const note = () => text(EVENT_LIMITS.note.min, EVENT_LIMITS.note.max);
const staffVisibility = () => choice(VISIBILITY_IDS).default('internal');

const referralShape = {
  destination: choice(REFERRAL_DESTINATION_IDS),
  /** Required when destination is 'lainnya'; the office's name otherwise (e.g. Dukcapil Lombok Barat). */
  destinationName: optionalText(EVENT_LIMITS.destinationName),
  /** The LAPOR! or Ombudsman ticket id, when there is one. */
  externalTicketId: optionalText(EVENT_LIMITS.externalTicketId)
};

/** LAPOR! and Ombudsman ticket ids: letters, digits and the separators they use (- / . _ # :). */
export const TICKET_ID_PATTERN = /^[\p{L}\p{N}#][\p{L}\p{N} ._#:/-]*$/u;

function checkReferral(
  value: { destination: string; destinationName?: string | undefined; externalTicketId?: string | undefined },
  ctx: { issues: { push(issue: ReturnType<typeof customIssue>): void } },
  path: PropertyKey[] = []
) {
  if (value.destination === 'lainnya' && !value.destinationName)
    ctx.issues.push(
      customIssue('referral.other_needs_name', undefined, { path: [...path, 'destinationName'] })
    );
  if (value.externalTicketId && !TICKET_ID_PATTERN.test(value.externalTicketId))
    ctx.issues.push(
      customIssue('referral.bad_ticket_id', value.externalTicketId, { path: [...path, 'externalTicketId'] })
    );
}

export const ReferralSchema = z.object(referralShape).check((ctx) => checkReferral(ctx.value, ctx));
export type Referral = z.output<typeof ReferralSchema>;

export const StatusChangeEventSchema = z.object({
  ...eventBase,
  type: z.literal('perubahan_status'),
  from: choice(STATUS_IDS),
  to: choice(STATUS_IDS),
  /** Why a complaint is rejected (shown to the complainant). */
  reason: optionalText(EVENT_LIMITS.reason.max),
  /** What came of it, when resolved (shown to the complainant). */
  outcome: optionalText(EVENT_LIMITS.reason.max),
  referral: ReferralSchema.optional()
});

export const FollowUpEventSchema = z.object({
  ...eventBase,
  type: z.literal('tindak_lanjut'),
  action: choice(FOLLOW_UP_ACTION_IDS),
  /** The day it happened, WITA. */
  date: pastDate(),
  note: note(),
  visibility: staffVisibility()
});

export const AccompanimentEventSchema = z.object({
  ...eventBase,
  type: z.literal('pendampingan'),
  date: pastDate(),
  note: note(),
  visibility: staffVisibility()
});

export const ReferralEventSchema = z
  .object({
    ...eventBase,
    ...referralShape,
    type: z.literal('rujukan'),
    date: pastDate(),
    note: optionalText(EVENT_LIMITS.note.max),
    visibility: staffVisibility()
  })
  .check((ctx) => checkReferral(ctx.value, ctx));

export const PublicUpdateEventSchema = z.object({
  ...eventBase,
  type: z.literal('pembaruan_publik'),
  text: note()
});

export const InternalNoteEventSchema = z.object({
  ...eventBase,
  type: z.literal('catatan_internal'),
  text: note()
});

/**
 * The CC shared the case with the network admins, or withdrew the share (network-share.ts).
 * Always internal: the complainant and the tracking page never see it.
 */
export const NetworkShareEventSchema = z
  .object({
    ...eventBase,
    type: z.literal('berbagi_jaringan'),
    shared: yesNo(),
    reason: optionalText(NETWORK_SHARE_LIMITS.reason.max),
    visibility: z.literal('internal', { error: messageKeyFor }).default('internal')
  })
  .check((ctx) => checkShareReason(ctx.value, ctx));

export const COMPLAINANT_REPLY_KIND_IDS = ['tambahan', 'jawaban', 'konfirmasi_selesai'] as const;

/** The complainant's own entry: more information, an answer to the CC, or "yes, it is solved". */
export const ComplainantReplyEventSchema = z
  .object({
    ...eventBase,
    type: z.literal('tanggapan_pelapor'),
    kind: choice(COMPLAINANT_REPLY_KIND_IDS),
    text: optionalText(EVENT_LIMITS.note.max),
    /** Only for 'konfirmasi_selesai': does the complainant agree the problem is solved? */
    resolved: yesNo().optional()
  })
  .check((ctx) => {
    const value = ctx.value;
    if (value.kind === 'konfirmasi_selesai' && value.resolved === undefined)
      ctx.issues.push(customIssue('complaint.confirmation_needs_answer', undefined, { path: ['resolved'] }));
    if (value.kind !== 'konfirmasi_selesai' && !value.text)
      ctx.issues.push(customIssue('required', value.text, { path: ['text'] }));
  });

export const CaseEventSchema = z.discriminatedUnion('type', [
  StatusChangeEventSchema,
  FollowUpEventSchema,
  AccompanimentEventSchema,
  ReferralEventSchema,
  PublicUpdateEventSchema,
  InternalNoteEventSchema,
  ComplainantReplyEventSchema,
  NetworkShareEventSchema
]);
export type CaseEvent = z.output<typeof CaseEventSchema>;
export type CaseEventInput = z.input<typeof CaseEventSchema>;
export type CaseEventType = CaseEvent['type'];

/** Whether the complainant and the tracking page may see an entry. */
export function isPublicEvent(event: CaseEvent): boolean {
  switch (event.type) {
    case 'perubahan_status':
    case 'pembaruan_publik':
    case 'tanggapan_pelapor':
      return true;
    case 'catatan_internal':
    case 'berbagi_jaringan':
      return false;
    default:
      return event.visibility === 'publik';
  }
}
