/**
 * A walk-in, phone, letter or complaint-box complaint typed in by staff, checked by core's
 * `StaffComplaintSchema` and turned into the two documents the rules expect (complaint +
 * private/contact, one batch). Pure: the Firestore module commits what this returns.
 *
 * The day the CC received it is a calendar day in the form and an instant in Firestore: today
 * becomes the server time (never in the future), an earlier day its first moment in WITA.
 */
import { StaffComplaintSchema, type StaffComplaint } from '@buku/core/complaints/schema';
import type { Label } from '@buku/core/i18n';
import { generateTrackingCode } from '@buku/core/tracking/tracking-code';
import { fieldPath, issueLabel } from '@buku/core/validation/issues';
import { witaDate, witaStartOfDay } from '@buku/core/wita/index';
import { findDesa } from '$lib/areas';
import { compact, SERVER_TIME, type Write } from '../cases/forms';

export interface StaffDraft {
  channel: string;
  receivedAt: string;
  sector: string;
  maladministrationType: string;
  providerName: string;
  desaCode: string;
  /** A village outside Lombok Barat's list, typed by hand (used when no desaCode is chosen). */
  desaName: string;
  dusun: string;
  chronology: string;
  remedyWanted: string;
  occurredAt: string;
  peopleAffected: string;
  urgency: string;
  consentToContact: '' | 'ya' | 'tidak';
  privacy: string;
  staffNote: string;
  name: string;
  phone: string;
  address: string;
  gender: string;
  ageGroup: string;
  disabilities: string[];
}

export function emptyStaffDraft(today: string): StaffDraft {
  return {
    channel: 'datang_langsung',
    receivedAt: today,
    sector: '',
    maladministrationType: '',
    providerName: '',
    desaCode: '',
    desaName: '',
    dusun: '',
    chronology: '',
    remedyWanted: '',
    occurredAt: '',
    peopleAffected: '1',
    urgency: 'biasa',
    consentToContact: '',
    privacy: 'rahasia',
    staffNote: '',
    name: '',
    phone: '',
    address: '',
    gender: '',
    ageGroup: '',
    disabilities: []
  };
}

const blank = (value: string): string | undefined => (value.trim() === '' ? undefined : value);

export function toStaffSchemaInput(draft: StaffDraft, ccId: string): Record<string, unknown> {
  const desa = findDesa(draft.desaCode);
  // A text field (type=number would hand Svelte's binding a number, or null when half-typed).
  const people = String(draft.peopleAffected ?? '').trim();
  return {
    ccId,
    channel: blank(draft.channel),
    receivedAt: blank(draft.receivedAt),
    sector: blank(draft.sector),
    maladministrationType: blank(draft.maladministrationType),
    providerName: draft.providerName,
    location: { desa: desa?.name ?? draft.desaName, desaCode: desa?.code, dusun: blank(draft.dusun) },
    chronology: draft.chronology,
    remedyWanted: draft.remedyWanted,
    occurredAt: blank(draft.occurredAt),
    peopleAffected: people === '' ? undefined : Number(people),
    urgency: blank(draft.urgency),
    consentToContact: draft.consentToContact === '' ? undefined : draft.consentToContact === 'ya',
    privacy: blank(draft.privacy),
    staffNote: blank(draft.staffNote),
    contact: {
      name: blank(draft.name),
      phone: blank(draft.phone),
      address: blank(draft.address),
      gender: blank(draft.gender),
      ageGroup: blank(draft.ageGroup),
      disabilities: draft.disabilities.length > 0 ? draft.disabilities : undefined
    }
  };
}

/** Form field → messages; `location.desa` is shown at the village picker. */
export type IntakeMessages = Record<string, Label[]>;

export type IntakeCheck = { ok: true; complaint: StaffComplaint } | { ok: false; messages: IntakeMessages };

export function checkStaffDraft(draft: StaffDraft, ccId: string): IntakeCheck {
  const result = StaffComplaintSchema.safeParse(toStaffSchemaInput(draft, ccId));
  if (result.success) return { ok: true, complaint: result.data };
  const messages: IntakeMessages = {};
  for (const issue of result.error.issues) {
    const list = (messages[fieldPath(issue)] ??= []);
    const text = issueLabel(issue);
    if (!list.some((known) => known.id === text.id)) list.push(text);
  }
  return { ok: false, messages };
}

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  // Plain objects only: a Date (the receipt instant) stays a Date.
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, withoutUndefined(v)])
    );
  return value;
}

/** The receipt instant of a staff complaint: server time for today (WITA), else the day's start. */
export function receivedInstant(day: string, now: Date): Date | typeof SERVER_TIME {
  return day >= witaDate(now) ? SERVER_TIME : witaStartOfDay(day);
}

export interface IntakeWrites {
  trackingCode: string;
  writes: Write[];
}

/** The batch that files it: complaint (with recordedBy) and its private contact. */
export function staffIntakeWrites(
  complaint: StaffComplaint,
  complaintId: string,
  recordedBy: string,
  now: Date = new Date(),
  trackingCode: string = generateTrackingCode()
): IntakeWrites {
  const { contact, receivedAt, ...fields } = complaint;
  const path = `centers/${complaint.ccId}/complaints/${complaintId}`;
  const data = withoutUndefined({
    ...fields,
    trackingCode,
    receivedAt: receivedInstant(receivedAt, now),
    recordedBy
  }) as Record<string, unknown>;
  return {
    trackingCode,
    writes: [
      { path, kind: 'set', data },
      {
        path: `${path}/private/contact`,
        kind: 'set',
        data: compact(withoutUndefined(contact) as Record<string, unknown>)
      }
    ]
  };
}
