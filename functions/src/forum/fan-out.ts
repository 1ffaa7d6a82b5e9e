/**
 * The monthly run for a network too big for one invocation: one Cloud Tasks task per CC, then
 * the ranking from the CCs' shares. The schedule and the admin's recompute call `runMonthlyForum`,
 * which counts the books first and runs in-process (monthly-forum.ts) up to the threshold.
 *
 * State lives in Firestore only (no memory survives an invocation):
 * - `forumRuns/{month}` — the run: its id, the instant it counts at (`asOf`), the weights read at
 *   the start, the CCs, which are done, how many remain. A new run replaces it; tasks of the
 *   replaced run then find another run id and do nothing.
 * - `forumRuns/{month}/partials/{cc}` — a CC's ranking partial (core's counts before scoring:
 *   CC, village and provider names and numbers, nobody's data), tagged with the run id.
 *
 * A CC task computes its aggregate and partial, then in one transaction checks the run is still
 * this one and the CC not yet done, writes both and marks the CC done. The task that leaves no CC
 * remaining merges the partials (core's `rankForumPartials`) and writes `forum/{month}` in a
 * transaction that again checks the run. A redelivered task finds its CC done and changes nothing
 * (it only finishes the ranking if a crash left it undone), so duplicates, retries and any order
 * of tasks end in the documents one in-process run writes.
 */
import { createHash } from 'node:crypto';
import { Timestamp, type DocumentSnapshot, type Firestore } from 'firebase-admin/firestore';
import { monthEndMs, rankForumPartials, ForumMonth } from '@buku/core/forum/index';
import { parseRankingPartial, type RankingPartial, type RankingWeights } from '@buku/core/ranking/index';
import { z } from 'zod';
import { auditEntry } from '../audit';
import { stamp } from '../instants';
import { paths } from '../paths';
import {
  assertMonth,
  computeMonthlyForum,
  forumMonthOptions,
  holdsContent,
  listCenters,
  readCenterRecords,
  readRankingWeights,
  storedAggregate,
  storedRanking,
  type MonthlyRunResult
} from './monthly-forum';

/**
 * Above this many complaints in the books (received up to the end of the month) the run fans out.
 * From the measurement in BENCHMARKS.md ("Cloud Functions"): ≈ 1,500 complaints/s at the slowest,
 * so ≈ 800,000 in a 540 s invocation, divided by 3 for Cloud Firestore's network latency.
 */
export const DEFAULT_FAN_OUT_ABOVE = 250_000;

/** The threshold from the environment (`FORUM_FAN_OUT_ABOVE` in functions/.env), else the default. */
export function fanOutThreshold(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.FORUM_FAN_OUT_ABOVE);
  return env.FORUM_FAN_OUT_ABOVE !== undefined && Number.isInteger(value) && value >= 0
    ? value
    : DEFAULT_FAN_OUT_ABOVE;
}

export const CenterMonthTaskSchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  runId: z.string().min(1),
  ccId: z.string().min(1)
});
export type CenterMonthTask = z.infer<typeof CenterMonthTaskSchema>;

/**
 * Puts one CC's task on the queue. In production a Cloud Tasks queue (src/index.ts); tests pass a
 * function that keeps the tasks and runs them through `computeCenterMonth` themselves, since Cloud
 * Tasks cannot run here. The same task id must not make a second task (Cloud Tasks refuses it).
 */
export type EnqueueCenterTask = (task: CenterMonthTask, taskId: string) => Promise<void>;

/** Hashed, as Cloud Tasks advises (sequential ids slow the queue); the same task, the same id. */
export function centerTaskId(task: CenterMonthTask): string {
  return createHash('sha256').update(`${task.month}/${task.runId}/${task.ccId}`).digest('hex').slice(0, 40);
}

interface ForumRun {
  month: string;
  runId: string;
  actor: string;
  asOf: Timestamp;
  weights: Partial<RankingWeights> | null;
  /** Every CC of the network when the run started, by id. */
  centers: string[];
  done: string[];
  remaining: number;
  /** Complaints read by the CCs done so far. */
  complaints: number;
  /** Documents rewritten so far (unchanged ones are skipped). */
  written: number;
  startedAt: Timestamp;
  rankedAt: Timestamp | null;
}

/** `complaints` is what the count queries found in the books; `written` and `issues` come later. */
export type FanOutRunResult = MonthlyRunResult & { mode: 'fan-out'; runId: string; tasks: number };
export type MonthlyForumOutcome = (MonthlyRunResult & { mode: 'in-process' }) | FanOutRunResult;

