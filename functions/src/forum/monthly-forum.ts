/**
 * The monthly forum's numbers: per-CC aggregates `centers/{cc}/monthly/{yyyy-mm}` and the
 * network ranking `forum/{yyyy-mm}`, computed by core's ForumMonth in one streaming pass over
 * every CC's book, and stored de-identified (counts, village and provider names, no person).
 *
 * Idempotent: the same data gives the same documents, and a document whose content would not
 * change is not rewritten (so its computedAt keeps the first run's time). One invocation reads
 * every complaint received up to the end of the month; README.md says where that stops fitting
 * into one function run; fan-out.ts does the same work one task per CC beyond that.
 */
import type { DocumentSnapshot, Firestore, QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { INDONESIAN_HOLIDAYS } from '@buku/core';
import {
  addMonths,
  isMonthKey,
  monthEndMs,
  monthOfInstant,
  weekendCalendar,
  ForumMonth,
  type CcMonthlyAggregate,
  type ForumMonthOptions,
  type ForumRecord
} from '@buku/core/forum/index';
import type { RankingResult, RankingWeights } from '@buku/core/ranking/index';
import { auditEntry, newAuditRef } from '../audit';
import { stamp } from '../instants';
import { paths } from '../paths';
import { forumRecordOf } from './forum-record';

/** Complaints read per query page. */
export const PAGE_SIZE = 500;
/** The ranking stored on forum/{month} keeps this many issues (a document holds at most 1 MiB). */
export const STORED_ISSUES_LIMIT = 200;

export interface MonthlyRunOptions {
  now?: Date;
  /** Who asked: 'sistem' for the schedule, an admin's uid for the callable. */
  actor?: string;
  /** The CC ids when the caller has listed them already (saves listing them twice). */
  centers?: readonly string[];
}

export interface MonthlyRunResult {
  month: string;
  centers: number;
  complaints: number;
  /** Documents actually rewritten (unchanged ones are skipped). */
  written: number;
  issues: number;
}

/** The month before the one `now` falls in, in WITA: what the 1st-of-month schedule computes. */
export function previousMonth(now: Date): string {
  return addMonths(monthOfInstant(now.getTime()), -1);
}

/** Feeds every complaint of one CC received before `before` to `sink`, a page at a time. */
export async function readCenterRecords(
  db: Firestore,
  ccId: string,
  before: Date,
  sink: (record: ForumRecord) => void
): Promise<number> {
  let count = 0;
  let last: QueryDocumentSnapshot | undefined;
  for (;;) {
    let query = db
      .collection(paths.complaints(ccId))
      .where('receivedAt', '<', stamp(before))
      .orderBy('receivedAt')
      .limit(PAGE_SIZE);
    if (last) query = query.startAfter(last);
    const page = await query.get();
    for (const doc of page.docs) {
      const record = forumRecordOf(ccId, doc.data());
      if (record) {
        sink(record);
        count++;
      }
    }
    if (page.size < PAGE_SIZE) return count;
    last = page.docs[page.docs.length - 1];
  }
}

function sameContent(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether the stored document already holds exactly `content` (its computedAt aside). */
export function holdsContent(current: DocumentSnapshot, content: Record<string, unknown>): boolean {
  if (!current.exists) return false;
  const { computedAt: _computedAt, ...stored } = current.data() as Record<string, unknown>;
  return sameContent(canonical(stored), content);
}

/** Writes `content` (plus computedAt) unless the stored document already holds exactly it. */
async function writeIfChanged(db: Firestore, path: string, content: Record<string, unknown>, at: string) {
  const ref = db.doc(path);
  if (holdsContent(await ref.get(), content)) return false;
  await ref.set({ ...content, computedAt: stamp(at) });
  return true;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/** Firestore returns map fields in key order; compare and store them that way. */
function canonical<T>(value: T): Record<string, unknown> {
  return sortKeys(JSON.parse(JSON.stringify(value))) as Record<string, unknown>;
}

export function storedAggregate(aggregate: CcMonthlyAggregate): Record<string, unknown> {
  return canonical(aggregate);
}

export function storedRanking(
  ranking: RankingResult,
  centers: number,
  complaints: number
): Record<string, unknown> {
  return canonical({
    month: ranking.month,
    weights: ranking.weights,
    issueCount: ranking.issues.length,
    issues: ranking.issues.slice(0, STORED_ISSUES_LIMIT),
    centers,
    complaints
  });
}

export function assertMonth(month: string): void {
  if (!isMonthKey(month)) throw new Error(`Bulan tidak sah / invalid month: ${month} (YYYY-MM)`);
}

/** The network's ranking weights as the admins set them (config/ranking), or none. */
export async function readRankingWeights(db: Firestore): Promise<Partial<RankingWeights> | undefined> {
  const config = await db.doc('config/ranking').get();
  return (config.data()?.weights ?? undefined) as Partial<RankingWeights> | undefined;
}

/** What a month's run counts with: one definition, for the run in one go and for its shares. */
export function forumMonthOptions(
  month: string,
  asOf: number,
  weights: Partial<RankingWeights> | undefined
): ForumMonthOptions {
  return {
    month,
    calendar: weekendCalendar(INDONESIAN_HOLIDAYS.map((h) => h.date)),
    asOf,
    ...(weights ? { ranking: { weights } } : {})
  };
}

/** Every CC, by id (documents are listed in id order). */
export async function listCenters(db: Firestore): Promise<string[]> {
  return (await db.collection('centers').select().get()).docs.map((doc) => doc.id);
}

export async function computeMonthlyForum(
  db: Firestore,
  month: string,
  options: MonthlyRunOptions = {}
): Promise<MonthlyRunResult> {
  assertMonth(month);
  const now = options.now ?? new Date();
  const weights = await readRankingWeights(db);
  const forum = new ForumMonth(forumMonthOptions(month, now.getTime(), weights));
  const before = new Date(monthEndMs(month));
  const centers = options.centers ?? (await listCenters(db));
  let complaints = 0;
  for (const ccId of centers) {
    forum.touch(ccId);
    complaints += await readCenterRecords(db, ccId, before, (record) => forum.add(record));
  }
  const result = forum.finish();
  const at = now.toISOString();
  let written = 0;
  for (const aggregate of result.aggregates) {
    if (await writeIfChanged(db, paths.monthly(aggregate.ccId, month), storedAggregate(aggregate), at))
      written++;
  }
  if (
    await writeIfChanged(
      db,
      paths.forum(month),
      storedRanking(result.ranking, centers.length, complaints),
      at
    )
  )
    written++;
  await newAuditRef(db).set(
    auditEntry({
      at,
      action: 'forum.computed',
      actor: options.actor ?? 'sistem',
      details: { month, centers: centers.length, complaints, written }
    })
  );
  return { month, centers: centers.length, complaints, written, issues: result.ranking.issues.length };
}
