/**
 * The complaint form's logic, apart from its markup: the draft as typed, its steps, how it
 * becomes core's `CitizenComplaintSchema` input, which messages belong to which step, and the
 * outbox entry a valid complaint becomes. Validation itself is core's.
 */
import type { Label } from '@buku/core/i18n';
import type { CitizenComplaint } from '@buku/core/complaints/schema';
import { findDesa } from '$lib/areas';
import type { NewOutboxEntry } from '$lib/outbox/types';

/** Everything as the inputs hold it (strings), so a half-typed form round-trips through storage. */
export interface ComplaintDraft {
  step: number;
  sector: string;
  chronology: string;
  occurredAt: string;
  providerName: string;
  maladministrationType: string;
  kecamatanCode: string;
  desaCode: string;
  dusun: string;
  remedyWanted: string;
  peopleAffected: string;
  urgency: string;
  privacy: string;
  name: string;
  phone: string;
  address: string;
  gender: string;
  ageGroup: string;
  disabilities: string[];
  consentToContact: '' | 'ya' | 'tidak';
}

export type DraftField = Exclude<keyof ComplaintDraft, 'step'> | 'cc';

export function emptyDraft(place: { kecamatanCode?: string; desaCode?: string } = {}): ComplaintDraft {
  return {
    step: 0,
    sector: '',
    chronology: '',
    occurredAt: '',
    providerName: '',
    maladministrationType: '',
    kecamatanCode: place.kecamatanCode ?? '',
    desaCode: place.desaCode ?? '',
    dusun: '',
    remedyWanted: '',
    peopleAffected: '1',
    urgency: 'biasa',
    privacy: '',
    name: '',
    phone: '',
    address: '',
    gender: '',
    ageGroup: '',
    disabilities: [],
    consentToContact: ''
  };
}

export const STEP_IDS = ['what', 'where', 'wish', 'privacy', 'contact', 'review'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** The fields each step asks for, in the order they appear. */
export const STEP_FIELDS: Record<StepId, readonly DraftField[]> = {
  what: ['cc', 'sector', 'chronology', 'occurredAt'],
  where: ['providerName', 'kecamatanCode', 'desaCode', 'dusun', 'maladministrationType'],
  wish: ['remedyWanted', 'peopleAffected', 'urgency'],
  privacy: ['privacy'],
  contact: ['name', 'phone', 'address', 'gender', 'ageGroup', 'disabilities', 'consentToContact'],
  review: []
};

/** Core's field paths → the input that holds them. */
const FIELD_OF_PATH: Record<string, DraftField> = {
  ccId: 'cc',
  'location.desa': 'desaCode',
  'location.desaCode': 'desaCode',
  'location.dusun': 'dusun',
  'contact.name': 'name',
  'contact.phone': 'phone',
  'contact.address': 'address',
  'contact.gender': 'gender',
  'contact.ageGroup': 'ageGroup',
  'contact.disabilities': 'disabilities'
};

export function fieldOfPath(path: readonly PropertyKey[]): DraftField | undefined {
  const joined = path.map(String).join('.');
  if (FIELD_OF_PATH[joined]) return FIELD_OF_PATH[joined];
  // contact.disabilities.0 and the like
  const prefix = path.slice(0, 2).map(String).join('.');
  if (FIELD_OF_PATH[prefix]) return FIELD_OF_PATH[prefix];
  const first = String(path[0] ?? '');
  return first in emptyDraft() && first !== 'step' ? (first as DraftField) : undefined;
}

export function stepOfField(field: DraftField): number {
  return STEP_IDS.findIndex((step) => STEP_FIELDS[step].includes(field));
}

const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value);

/** The draft as core's schema expects it; blanks become "not given". */
export function toSchemaInput(draft: ComplaintDraft, ccId: string | undefined): Record<string, unknown> {
  const desa = findDesa(draft.desaCode);
  const people = draft.peopleAffected.trim();
  return {
    ccId: ccId ?? '',
    sector: blankToUndefined(draft.sector),
    providerName: draft.providerName,
    maladministrationType: blankToUndefined(draft.maladministrationType),
    location: {
      desa: desa?.name ?? '',
      desaCode: desa?.code,
      dusun: blankToUndefined(draft.dusun)
    },
    chronology: draft.chronology,
    remedyWanted: draft.remedyWanted,
    occurredAt: blankToUndefined(draft.occurredAt),
    peopleAffected: people === '' ? undefined : Number(people),
    urgency: blankToUndefined(draft.urgency),
    consentToContact: draft.consentToContact === '' ? undefined : draft.consentToContact === 'ya',
    privacy: blankToUndefined(draft.privacy),
    channel: 'web',
    contact: {
      name: blankToUndefined(draft.name),
      phone: blankToUndefined(draft.phone),
      address: blankToUndefined(draft.address),
      gender: blankToUndefined(draft.gender),
      ageGroup: blankToUndefined(draft.ageGroup),
      disabilities: draft.disabilities.length > 0 ? draft.disabilities : undefined
    }
  };
}

/** The messages of one failed parse, per input; `label` comes from core (both languages). */
export type FieldMessages = Partial<Record<DraftField, Label[]>>;

export function messagesByField(
  issues: readonly { path: readonly PropertyKey[] }[],
  labelOf: (issue: never) => Label
): FieldMessages {
  const messages: FieldMessages = {};
  for (const issue of issues) {
    const field = fieldOfPath(issue.path) ?? 'cc';
    const text = labelOf(issue as never);
    const list = (messages[field] ??= []);
    if (!list.some((known) => known.id === text.id)) list.push(text);
  }
  return messages;
}

/** Only the messages of the fields a step shows. */
export function messagesForStep(messages: FieldMessages, step: StepId): FieldMessages {
  const shown: FieldMessages = {};
  for (const field of STEP_FIELDS[step]) if (messages[field]) shown[field] = messages[field];
  return shown;
}

/** The first step with a message, or -1: where "Kirim" sends the citizen back to. */
export function firstStepWithMessages(messages: FieldMessages): number {
  const steps = (Object.keys(messages) as DraftField[]).map(stepOfField).filter((n) => n >= 0);
  return steps.length > 0 ? Math.min(...steps) : -1;
}

/** Firestore refuses `undefined` values: drop them (recursively) before anything is stored. */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, withoutUndefined(v)])
    ) as T;
  }
  return value;
}

/** A valid complaint as an outbox entry: the complaint document apart from the personal contact. */
export function toOutboxEntry(
  complaint: CitizenComplaint,
  ids: { id: string; trackingCode: string },
  ccName: string
): NewOutboxEntry {
  const { contact, ...fields } = complaint;
  return {
    id: ids.id,
    ccId: complaint.ccId,
    trackingCode: ids.trackingCode,
    summary: { ccName, sector: complaint.sector, providerName: complaint.providerName },
    payload: { complaint: withoutUndefined(fields), contact: withoutUndefined(contact) }
  };
}