export interface MonthlyForumOptions {
  now?: Date;
  actor?: string;
  /** Complaints in the books above which the run fans out (default `fanOutThreshold()`). */
  fanOutAbove?: number;
  enqueue: EnqueueCenterTask;
}

const COUNT_CONCURRENCY = 20;
const ENQUEUE_CONCURRENCY = 50;

async function inChunks<T>(items: readonly T[], size: number, each: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(each));
}

/**
 * Complaints in the books of `centers` received before `before`, by count queries (billed one read
 * per 1,000 counted); stops once past `stopAbove`, which is all the decision needs.
 */
export async function countBooks(
  db: Firestore,
  centers: readonly string[],
  before: Date,
  stopAbove = Infinity
): Promise<number> {
  let total = 0;
  for (let i = 0; i < centers.length && total <= stopAbove; i += COUNT_CONCURRENCY) {
    const counts = await Promise.all(
      centers.slice(i, i + COUNT_CONCURRENCY).map(async (ccId) => {
        const query = db.collection(paths.complaints(ccId)).where('receivedAt', '<', stamp(before));
        return (await query.count().get()).data().count;
      })
    );
    for (const n of counts) total += n;
  }
  return total;
}

/**
 * The month's run, as the schedule and the admin's recompute start it: in this invocation when the
 * books are small enough, else one task per CC.
 */
export async function runMonthlyForum(
  db: Firestore,
  month: string,
  options: MonthlyForumOptions
): Promise<MonthlyForumOutcome> {
  assertMonth(month);
  const now = options.now ?? new Date();
  const actor = options.actor ?? 'sistem';
  const threshold = options.fanOutAbove ?? fanOutThreshold();
  const centers = await listCenters(db);
  const booked = await countBooks(db, centers, new Date(monthEndMs(month)), threshold);
  if (booked <= threshold) {
    await retireFanOutRun(db, month);
    const result = await computeMonthlyForum(db, month, { now, actor, centers });
    return { mode: 'in-process', ...result };
  }
  return startFanOut(db, month, centers, { now, actor, enqueue: options.enqueue, booked });
}

/** An unfinished fan-out of the month gives way to a run in one go: its tasks will do nothing. */
async function retireFanOutRun(db: Firestore, month: string): Promise<void> {
  const ref = db.doc(paths.forumRun(month));
  const run = await ref.get();
  if (run.exists && (run.data() as ForumRun).rankedAt === null) await ref.delete();
}

async function startFanOut(
  db: Firestore,
  month: string,
  centers: readonly string[],
  options: { now: Date; actor: string; enqueue: EnqueueCenterTask; booked: number }
): Promise<FanOutRunResult> {
  const weights = await readRankingWeights(db);
  const runId = db.collection('forumRuns').doc().id;
  const run: ForumRun = {
    month,
    runId,
    actor: options.actor,
    asOf: stamp(options.now),
    weights: weights ?? null,
    centers: [...centers].sort(),
    done: [],
    remaining: centers.length,
    complaints: 0,
    written: 0,
    startedAt: stamp(options.now),
    rankedAt: null
  };
  // Written before any task exists, so every task finds its run; it replaces an earlier run.
  await db.doc(paths.forumRun(month)).set(run);
  const tasks = run.centers.map((ccId): CenterMonthTask => ({ month, runId, ccId }));
  await inChunks(tasks, ENQUEUE_CONCURRENCY, (task) => options.enqueue(task, centerTaskId(task)));
  if (tasks.length === 0) await rankFanOutRun(db, month, runId);
  return {
    mode: 'fan-out',
    month,
    runId,
    centers: centers.length,
    complaints: options.booked,
    tasks: tasks.length,
    written: 0,
    issues: 0
  };
}

function runOf(snapshot: DocumentSnapshot): ForumRun | undefined {
  return snapshot.exists ? (snapshot.data() as ForumRun) : undefined;
}

export interface CenterMonthOutcome {
  /** computed: this delivery did the CC's work; duplicate: already done; stale: not this run's. */
  status: 'computed' | 'duplicate' | 'stale';
  /** Whether this delivery wrote the ranking's final state (the last CC, or a recovery). */
  ranked: boolean;
}

