/**
 * What one complaint contributes to the monthly forum: flat, de-identified (no name, contact,
 * address or story), so records can be pooled across CCs. Complainant traits appear only to be
 * counted. Timestamps are ISO 8601 strings (or epoch ms) and are read in WITA.
 */
import type {
  AgeGroupId,
  ChannelId,
  DisabilityId,
  GenderId,
  MaladministrationId,
  SectorId,
  UrgencyId
} from '../taxonomy/index';
import { TERMINAL_STATUSES, type StatusId } from '../workflow/states';

/** The workflow's statuses (core/src/workflow); closed ones end a case. */
export type ForumStatus = StatusId;
export const CLOSED_STATUSES: ReadonlySet<ForumStatus> = new Set<ForumStatus>(TERMINAL_STATUSES);

export type Instant = string | number;

export interface ForumRecord {
  /** The CC whose book holds the complaint. */
  ccId: string;
  receivedAt: Instant;
  sector: SectorId;
  /** Provider name as written; the ranking normalises it. */
  provider: string;
  maladministration?: MaladministrationId;
  channel?: ChannelId;
  desa: string;
  dusun?: string;
  /** Counted only; never identifying. Absent = not recorded. */
  gender?: GenderId;
  ageGroup?: AgeGroupId;
  /** Whether the complainant has a disability; absent = not recorded. */
  disability?: boolean;
  /** Kinds of disability, where recorded (implies `disability: true`). */
  disabilities?: readonly DisabilityId[];
  /** People affected by the problem, the complainant included; absent = 1. */
  peopleAffected?: number;
  urgency?: UrgencyId;
  status: ForumStatus;
  verifiedAt?: Instant;
  /** First follow-up action (ditindaklanjuti) or referral (dirujuk), whichever came first. */
  followedUpAt?: Instant;
  referredAt?: Instant;
  resolvedAt?: Instant;
  rejectedAt?: Instant;
  /** Closed without a reply from the complainant (ditutup_tanpa_tanggapan). */
  closedAt?: Instant;
  /**
   * Deadlines as computed by core/src/deadlines when the complaint was stored. When absent the
   * forum computes them from ForumDeadlines and the working-day calendar.
   */
  verifyDueAt?: Instant;
  followUpDueAt?: Instant;
  resolveDueAt?: Instant;
  /** Citizen's satisfaction 1 (very unhappy) … 5 (very satisfied), where recorded. */
  satisfaction?: number;
}
