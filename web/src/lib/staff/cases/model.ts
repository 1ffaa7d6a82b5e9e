/**
 * A complaint, its contact and its log as the staff pages show them: stored Firestore timestamps
 * turned into ISO strings (core works with ISO strings). Pure, so it is tested without Firebase;
 * anything with `toDate()` (the SDK's Timestamp) counts as an instant.
 */
import { overdueStages, type OverdueStage } from '@buku/core/deadlines/deadlines';
import { STATUS_IDS, type StatusId } from '@buku/core/workflow/states';

type Data = Record<string, unknown>;

/** ISO string of a stored instant (Timestamp), or null. */
export function isoOfStored(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString();
  if (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toDate?: unknown }).toDate === 'function'
  )
    return (value as { toDate(): Date }).toDate().toISOString();
  return null;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const optional = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

export interface StaffComplaint {
  id: string;
  ccId: string;
  registerNumber: string | null;
  trackingCode: string;
  status: StatusId;
  channel: string;
  sector: string;
  maladministrationType?: string | undefined;
  providerName: string;
  desa: string;
  dusun?: string | undefined;
  chronology: string;
  remedyWanted: string;
  occurredAt: string;
  peopleAffected: number;
  urgency: string;
  consentToContact: boolean;
  privacy: string;
  staffNote?: string | undefined;
  receivedAt: string | null;
  statusChangedAt: string | null;
  verifiedAt?: string | undefined;
  firstFollowUpAt?: string | undefined;
  closedAt?: string | undefined;
  awaitingReplySince?: string | undefined;
  deadlines: { verifikasi: string; tindak_lanjut: string; penyelesaian: string } | null;
  /** The CC's share with the network admins (shared now, or withdrawn), null when never shared. */
  networkShare: NetworkShareView | null;
}

export interface NetworkShareView {
  shared: boolean;
  by: string;
  role: string;
  at: string | null;
  reason?: string | undefined;
}

function networkShareOf(value: unknown): NetworkShareView | null {
  if (typeof value !== 'object' || value === null) return null;
  const share = value as Data;
  return {
    shared: share.shared === true,
    by: text(share.by),
    role: text(share.role),
    at: isoOfStored(share.at),
    reason: optional(share.reason)
  };
}

export function complaintFromData(id: string, data: Data): StaffComplaint {
  const location = (data.location ?? {}) as Data;
  const stored = (data.deadlines ?? null) as Data | null;
  const verifikasi = isoOfStored(stored?.verifikasi);
  const tindakLanjut = isoOfStored(stored?.tindak_lanjut);
  const penyelesaian = isoOfStored(stored?.penyelesaian);
  const status = text(data.status);
  return {
    id,
    ccId: text(data.ccId),
    registerNumber: optional(data.registerNumber) ?? null,
    trackingCode: text(data.trackingCode),
    status: (STATUS_IDS as readonly string[]).includes(status) ? (status as StatusId) : 'diterima',
    channel: text(data.channel),
    sector: text(data.sector),
    maladministrationType: optional(data.maladministrationType),
    providerName: text(data.providerName),
    desa: text(location.desa),
    dusun: optional(location.dusun),
    chronology: text(data.chronology),
    remedyWanted: text(data.remedyWanted),
    occurredAt: text(data.occurredAt),
    peopleAffected: typeof data.peopleAffected === 'number' ? data.peopleAffected : 1,
    urgency: text(data.urgency),
    consentToContact: data.consentToContact === true,
    privacy: text(data.privacy),
    staffNote: optional(data.staffNote),
    receivedAt: isoOfStored(data.receivedAt),
    statusChangedAt: isoOfStored(data.statusChangedAt),
    verifiedAt: isoOfStored(data.verifiedAt) ?? undefined,
    firstFollowUpAt: isoOfStored(data.firstFollowUpAt) ?? undefined,
    closedAt: isoOfStored(data.closedAt) ?? undefined,
    awaitingReplySince: isoOfStored(data.awaitingReplySince) ?? undefined,
    deadlines:
      verifikasi && tindakLanjut && penyelesaian
        ? { verifikasi, tindak_lanjut: tindakLanjut, penyelesaian }
        : null,
    networkShare: networkShareOf(data.networkShare)
  };
}

/** The stages past due at `now` (core's deadlines); none before the complaint has a receipt time. */
export function overdueOf(complaint: StaffComplaint, now: Date): OverdueStage[] {
  if (!complaint.receivedAt) return [];
  return overdueStages(
    {
      status: complaint.status,
      receivedAt: complaint.receivedAt,
      verifiedAt: complaint.verifiedAt,
      firstFollowUpAt: complaint.firstFollowUpAt
    },
    now
  );
}

export interface StaffContact {
  name?: string | undefined;
  phone?: string | undefined;
  address?: string | undefined;
  gender?: string | undefined;
  ageGroup?: string | undefined;
  disabilities: string[];
}

export function contactFromData(data: Data | undefined): StaffContact {
  const d = data ?? {};
  return {
    name: optional(d.name),
    phone: optional(d.phone),
    address: optional(d.address),
    gender: optional(d.gender),
    ageGroup: optional(d.ageGroup),
    disabilities: Array.isArray(d.disabilities) ? d.disabilities.filter((x) => typeof x === 'string') : []
  };
}

/** One log entry as shown: the stored fields, with `at` as an ISO string. */
export interface LogEntryView {
  id: string;
  type: string;
  at: string | null;
  actorRole: string;
  visibility: string;
  from?: string | undefined;
  to?: string | undefined;
  reason?: string | undefined;
  outcome?: string | undefined;
  action?: string | undefined;
  date?: string | undefined;
  note?: string | undefined;
  text?: string | undefined;
  kind?: string | undefined;
  destination?: string | undefined;
  destinationName?: string | undefined;
  externalTicketId?: string | undefined;
  /** A share with the network admins: true shared, false withdrawn. */
  shared?: boolean | undefined;
}

export function logEntryFromData(id: string, data: Data): LogEntryView {
  const referral = (data.referral ?? {}) as Data;
  return {
    id,
    type: text(data.type),
    at: isoOfStored(data.at),
    actorRole: text(data.actorRole),
    visibility: text(data.visibility),
    from: optional(data.from),
    to: optional(data.to),
    reason: optional(data.reason),
    outcome: optional(data.outcome),
    action: optional(data.action),
    date: optional(data.date),
    note: optional(data.note),
    text: optional(data.text),
    kind: optional(data.kind),
    destination: optional(data.destination) ?? optional(referral.destination),
    destinationName: optional(data.destinationName) ?? optional(referral.destinationName),
    externalTicketId: optional(data.externalTicketId) ?? optional(referral.externalTicketId),
    shared: typeof data.shared === 'boolean' ? data.shared : undefined
  };
}

/**
 * wa.me link to message the complainant with the tracking link, or null when they did not consent
 * or gave no phone. The phone is stored as +62…; wa.me wants the digits without '+'.
 */
export function whatsAppLink(
  complaint: Pick<StaffComplaint, 'consentToContact' | 'trackingCode'>,
  contact: Pick<StaffContact, 'phone'>,
  message: (trackingUrl: string) => string,
  origin: string
): string | null {
  if (!complaint.consentToContact || !contact.phone) return null;
  const digits = contact.phone.replace(/\D/g, '');
  if (digits === '') return null;
  const trackingUrl = `${origin}/lacak/${complaint.trackingCode}`;
  return `https://wa.me/${digits}?text=${encodeURIComponent(message(trackingUrl))}`;
}
