/**
 * A stored complaint (core/src/complaints, `centers/{cc}/complaints/{id}`) as the forum counts
 * it. functions/ reads the complaint and, for staff, its contact sub-document, and passes only
 * the countable traits on: no name, phone, address, chronology or remedy.
 */
import type { ComplainantContact, ComplaintRecord } from '../complaints/schema';
import type { ForumRecord } from './record';

export function forumRecordFromComplaint(
  complaint: ComplaintRecord,
  contact?: Pick<ComplainantContact, 'gender' | 'ageGroup' | 'disabilities'>,
  extra: { satisfaction?: number } = {}
): ForumRecord {
  const record: ForumRecord = {
    ccId: complaint.ccId,
    receivedAt: complaint.receivedAt,
    sector: complaint.sector,
    provider: complaint.providerName,
    channel: complaint.channel,
    desa: complaint.location.desa,
    peopleAffected: complaint.peopleAffected,
    urgency: complaint.urgency,
    status: complaint.status
  };
  if (complaint.maladministrationType) record.maladministration = complaint.maladministrationType;
  if (complaint.location.dusun) record.dusun = complaint.location.dusun;
  if (complaint.verifiedAt) record.verifiedAt = complaint.verifiedAt;
  if (complaint.firstFollowUpAt) record.followedUpAt = complaint.firstFollowUpAt;
  if (complaint.closedAt) {
    if (complaint.status === 'selesai') record.resolvedAt = complaint.closedAt;
    else if (complaint.status === 'ditolak') record.rejectedAt = complaint.closedAt;
    else if (complaint.status === 'ditutup_tanpa_tanggapan') record.closedAt = complaint.closedAt;
  }
  if (complaint.deadlines) {
    record.verifyDueAt = complaint.deadlines.verifikasi;
    record.followUpDueAt = complaint.deadlines.tindak_lanjut;
    record.resolveDueAt = complaint.deadlines.penyelesaian;
  }
  if (contact?.gender) record.gender = contact.gender;
  if (contact?.ageGroup) record.ageGroup = contact.ageGroup;
  // The contact schema cannot tell "no disability" from "not asked": only a stated kind counts.
  if (contact?.disabilities && contact.disabilities.length > 0) {
    record.disability = true;
    record.disabilities = [...contact.disabilities];
  }
  if (extra.satisfaction !== undefined) record.satisfaction = extra.satisfaction;
  return record;
}
