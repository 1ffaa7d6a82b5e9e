/**
 * Firestore reads and writes per unit of work, counted the way Firestore bills them (every
 * document read or written; a query costs at least one read), against our local emulator.
 * Also times the monthly run to find where one invocation stops being enough.
 *
 *   npx tsx functions/bench/ops.ts [complaintsPerYear=20000] [ccs=20]
 */
import { ForumMonth, generateYear } from '@buku/core/forum/index';
import { processComplaintChange, processLogEntry } from '../src/cases/process-case-change';
import { computeMonthlyForum } from '../src/forum/monthly-forum';
import { processNewComplaint } from '../src/intake/process-new-complaint';
import { stamp } from '../src/instants';
import { paths } from '../src/paths';
import { createComplaint, seedCenter } from '../test/support/fixtures';
import { startTestFirestore } from '../test/support/firestore';

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
const centers = new Set<string>();
let batch = db.batch();
let inBatch = 0;
let n = 0;
started = performance.now();
for (const r of generateYear({ seed: 7, year: 2026, ccs: ccCount, total })) {
  const iso = (v: string | number | undefined) => (v === undefined ? undefined : stamp(v));
  if (!centers.has(r.ccId)) {
    centers.add(r.ccId);
    batch.set(db.doc(paths.center(r.ccId)), { name: r.ccId, code: 'CC-X', active: true });
    inBatch++;
  }
  const doc = {
    ccId: r.ccId,
    sector: r.sector,
    providerName: r.provider,
    location: { desa: r.desa, ...(r.dusun ? { dusun: r.dusun } : {}) },
    ...(r.maladministration ? { maladministrationType: r.maladministration } : {}),
    ...(r.channel ? { channel: r.channel } : {}),
    peopleAffected: r.peopleAffected ?? 1,
    urgency: r.urgency ?? 'biasa',
    status: r.status,
    receivedAt: iso(r.receivedAt),
    ...(r.verifiedAt ? { verifiedAt: iso(r.verifiedAt) } : {}),
    ...(r.followedUpAt ? { firstFollowUpAt: iso(r.followedUpAt) } : {}),
    ...(r.resolvedAt || r.rejectedAt || r.closedAt
      ? { closedAt: iso(r.resolvedAt ?? r.rejectedAt ?? r.closedAt) }
      : {}),
    forumTraits: JSON.parse(
      JSON.stringify({
        gender: r.gender,
        ageGroup: r.ageGroup,
        disability: r.disability,
        disabilities: r.disabilities
      })
    ) as Record<string, unknown>,
    chronology: 'Uraian pengaduan untuk uji beban fungsi bulanan, tanpa data pribadi.',
    registerNumber: `${String(++n).padStart(3, '0')}/CC-X/I/2026`
  };
  batch.set(db.collection(paths.complaints(r.ccId)).doc(), doc);
  if (++inBatch >= 450) {
    await batch.commit();
    batch = db.batch();
    inBatch = 0;
  }
}
await batch.commit();
console.log(
  `\nseeded ${n} complaints in ${centers.size} CCs in ${((performance.now() - started) / 1000).toFixed(1)} s`
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

for (const month of ['2026-06', '2026-12']) {
  ops.reset();
  started = performance.now();
  const result = await computeMonthlyForum(db, month);
  const seconds = (performance.now() - started) / 1000;
  const perSecond = result.complaints / seconds;
  console.log(
    `monthly run ${month}: ${result.complaints} complaints read in ${result.centers} CCs, ` +
      `${seconds.toFixed(2)} s → ${Math.round(perSecond)} complaints/s; ` +
      `reads ${ops.reads} (${(ops.reads / result.complaints).toFixed(3)} per complaint), writes ${ops.writes}`
  );
  console.log(
    `  at this rate one invocation handles ~${Math.round((perSecond * 540) / 1000)}k complaints in 540 s, ` +
      `~${Math.round((perSecond * 3600) / 1000)}k in 3600 s`
  );
  ops.reset();
  started = performance.now();
  const again = await computeMonthlyForum(db, month);
  console.log(
    `  rerun: ${((performance.now() - started) / 1000).toFixed(2)} s, reads ${ops.reads}, writes ${ops.writes} (rewritten ${again.written})`
  );
}

await t.stop();
