/**
 * What a complaint holds, as zod schemas.
 *
 * - `ComplaintFieldsSchema`: what the citizen says about the service (no personal data).
 * - `ComplainantContactSchema`: who the complainant is; stored apart, read only by the CC.
 * - `CitizenComplaintSchema`: a complaint sent from the web form (channel 'web').
 * - `StaffComplaintSchema`: a walk-in, phone, letter… complaint typed in by CC staff.
 * - `ComplaintRecordSchema`: the stored complaint document (fields + case state).
 *
 * Calendar days are `YYYY-MM-DD` in WITA; instants are ISO-8601 UTC strings.
 */
import * as z from 'zod';
import {
  AGE_GROUP_IDS,
  CHANNEL_IDS,
  DISABILITY_IDS,
  GENDER_IDS,
  MALADMINISTRATION_IDS,
  PRIVACY_IDS,
  SECTOR_IDS,
  URGENCY_IDS
} from '../taxonomy/index';
import {
  choice,
  instant,
  optionalText,
  pastDate,
  pastInstant,
  patterned,
  phoneNumber,
  text,
  wholeNumber,
  yesNo
} from '../validation/fields';
import { customIssue, messageKeyFor } from '../validation/issues';
import { calendarDaysBetween, isCalendarDate } from '../wita/index';
import { STATUS_IDS } from '../workflow/states';
import { COMPLAINT_LIMITS as L, LATE_FILING_DAYS } from './limits';
import { NetworkShareSchema } from './network-share';

/** A Firestore document id of a CC, e.g. `sandik`. */
export const CENTER_ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
export const centerId = () => patterned(CENTER_ID_PATTERN, L.centerId, 'id.format');

/** Kemendagri area codes as shipped by idn-area-data. */
export const AREA_CODE_PATTERNS = {
  kabupaten: /^\d{2}\.\d{2}$/,
  kecamatan: /^\d{2}\.\d{2}\.\d{2}$/,
  desa: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/
} as const;
const AREA_CODE_EXAMPLES = { kabupaten: '52.01', kecamatan: '52.01.14', desa: '52.01.14.2003' };

export function areaCode(level: keyof typeof AREA_CODE_PATTERNS) {
  return z
    .string({ error: messageKeyFor })
    .trim()
    .check((ctx) => {
      if (!AREA_CODE_PATTERNS[level].test(ctx.value))
        ctx.issues.push(
          customIssue('area.code_format', ctx.value, { params: { example: AREA_CODE_EXAMPLES[level] } })
        );
    })
    .optional();
}

export const ComplaintLocationSchema = z.object({
  dusun: optionalText(L.dusun),
  desa: text(L.desa.min, L.desa.max),
  desaCode: areaCode('desa')
});

export const ComplaintFieldsSchema = z.object({
  ccId: centerId(),
  sector: choice(SECTOR_IDS),
  providerName: text(L.providerName.min, L.providerName.max),
  maladministrationType: choice(MALADMINISTRATION_IDS).optional(),
  location: ComplaintLocationSchema,
  chronology: text(L.chronology.min, L.chronology.max),
  remedyWanted: text(L.remedyWanted.min, L.remedyWanted.max),
  /** The day the service took place (or was refused), WITA. */
  occurredAt: pastDate(),
  peopleAffected: wholeNumber(L.peopleAffected.min, L.peopleAffected.max),
  urgency: choice(URGENCY_IDS),
  consentToContact: yesNo(),
  privacy: choice(PRIVACY_IDS)
});
export type ComplaintFields = z.output<typeof ComplaintFieldsSchema>;

/** Personal data. Lives in its own document that only the CC's staff can read. */
export const ComplainantContactSchema = z.object({
  name: optionalText(L.contactName.max),
  phone: phoneNumber().optional(),
  address: optionalText(L.contactAddress),
  gender: choice(GENDER_IDS).optional(),
  ageGroup: choice(AGE_GROUP_IDS).optional(),
  /** Empty or absent: none stated. */
  disabilities: z.array(choice(DISABILITY_IDS)).max(DISABILITY_IDS.length).optional()
});
export type ComplainantContact = z.output<typeof ComplainantContactSchema>;

type Issues = { issues: { push(issue: ReturnType<typeof customIssue>): void } };
type IntakeDraft = { consentToContact?: unknown; contact: { phone?: unknown; address?: unknown } };

