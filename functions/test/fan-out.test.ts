/**
 * The monthly run fanned out one task per CC (src/forum/fan-out.ts), against our emulator through
 * the admin SDK. Cloud Tasks cannot run here: the tests inject an `enqueue` that keeps the tasks,
 * and deliver them to the task handler (`computeCenterMonth`, what `forumCenterMonth` calls) in
 * whatever order, as often, and as interleaved as each test needs.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seededRandom } from '@buku/core/forum/index';
import {
  centerTaskId,
  computeCenterMonth,
  countBooks,
  DEFAULT_FAN_OUT_ABOVE,
  fanOutThreshold,
  rankFanOutRun,
  runMonthlyForum,
  type CenterMonthTask,
  type EnqueueCenterTask
} from '../src/forum/fan-out';
import { computeMonthlyForum } from '../src/forum/monthly-forum';
import { paths } from '../src/paths';
import { auditEntries, plain } from './support/fixtures';
import { startTestFirestore, type TestFirestore } from './support/firestore';
import { expectNoIsoInstants, expectTimestamps } from './support/instants';
import { seedNetwork, type SeededNetwork } from './support/network';

let t: TestFirestore;
beforeAll(async () => {
  t = await startTestFirestore();
});
afterAll(async () => {
  await t.stop();
});

const MONTH = '2026-06';
const NOW = new Date('2026-06-30T17:00:00.000Z'); // 1 July 2026, 01:00 WITA
let network: SeededNetwork;

beforeEach(async () => {
  await t.emulator.clear();
  network = await seedNetwork(t.db, { seed: 11, year: 2026, ccs: 5, total: 360, emptyCenters: ['cc-sepi'] });
});

/** An enqueue that keeps the tasks (and refuses a task id twice, as Cloud Tasks does). */
function capture() {
  const tasks: CenterMonthTask[] = [];
  const ids = new Set<string>();
  const enqueue: EnqueueCenterTask = async (task, id) => {
    if (ids.has(id)) throw Object.assign(new Error('task exists'), { code: 'functions/task-already-exists' });
    ids.add(id);
    tasks.push(task);
  };
  return { tasks, ids, enqueue };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const rand = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** What the forum page and the CCs read: every aggregate of the month and the ranking. */
async function results() {
  const out: Record<string, unknown> = {};
  for (const cc of network.centers) {
    out[cc] = plain((await t.db.doc(paths.monthly(cc, MONTH)).get()).data() ?? null);
  }
  out.forum = plain((await t.db.doc(paths.forum(MONTH)).get()).data() ?? null);
  return out;
}

/** Every document the run touches, the run's bookkeeping included. */
async function everything() {
  const out: Record<string, unknown> = await results();
  out.run = plain((await t.db.doc(paths.forumRun(MONTH)).get()).data() ?? null);
  const partials = await t.db.collection(paths.forumPartials(MONTH)).get();
  out.partials = partials.docs.map((d) => ({ id: d.id, ...plain(d.data()) }));
  out.audit = (await auditEntries(t.db)).map(plain);
  return out;
}

/** The reference: the same month computed in one go. */
async function inProcess() {
  const outcome = await runMonthlyForum(t.db, MONTH, { now: NOW, enqueue: capture().enqueue });
  expect(outcome.mode).toBe('in-process');
  return results();
}

async function fanOut() {
  const queue = capture();
  const outcome = await runMonthlyForum(t.db, MONTH, { now: NOW, fanOutAbove: 0, enqueue: queue.enqueue });
  expect(outcome).toMatchObject({ mode: 'fan-out', month: MONTH, centers: network.centers.length });
  if (outcome.mode !== 'fan-out') throw new Error('not fanned out');
  return { outcome, ...queue };
}

describe('the monthly run fanned out one task per CC', () => {
  it('enqueues one task per CC and ends in exactly the in-process aggregates and ranking', async () => {
    const expected = await inProcess();
    expect((expected.forum as { issueCount: number }).issueCount).toBeGreaterThan(5);
    await t.emulator.clear();
    network = await seedNetwork(t.db, {
      seed: 11,
      year: 2026,
      ccs: 5,
      total: 360,
      emptyCenters: ['cc-sepi']
    });

    const { outcome, tasks, ids } = await fanOut();
    expect(outcome.complaints).toBe(
      await countBooks(t.db, network.centers, new Date('2026-07-01T00:00:00+08:00'))
    );
    expect(tasks.map((task) => task.ccId).sort()).toEqual(network.centers);
    expect(ids.size).toBe(network.centers.length);
    for (const task of tasks) expect(ids.has(centerTaskId(task))).toBe(true);
    expect(new Set(tasks.map((task) => task.runId)).size).toBe(1);

    for (const task of tasks) expect((await computeCenterMonth(t.db, task)).status).toBe('computed');
    expect(await results()).toEqual(expected);
    // computedAt is the run's instant, as in one go; every stored instant is a timestamp.
    expectTimestamps((await t.db.doc(paths.forum(MONTH)).get()).data(), ['computedAt']);
    await expectNoIsoInstants(t.db);

    const audit = (await auditEntries(t.db)).filter((a) => a.action === 'forum.computed');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({
      month: MONTH,
      centers: network.centers.length,
      complaints: (expected.forum as { complaints: number }).complaints,
      written: network.centers.length + 1,
      fannedOut: true
    });
    // The partials are counts and names of CCs, villages and providers; no complaint or person.
    const text = JSON.stringify((await everything()).partials);
    for (const secret of ['chronology', 'Uraian', 'registerNumber', 'receivedAt'])
      expect(text).not.toContain(secret);
  });

  it('writes the ranking only when every CC is done', async () => {
    const { tasks } = await fanOut();
    const [last, ...first] = shuffled(tasks, 3);
    for (const task of first) {
      expect(await computeCenterMonth(t.db, task)).toEqual({ status: 'computed', ranked: false });
      expect((await t.db.doc(paths.forum(MONTH)).get()).exists).toBe(false);
    }
    const run = (await t.db.doc(paths.forumRun(MONTH)).get()).data()!;
    expect(run).toMatchObject({ remaining: 1, rankedAt: null });
    // Asked early, the ranking refuses: one CC is missing.
    expect(await rankFanOutRun(t.db, MONTH, String(run.runId))).toBe(false);
    expect((await t.db.doc(paths.forum(MONTH)).get()).exists).toBe(false);

    expect(await computeCenterMonth(t.db, last!)).toEqual({ status: 'computed', ranked: true });
    expect((await t.db.doc(paths.forum(MONTH)).get()).data()).toMatchObject({
      month: MONTH,
      centers: network.centers.length
    });
    expect((await t.db.doc(paths.forumRun(MONTH)).get()).data()).toMatchObject({ remaining: 0 });
  });

  it('changes nothing when a CC task is delivered again, or twice at once', async () => {
    const { tasks } = await fanOut();
    // Two deliveries of the same task at the same moment: one does the work, one finds it done.
    const doubled = await Promise.all([
      computeCenterMonth(t.db, tasks[0]!),
      computeCenterMonth(t.db, tasks[0]!)
    ]);
    expect(doubled.map((o) => o.status).sort()).toEqual(['computed', 'duplicate']);
    for (const task of tasks.slice(1)) await computeCenterMonth(t.db, task);
    const before = await everything();
    t.ops.reset();
    for (const task of shuffled(tasks, 9)) {
      expect(await computeCenterMonth(t.db, task)).toEqual({ status: 'duplicate', ranked: false });
    }
    expect(t.ops.writes).toBe(0);
    expect(await everything()).toEqual(before);
  });

  it('gives the same ranking whatever order the tasks run in', async () => {
    const expected = await inProcess();
    for (const seed of [1, 2, 3]) {
      await t.emulator.clear();
      network = await seedNetwork(t.db, {
        seed: 11,
        year: 2026,
        ccs: 5,
        total: 360,
        emptyCenters: ['cc-sepi']
      });
      const { tasks } = await fanOut();
      const order = seed === 1 ? [...tasks].reverse() : shuffled(tasks, seed);
      // Half of them at once, the rest one by one.
      const half = Math.ceil(order.length / 2);
      await Promise.all(order.slice(0, half).map((task) => computeCenterMonth(t.db, task)));
      for (const task of order.slice(half)) await computeCenterMonth(t.db, task);
      expect(await results()).toEqual(expected);
    }
  });

  it('gives the same result when run twice, rewriting nothing the second time', async () => {
    const first = await fanOut();
    for (const task of first.tasks) await computeCenterMonth(t.db, task);
    const once = await results();
    const second = await fanOut();
    expect(second.outcome.runId).not.toBe(first.outcome.runId);
    for (const task of second.tasks) await computeCenterMonth(t.db, task);
    expect(await results()).toEqual(once);
    const audit = (await auditEntries(t.db)).filter((a) => a.action === 'forum.computed');
    expect(audit.map((a) => (a.details as { written: number }).written).sort()).toEqual([
      0,
      network.centers.length + 1
    ]);
  });

  it('finishes the ranking on a redelivery when the last task stopped before ranking', async () => {
    const { tasks } = await fanOut();
    for (const task of tasks) await computeCenterMonth(t.db, task);
    const expected = await results();
    // As if the last task's invocation died between marking its CC done and writing the ranking.
    await t.db.doc(paths.forum(MONTH)).delete();
    await t.db.doc(paths.forumRun(MONTH)).update({ rankedAt: null });
    expect(await computeCenterMonth(t.db, tasks[2]!)).toEqual({ status: 'duplicate', ranked: true });
    expect(await results()).toEqual(expected);
  });

  it('ignores the tasks of a run that a newer run replaced', async () => {
    const old = await fanOut();
    await computeCenterMonth(t.db, old.tasks[0]!);
    const fresh = await fanOut();
    t.ops.reset();
    for (const task of old.tasks) {
      expect(await computeCenterMonth(t.db, task)).toEqual({ status: 'stale', ranked: false });
    }
    expect(t.ops.writes).toBe(0);
    expect((await t.db.doc(paths.forum(MONTH)).get()).exists).toBe(false);
    for (const task of fresh.tasks) await computeCenterMonth(t.db, task);
    // What the newer run wrote is what a run in one go writes: it finds nothing to rewrite.
    expect((await computeMonthlyForum(t.db, MONTH, { now: NOW })).written).toBe(0);
    // A task for a CC the run does not know, or a malformed one, does nothing or is refused.
    expect(await computeCenterMonth(t.db, { ...fresh.tasks[0]!, ccId: 'cc-lain' })).toEqual({
      status: 'stale',
      ranked: false
    });
    await expect(computeCenterMonth(t.db, { month: '2026-13', runId: 'x', ccId: 'y' })).rejects.toThrow();
  });

  it('runs in one go below the threshold, and an unfinished fan-out then gives way', async () => {
    const started = await fanOut();
    const queue = capture();
    const outcome = await runMonthlyForum(t.db, MONTH, { now: NOW, enqueue: queue.enqueue });
    expect(outcome).toMatchObject({ mode: 'in-process', centers: network.centers.length });
    expect(queue.tasks).toEqual([]);
    expect((await t.db.doc(paths.forumRun(MONTH)).get()).exists).toBe(false);
    const inOneGo = await results();
    for (const task of started.tasks) expect((await computeCenterMonth(t.db, task)).status).toBe('stale');
    expect(await results()).toEqual(inOneGo);
    // The threshold counts the books: at exactly their size it stays in one go, one below fans out.
    const booked = outcome.complaints;
    expect(
      (await runMonthlyForum(t.db, MONTH, { now: NOW, fanOutAbove: booked, enqueue: queue.enqueue })).mode
    ).toBe('in-process');
    expect(
      (await runMonthlyForum(t.db, MONTH, { now: NOW, fanOutAbove: booked - 1, enqueue: queue.enqueue })).mode
    ).toBe('fan-out');
  });

  it('takes the threshold from FORUM_FAN_OUT_ABOVE, else the measured default', () => {
    expect(DEFAULT_FAN_OUT_ABOVE).toBe(250_000);
    expect(fanOutThreshold({})).toBe(250_000);
    expect(fanOutThreshold({ FORUM_FAN_OUT_ABOVE: '1000' })).toBe(1000);
    expect(fanOutThreshold({ FORUM_FAN_OUT_ABOVE: '0' })).toBe(0);
    expect(fanOutThreshold({ FORUM_FAN_OUT_ABOVE: 'banyak' })).toBe(250_000);
    expect(fanOutThreshold({ FORUM_FAN_OUT_ABOVE: '-5' })).toBe(250_000);
  });
});
