/**
 * Milestones a status move implies, which only functions write (docs/DATA-MODEL.md): when the
 * case was verified, first followed up, closed. The time is the move's own `statusChangedAt`
 * (the rules make it the server time of the move). Once verified, the follow-up deadline is
 * counted from the real verification day (core's deadlinesFor). Pure; ISO strings.
 */
import { isTerminal, type StatusId } from '@buku/core';
import { isoOf } from '../instants';
import { deadlinesOf } from '../intake/process-new-complaint';
import { statusOf } from './public-view';

type Data = Record<string, unknown>;

/** Statuses that come after verification in the workflow. */
const VERIFIED: readonly StatusId[] = ['diverifikasi', 'ditindaklanjuti', 'dirujuk'];
const FOLLOWED_UP: readonly StatusId[] = ['ditindaklanjuti', 'dirujuk'];
/** Log entries that are a follow-up action in themselves. */
export const FOLLOW_UP_ENTRY_TYPES: readonly string[] = ['tindak_lanjut', 'rujukan'];

export interface Milestones {
  verifiedAt?: string;
  firstFollowUpAt?: string;
  closedAt?: string;
  deadlines?: ReturnType<typeof deadlinesOf>;
}

export function milestonesOf(complaint: Data, fallbackAt: string): Milestones {
  const status = statusOf(complaint);
  const at = isoOf(complaint.statusChangedAt) ?? fallbackAt;
  const out: Milestones = {};
  if (VERIFIED.includes(status) && !isoOf(complaint.verifiedAt)) out.verifiedAt = at;
  if (FOLLOWED_UP.includes(status) && !isoOf(complaint.firstFollowUpAt)) out.firstFollowUpAt = at;
  if (isTerminal(status) && !isoOf(complaint.closedAt)) out.closedAt = at;
  const receivedAt = isoOf(complaint.receivedAt);
  if (out.verifiedAt && receivedAt) out.deadlines = deadlinesOf(receivedAt, out.verifiedAt);
  return out;
}