/** Contact data with the name required: every intake except a nameless channel. */
export const NamedComplainantContactSchema = ComplainantContactSchema.extend({
  name: text(L.contactName.min, L.contactName.max)
});

/** Whoever agrees to be contacted must say how. */
function checkReachable(value: IntakeDraft, ctx: Issues) {
  if (value.consentToContact === true && !value.contact.phone && !value.contact.address)
    ctx.issues.push(
      customIssue('contact.needs_phone_or_address', value.contact, { path: ['contact', 'phone'] })
    );
}

/** A complaint sent by a citizen from the web form. */
export const CitizenComplaintSchema = ComplaintFieldsSchema.extend({
  channel: z.literal('web').default('web'),
  contact: NamedComplainantContactSchema
}).check((ctx) => checkReachable(ctx.value, ctx));
export type CitizenComplaint = z.output<typeof CitizenComplaintSchema>;
export type CitizenComplaintInput = z.input<typeof CitizenComplaintSchema>;

/** Channels where the complainant may not have given a name (an unsigned note in the box). */
export const NAMELESS_CHANNELS: readonly string[] = ['kotak_pengaduan'];

/** True when the service took place more than LATE_FILING_DAYS before receipt. */
export function isLateFiling(occurredAt: string, receivedAt: string): boolean {
  return calendarDaysBetween(occurredAt, receivedAt) > LATE_FILING_DAYS;
}

/** A complaint recorded by CC staff: walk-in, phone, letter, complaint box, outreach… */
export const StaffComplaintSchema = ComplaintFieldsSchema.extend({
  channel: choice(CHANNEL_IDS),
  /** The day the CC received it, WITA (a paper complaint may be typed in later). */
  receivedAt: pastDate(),
  /** Why a late complaint is taken up, and anything else staff want on record. */
  staffNote: optionalText(L.staffNote),
  contact: ComplainantContactSchema
}).check((ctx) => {
  const value = ctx.value;
  if (!value.contact.name && !NAMELESS_CHANNELS.includes(value.channel))
    ctx.issues.push(customIssue('required', value.contact.name, { path: ['contact', 'name'] }));
  checkReachable(value, ctx);
  // Earlier checks may have failed; compare only real dates.
  if (!isCalendarDate(value.occurredAt) || !isCalendarDate(value.receivedAt)) return;
  if (value.occurredAt > value.receivedAt)
    ctx.issues.push(
      customIssue('complaint.occurred_after_received', value.occurredAt, { path: ['occurredAt'] })
    );
  else if (isLateFiling(value.occurredAt, value.receivedAt) && !value.staffNote)
    ctx.issues.push(
      customIssue('complaint.late_needs_note', value.staffNote, {
        path: ['staffNote'],
        params: { days: LATE_FILING_DAYS }
      })
    );
});
export type StaffComplaint = z.output<typeof StaffComplaintSchema>;
export type StaffComplaintInput = z.input<typeof StaffComplaintSchema>;

/** Due moments stored on the complaint, per stage of deadlines/ (computed by functions/). */
export const ComplaintDeadlinesSchema = z.object({
  verifikasi: instant(),
  tindak_lanjut: instant(),
  penyelesaian: instant()
});

/** The stored complaint document `centers/{cc}/complaints/{id}`: no personal data. */
export const ComplaintRecordSchema = ComplaintFieldsSchema.extend({
  channel: choice(CHANNEL_IDS),
  status: choice(STATUS_IDS),
  receivedAt: pastInstant(),
  staffNote: optionalText(L.staffNote),
  /** `012/CC-SA/XII/2026`; given by functions/ once the complaint is in the book. */
  registerNumber: optionalText(L.registerNumber),
  /** Canonical tracking code (12 characters, no dashes), see tracking/. */
  trackingCode: text(1, L.trackingCode),
  statusChangedAt: pastInstant(),
  verifiedAt: pastInstant().optional(),
  firstFollowUpAt: pastInstant().optional(),
  /** Set when a terminal state is reached. */
  closedAt: pastInstant().optional(),
  /** Set while the CC waits for the complainant's answer; cleared when they answer. */
  awaitingReplySince: pastInstant().optional(),
  deadlines: ComplaintDeadlinesSchema.optional(),
  reporterUid: optionalText(128),
  /** Set by the CC's staff when they share the case with the network admins (network-share.ts). */
  networkShare: NetworkShareSchema.optional()
});
export type ComplaintRecord = z.output<typeof ComplaintRecordSchema>;
