/**
 * Every Firestore document of the demo network, path by path, as load.ts writes it.
 *
 * Instants are stored as Firestore timestamps (docs/DATA-MODEL.md). What functions own —
 * register numbers (core), tracking views `tracking/{code}`, register counters, live case
 * counts, members mirrors and the monthly aggregates and ranking — is written directly by the
 * seed for now, through the same builders functions use (functions/src, over core), so the
 * documents look exactly as if the triggers and the monthly job had run. Once the stack delivers
 * triggers, the seed could write only complaints and logs and let functions do the rest.
 */
import { Timestamp } from 'firebase-admin/firestore';
import {
  ForumMonth,
  INDONESIAN_HOLIDAYS,
  STATUS_IDS,
  isTerminal,
  monthEndMs,
  weekendCalendar,
  type StatusId
} from '@buku/core';
import {
  publicLogEntryOf,
  storedTrackingView,
  trackingViewOf,
  withLogEntry
} from '../functions/src/cases/public-view';
import { forumRecordOf, forumTraitsOf } from '../functions/src/forum/forum-record';
import { storedAggregate, storedRanking } from '../functions/src/forum/monthly-forum';
import { stamp } from '../functions/src/instants';
import { paths } from '../functions/src/paths';
import {
  FIRST_MONTH,
  LAST_MONTH,
  SEED_NOW,
  demoComplaints,
  registerCounters,
  type SeededComplaint
} from './complaints';
import { ADMIN_UID, DEMO_ACCOUNTS, DEMO_CENTERS } from './network';
import { CC_MEETINGS, DEMO_POSTS, forumMeetings, type ForumIssueSummary } from './posts';

export interface SeedDocument {
  path: string;
  data: Record<string, unknown>;
}

type Data = Record<string, unknown>;

/** Firestore refuses `undefined`; optional fields that are absent are left out. */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Data = {};
    for (const [key, inner] of Object.entries(value))
      if (inner !== undefined) out[key] = withoutUndefined(inner);
    return out as T;
  }
  return value;
}

/** The months of the demo year, 'YYYY-MM'. */
export function demoMonths(): string[] {
  const months: string[] = [];
  for (let [y, m] = FIRST_MONTH.split('-').map(Number) as [number, number]; ;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key === LAST_MONTH) return months;
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
}

const COMPLAINT_INSTANTS = [
  'receivedAt',
  'statusChangedAt',
  'verifiedAt',
  'firstFollowUpAt',
  'closedAt',
  'awaitingReplySince',
  'updatedAt'
] as const;

/** The complaint document in core's form (ISO instants) with the fields stored beside it. */
export function complaintDataIso(c: SeededComplaint): Data {
  return withoutUndefined({ ...c.record, ...c.extra, forumTraits: forumTraitsOf(c.contact) });
}

/** The same, as stored: instants as timestamps. */
export function storedComplaint(c: SeededComplaint): Data {
  const data = complaintDataIso(c);
  for (const key of COMPLAINT_INSTANTS) if (typeof data[key] === 'string') data[key] = stamp(data[key]);
  const d = c.record.deadlines!;
  data.deadlines = {
    verifikasi: stamp(d.verifikasi),
    tindak_lanjut: stamp(d.tindak_lanjut),
    penyelesaian: stamp(d.penyelesaian)
  };
  return data;
}

/** The public tracking view, built as functions build it. */
export function trackingView(c: SeededComplaint, ccName: string): Data {
  let log = [] as ReturnType<typeof withLogEntry>;
  for (const entry of c.log) {
    const publicEntry = publicLogEntryOf(entry.id, entry.data);
    if (publicEntry) log = withLogEntry(log, publicEntry);
  }
  const view = trackingViewOf(complaintDataIso(c), { ccId: c.ccId, ccName, complaintId: c.id }, log);
  return withoutUndefined({ ...storedTrackingView(view), updatedAt: stamp(c.extra.updatedAt) });
}

export interface MonthlyResults {
  /** `centers/{cc}/monthly/{month}` and `forum/{month}` documents. */
  documents: SeedDocument[];
  topIssues: Map<string, ForumIssueSummary[]>;
}