/** One CC's task: its aggregate and ranking partial, and the ranking when it is the last CC. */
export async function computeCenterMonth(db: Firestore, data: unknown): Promise<CenterMonthOutcome> {
  const task = CenterMonthTaskSchema.parse(data);
  const { month, runId, ccId } = task;
  const runRef = db.doc(paths.forumRun(month));
  const run = runOf(await runRef.get());
  if (!run || run.runId !== runId || !run.centers.includes(ccId)) return { status: 'stale', ranked: false };
  if (run.done.includes(ccId)) return { status: 'duplicate', ranked: await finishIfDue(db, run) };

  const forum = new ForumMonth(forumMonthOptions(month, run.asOf.toMillis(), run.weights ?? undefined));
  forum.touch(ccId);
  const complaints = await readCenterRecords(db, ccId, new Date(monthEndMs(month)), (r) => forum.add(r));
  const share = forum.finishPartial();
  const aggregate = share.aggregates.find((a) => a.ccId === ccId && a.month === month);
  if (!aggregate) throw new Error(`no aggregate for ${ccId} ${month}`);
  const content = storedAggregate(aggregate);

  const after = await db.runTransaction(async (tx) => {
    const current = runOf(await tx.get(runRef));
    if (!current || current.runId !== runId) return { status: 'stale' as const, run: current };
    if (current.done.includes(ccId)) return { status: 'duplicate' as const, run: current };
    const aggregateRef = db.doc(paths.monthly(ccId, month));
    const changed = !holdsContent(await tx.get(aggregateRef), content);
    if (changed) tx.set(aggregateRef, { ...content, computedAt: current.asOf });
    tx.set(db.doc(paths.forumPartial(month, ccId)), {
      month,
      runId,
      ccId,
      complaints,
      ranking: share.ranking
    });
    const done = [...current.done, ccId].sort();
    const next: ForumRun = {
      ...current,
      done,
      remaining: current.centers.length - done.length,
      complaints: current.complaints + complaints,
      written: current.written + (changed ? 1 : 0)
    };
    tx.update(runRef, {
      done: next.done,
      remaining: next.remaining,
      complaints: next.complaints,
      written: next.written
    });
    return { status: 'computed' as const, run: next };
  });
  if (after.status === 'stale' || !after.run) return { status: 'stale', ranked: false };
  return { status: after.status, ranked: await finishIfDue(db, after.run) };
}

async function finishIfDue(db: Firestore, run: ForumRun): Promise<boolean> {
  return run.remaining === 0 && run.rankedAt === null ? rankFanOutRun(db, run.month, run.runId) : false;
}

/**
 * The ranking of a fanned-out run from its CCs' partials, once every CC is done. Returns whether
 * this call recorded it (false when the run is not this one, not finished, or already ranked).
 */
export async function rankFanOutRun(db: Firestore, month: string, runId: string): Promise<boolean> {
  const runRef = db.doc(paths.forumRun(month));
  const run = runOf(await runRef.get());
  if (!run || run.runId !== runId || run.remaining > 0 || run.rankedAt !== null) return false;
  const stored = await db.collection(paths.forumPartials(month)).where('runId', '==', runId).get();
  const byCc = new Map<string, RankingPartial>();
  for (const doc of stored.docs) byCc.set(doc.id, parseRankingPartial(doc.data().ranking));
  const missing = run.centers.filter((cc) => !byCc.has(cc));
  // Cannot happen while partials are written with the CC's done mark; thrown so the task retries.
  if (missing.length > 0) throw new Error(`partials missing for ${missing.join(', ')} (${month} ${runId})`);
  const ranking = rankForumPartials(
    forumMonthOptions(month, run.asOf.toMillis(), run.weights ?? undefined),
    run.centers.map((cc) => byCc.get(cc)!)
  );
  const content = storedRanking(ranking, run.centers.length, run.complaints);

  return db.runTransaction(async (tx) => {
    const current = runOf(await tx.get(runRef));
    if (!current || current.runId !== runId || current.remaining > 0 || current.rankedAt !== null)
      return false;
    const forumRef = db.doc(paths.forum(month));
    const changed = !holdsContent(await tx.get(forumRef), content);
    if (changed) tx.set(forumRef, { ...content, computedAt: current.asOf });
    const written = current.written + (changed ? 1 : 0);
    tx.update(runRef, { rankedAt: Timestamp.now(), written });
    // Keyed by the run: one entry however often the ranking is attempted.
    tx.set(
      db.doc(paths.audit(`forum-${runId}`)),
      auditEntry({
        at: current.asOf.toDate().toISOString(),
        action: 'forum.computed',
        actor: current.actor,
        details: {
          month,
          centers: current.centers.length,
          complaints: current.complaints,
          written,
          runId,
          fannedOut: true
        }
      })
    );
    return true;
  });
}
