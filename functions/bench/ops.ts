/**
 * Firestore reads and writes per unit of work, counted the way Firestore bills them (every
 * document read or written; a query costs at least one read), against our local emulator.
 * Also times the monthly run to find where one invocation stops being enough, and counts the
 * same month fanned out one task per CC (the tasks run here one after another, since Cloud Tasks
 * cannot run locally; what a task costs does not depend on where it runs).
 *
 *   npx tsx functions/bench/ops.ts [complaintsPerYear=20000] [ccs=20]
 */
import { ForumMonth, generateYear, seededRandom } from '@buku/core/forum/index';
import { processComplaintChange, processLogEntry } from '../src/cases/process-case-change';
import { processNewComplaint } from '../src/intake/process-new-complaint';
import { computeCenterMonth, runMonthlyForum, type CenterMonthTask } from '../src/forum/fan-out';
import { stamp } from '../src/instants';
import { paths } from '../src/paths';
import { createComplaint, seedCenter } from '../test/support/fixtures';
import { startTestFirestore } from '../test/support/firestore';
import { seedNetwork } from '../test/support/network';

const total = Number(process.argv[2] ?? 20_000);
const ccCount = Number(process.argv[3] ?? 20);
const t = await startTestFirestore();
const { db, ops } = t;

function line(label: string, n: number, started: number) {
  const ms = performance.now() - started;
  console.log(
    `${label.padEnd(34)} ${String(n).padStart(6)} × | reads ${(ops.reads / n).toFixed(2).padStart(7)} | writes ${(
      ops.writes / n
    )
      .toFixed(2)
      .padStart(6)} | ${(ms / n).toFixed(1)} ms each`
  );
}

// 1. Intake, case changes and log entries, one at a time.
await seedCenter(db, 'sandik');
const N = 200;
for (let i = 0; i < N; i++) await createComplaint(db, 'sandik', `c${i}`);
ops.reset();
let started = performance.now();
for (let i = 0; i < N; i++) await processNewComplaint(db, 'sandik', `c${i}`, { eventId: `new-${i}` });
line('new complaint (intake)', N, started);

// The intake's own write comes back as an update event: bookkeeping only, nothing to do.
ops.reset();
started = performance.now();
for (let i = 0; i < N; i++) {
  const after = (await db.doc(paths.complaint('sandik', `c${i}`)).get()).data()!;
  ops.reads -= 1; // the bench's own read
  const { registerNumber: _n, deadlines: _d, updatedAt: _u, forumTraits: _f, ...before } = after;
  await processComplaintChange(db, 'sandik', `c${i}`, { eventId: `echo-${i}`, before, after });
}
line('intake echo (update trigger)', N, started);

ops.reset();
started = performance.now();
for (let i = 0; i < N; i++) {
  const ref = db.doc(paths.complaint('sandik', `c${i}`));
  const before = (await ref.get()).data()!;
  const after = { ...before, status: 'diverifikasi' };
  await ref.update({ status: 'diverifikasi' });
  ops.reads -= 1; // the bench's own read of `before`
  ops.writes -= 1; // the staff member's update, not the function's
  await processComplaintChange(db, 'sandik', `c${i}`, { eventId: `upd-${i}`, before, after });
}
line('status change (update trigger)', N, started);

ops.reset();
started = performance.now();
for (let i = 0; i < N; i++) {
  await db.doc(paths.logEntry('sandik', `c${i}`, 'l1')).set({
    at: stamp(new Date()),
    actorRole: 'moderator',
    type: 'pembaruan_publik',
    text: 'Berkas sudah kami teruskan ke Puskesmas.'
  });
  ops.writes -= 1; // the staff member's entry
  await processLogEntry(db, 'sandik', `c${i}`, 'l1', { eventId: `log-${i}` });
}
line('public log entry (log trigger)', N, started);

// 2. The monthly run over a generated year of a network.
await t.emulator.clear();
started = performance.now();
const network = await seedNetwork(db, { seed: 7, year: 2026, ccs: ccCount, total });
console.log(
  `\nseeded ${network.complaints} complaints in ${network.centers.length} CCs in ${((performance.now() - started) / 1000).toFixed(1)} s`
);

