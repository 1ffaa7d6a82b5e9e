/**
 * A stored complaint as the monthly forum sees it (core's ForumRecord): de-identified, with the
 * complainant's traits only as counts-to-be. The traits live in the contact document, which only
 * the CC may read; the intake copies the few the forum counts onto the complaint (`forumTraits`),
 * so the monthly run reads one document per complaint, not two.
 */
import {
  AGE_GROUP_IDS,
  DISABILITY_IDS,
  GENDER_IDS,
  STATUS_IDS,
  type AgeGroupId,
  type DisabilityId,
  type GenderId,
  type StatusId
} from '@buku/core';
import type { ForumRecord } from '@buku/core/forum/index';
import { isoOf } from '../instants';

type Data = Record<string, unknown>;

export interface ForumTraits {
  gender?: GenderId;
  ageGroup?: AgeGroupId;
  disability?: boolean;
  disabilities?: DisabilityId[];
  /** An imported book row without urgency: stored as 'biasa' (the schema needs one), counted as unrecorded. */
  urgencyUnrecorded?: boolean;
}

const oneOf = <T extends string>(ids: readonly T[], value: unknown): T | undefined =>
  typeof value === 'string' && (ids as readonly string[]).includes(value) ? (value as T) : undefined;

/** The traits the forum counts, from a contact document; nothing else leaves it. */
export function forumTraitsOf(contact: Data | undefined): ForumTraits {
  if (!contact) return {};
  const traits: ForumTraits = {};
  const gender = oneOf(GENDER_IDS, contact.gender);
  if (gender) traits.gender = gender;
  const ageGroup = oneOf(AGE_GROUP_IDS, contact.ageGroup);
  if (ageGroup) traits.ageGroup = ageGroup;
  if (Array.isArray(contact.disabilities)) {
    const kinds = contact.disabilities.map((d) => oneOf(DISABILITY_IDS, d)).filter((d) => d !== undefined);
    traits.disability = kinds.length > 0;
    if (kinds.length > 0) traits.disabilities = kinds;
  }
  return traits;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

const instantOf = isoOf;

/** Null when the document lacks what the forum cannot do without (receipt, sector, provider, village). */
export function forumRecordOf(ccId: string, complaint: Data): ForumRecord | null {
  const receivedAt = instantOf(complaint.receivedAt);
  const sector = str(complaint.sector);
  const provider = str(complaint.providerName);
  const location = (complaint.location ?? {}) as Data;
  const desa = str(location.desa);
  if (!receivedAt || !sector || !provider || !desa) return null;
  const status: StatusId = oneOf(STATUS_IDS, complaint.status) ?? 'diterima';
  const record: ForumRecord = {
    ccId,
    receivedAt,
    sector: sector as ForumRecord['sector'],
    provider,
    desa,
    status
  };
  const set = <K extends keyof ForumRecord>(key: K, value: ForumRecord[K] | undefined) => {
    if (value !== undefined) record[key] = value;
  };
  set('dusun', str(location.dusun));
  set('maladministration', str(complaint.maladministrationType) as ForumRecord['maladministration']);
  set('channel', str(complaint.channel) as ForumRecord['channel']);
  if (typeof complaint.peopleAffected === 'number') record.peopleAffected = complaint.peopleAffected;
  const traits = (complaint.forumTraits ?? {}) as ForumTraits;
  if (!traits.urgencyUnrecorded) set('urgency', str(complaint.urgency) as ForumRecord['urgency']);
  set('gender', traits.gender);
  set('ageGroup', traits.ageGroup);
  set('disability', traits.disability);
  set('disabilities', traits.disabilities);
  set('verifiedAt', instantOf(complaint.verifiedAt));
  set('followedUpAt', instantOf(complaint.firstFollowUpAt));
  const closedAt = instantOf(complaint.closedAt);
  if (status === 'selesai') set('resolvedAt', closedAt);
  if (status === 'ditolak') set('rejectedAt', closedAt);
  if (status === 'ditutup_tanpa_tanggapan') set('closedAt', closedAt);
  const deadlines = (complaint.deadlines ?? {}) as Data;
  set('verifyDueAt', instantOf(deadlines.verifikasi));
  set('followUpDueAt', instantOf(deadlines.tindak_lanjut));
  set('resolveDueAt', instantOf(deadlines.penyelesaian));
  if (typeof complaint.satisfaction === 'number') record.satisfaction = complaint.satisfaction;
  return record;
}