/** Each month's per-CC aggregates and network ranking, computed as functions' monthly job does. */
export function monthlyResults(complaints: readonly SeededComplaint[]): MonthlyResults {
  const calendar = weekendCalendar(INDONESIAN_HOLIDAYS.map((h) => h.date));
  const records = complaints.map((c) => forumRecordOf(c.ccId, complaintDataIso(c))!);
  const documents: SeedDocument[] = [];
  const topIssues = new Map<string, ForumIssueSummary[]>();
  const computedAt = stamp(SEED_NOW);
  for (const month of demoMonths()) {
    const forum = new ForumMonth({ month, calendar, asOf: Date.parse(SEED_NOW) });
    for (const center of DEMO_CENTERS) forum.touch(center.id);
    const before = monthEndMs(month);
    let count = 0;
    for (const record of records) {
      if (Date.parse(String(record.receivedAt)) < before) {
        forum.add(record);
        count++;
      }
    }
    const result = forum.finish();
    for (const aggregate of result.aggregates)
      documents.push({
        path: paths.monthly(aggregate.ccId, month),
        data: { ...storedAggregate(aggregate), computedAt }
      });
    documents.push({
      path: paths.forum(month),
      data: { ...storedRanking(result.ranking, DEMO_CENTERS.length, count), computedAt }
    });
    topIssues.set(
      month,
      result.ranking.issues.slice(0, 3).map((issue) => ({
        sector: issue.sector,
        provider: issue.provider,
        score: issue.score,
        complaints: issue.facts.complaints,
        ccs: issue.facts.ccs
      }))
    );
  }
  return { documents, topIssues };
}

/** Live counts of a CC's cases by status, as the case triggers keep them. */
function caseCounts(complaints: readonly SeededComplaint[]): Data {
  const byStatus = Object.fromEntries(STATUS_IDS.map((s) => [s, 0])) as Record<StatusId, number>;
  for (const c of complaints) byStatus[c.record.status]++;
  const open = complaints.filter((c) => !isTerminal(c.record.status)).length;
  // Statuses never reached are left out, as increments would leave them.
  const reached = Object.fromEntries(Object.entries(byStatus).filter(([, n]) => n > 0));
  return { total: complaints.length, open, byStatus: reached, updatedAt: stamp(SEED_NOW) };
}

export interface DemoData {
  complaints: SeededComplaint[];
  documents: SeedDocument[];
}

/** The whole demo network as documents. Deterministic: fixed ids, fixed instants. */
export function demoDocuments(): DemoData {
  const complaints = demoComplaints();
  const documents: SeedDocument[] = [];
  const push = (path: string, data: Data) => documents.push({ path, data: withoutUndefined(data) });

  for (const center of DEMO_CENTERS) push(paths.center(center.id), { ...center.profile });
  const grantedAt = stamp('2025-12-01T01:00:00.000Z');
  for (const account of DEMO_ACCOUNTS) {
    if (!account.ccId || !account.role) continue;
    push(paths.member(account.ccId, account.uid), {
      uid: account.uid,
      role: account.role,
      email: account.email,
      displayName: account.displayName,
      grantedBy: ADMIN_UID,
      grantedAt
    });
  }

  for (const c of complaints) {
    const center = DEMO_CENTERS.find((x) => x.id === c.ccId)!;
    push(paths.complaint(c.ccId, c.id), storedComplaint(c));
    push(paths.contact(c.ccId, c.id), { ...c.contact });
    for (const entry of c.log)
      push(paths.logEntry(c.ccId, c.id, entry.id), { ...entry.data, at: stamp(entry.data.at) });
    push(paths.tracking(c.record.trackingCode), trackingView(c, center.profile.name));
  }

  for (const [ccId, years] of registerCounters(complaints))
    for (const [year, last] of years)
      push(paths.registerCounter(ccId, year), { last, year, updatedAt: stamp(SEED_NOW) });
  for (const center of DEMO_CENTERS)
    push(paths.caseCounts(center.id), caseCounts(complaints.filter((c) => c.ccId === center.id)));

  const monthly = monthlyResults(complaints);
  documents.push(...monthly.documents);

  for (const { id, createdAt, publishedAt, ...post } of DEMO_POSTS)
    push(`posts/${id}`, {
      ...post,
      createdAt: stamp(createdAt),
      ...(publishedAt ? { publishedAt: stamp(publishedAt) } : {})
    });
  for (const { id, ...meeting } of [...CC_MEETINGS, ...forumMeetings(monthly.topIssues, SEED_NOW)])
    push(`meetings/${id}`, meeting);

  return { complaints, documents };
}

/** Counts per collection path, ids left out (e.g. centers/{cc}/complaints), for the summary. */
export function countByCollection(documents: readonly SeedDocument[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { path } of documents) {
    const key = path
      .split('/')
      .slice(0, -1)
      .map((segment, i) => (i % 2 === 1 ? '*' : segment))
      .join('/');
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** For tests: a stored instant back to ISO. */
export const isoOfStored = (value: unknown) =>
  value instanceof Timestamp ? value.toDate().toISOString() : value;