// The arithmetic alone (no Firestore), to see what the reads cost on top of it.
for (const month of ['2026-06', '2026-12']) {
  started = performance.now();
  const forum = new ForumMonth({ month });
  let fed = 0;
  for (const r of generateYear({ seed: 7, year: 2026, ccs: ccCount, total })) {
    forum.add(r);
    fed++;
  }
  forum.finish();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `core ForumMonth alone ${month}: ${fed} records in ${seconds.toFixed(2)} s → ${Math.round(fed / seconds)} records/s`
  );
}

const noQueue = async () => {
  throw new Error('the bench network is below the threshold: nothing is enqueued');
};
for (const month of ['2026-06', '2026-12']) {
  ops.reset();
  started = performance.now();
  // As the schedule runs it: the count queries decide, then the run in one go.
  const result = await runMonthlyForum(db, month, { enqueue: noQueue });
  const seconds = (performance.now() - started) / 1000;
  const perSecond = result.complaints / seconds;
  console.log(
    `monthly run (${result.mode}) ${month}: ${result.complaints} complaints read in ${result.centers} CCs, ` +
      `${seconds.toFixed(2)} s → ${Math.round(perSecond)} complaints/s; ` +
      `reads ${ops.reads} (${(ops.reads / result.complaints).toFixed(3)} per complaint), writes ${ops.writes}`
  );
  console.log(
    `  at this rate one invocation handles ~${Math.round((perSecond * 540) / 1000)}k complaints in 540 s, ` +
      `~${Math.round((perSecond * 3600) / 1000)}k in 3600 s`
  );
  ops.reset();
  started = performance.now();
  const again = await runMonthlyForum(db, month, { enqueue: noQueue });
  console.log(
    `  rerun: ${((performance.now() - started) / 1000).toFixed(2)} s, reads ${ops.reads}, writes ${ops.writes} (rewritten ${again.written})`
  );
}

// 3. The same months fanned out: the start (count queries, run document, enqueue), one task per
// CC (its book, its aggregate and partial, its done mark), and the ranking from the partials.
for (const month of ['2026-06', '2026-12']) {
  ops.reset();
  started = performance.now();
  const tasks: CenterMonthTask[] = [];
  const outcome = await runMonthlyForum(db, month, {
    fanOutAbove: 0,
    enqueue: async (task) => void tasks.push(task)
  });
  const start = { reads: ops.reads, writes: ops.writes, seconds: (performance.now() - started) / 1000 };
  // The order Cloud Tasks delivers in is not known: any order, here a shuffled one.
  const rand = seededRandom(3);
  const order = tasks.map((task) => ({ task, key: rand() })).sort((a, b) => a.key - b.key);
  ops.reset();
  let slowest = 0;
  let rankingTask = { reads: 0, writes: 0 };
  for (const { task } of order) {
    const before = { reads: ops.reads, writes: ops.writes };
    const taskStarted = performance.now();
    const done = await computeCenterMonth(db, task);
    slowest = Math.max(slowest, (performance.now() - taskStarted) / 1000);
    if (done.ranked) rankingTask = { reads: ops.reads - before.reads, writes: ops.writes - before.writes };
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `fanned out ${month}: ${outcome.complaints} complaints in ${tasks.length} tasks, ${seconds.toFixed(2)} s in all ` +
      `(slowest task ${slowest.toFixed(2)} s); start: reads ${start.reads}, writes ${start.writes} ` +
      `(${start.seconds.toFixed(2)} s); tasks: reads ${ops.reads} (${(ops.reads / outcome.complaints).toFixed(3)} per complaint), ` +
      `writes ${ops.writes}; the last task's share of it (ranking): reads ${rankingTask.reads}, writes ${rankingTask.writes}`
  );
  ops.reset();
  const again = await runMonthlyForum(db, month, {
    fanOutAbove: 0,
    enqueue: async (task) => void tasks.push(task)
  });
  const startAgain = { reads: ops.reads, writes: ops.writes };
  ops.reset();
  for (const task of tasks.slice(-again.centers)) await computeCenterMonth(db, task);
  console.log(
    `  rerun: start reads ${startAgain.reads}, writes ${startAgain.writes}; tasks reads ${ops.reads}, writes ${ops.writes}`
  );
  // A redelivered task: it reads the run document and stops.
  ops.reset();
  await computeCenterMonth(db, tasks[tasks.length - 1]!);
  console.log(`  a redelivered task: reads ${ops.reads}, writes ${ops.writes}`);
}

await t.stop();
