/**
 * The exported trigger shells (src/index.ts) wired to their handlers, through
 * firebase-functions-test's `wrap`: the event's params and id reach the handler, and the
 * shell's own Firestore (db() from FIRESTORE_EMULATOR_HOST) is the emulator's.
 */
import functionsTest from 'firebase-functions-test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthOfInstant } from '@buku/core/forum/index';
import { runMonthlyForum, type CenterMonthTask } from '../src/forum/fan-out';
import { paths } from '../src/paths';
import { auditEntries, createComplaint, seedCenter, stamp } from './support/fixtures';
import { startTestFirestore, type TestFirestore } from './support/firestore';

let t: TestFirestore;
let ft: ReturnType<typeof functionsTest>;
let shells: typeof import('../src/index');

beforeAll(async () => {
  t = await startTestFirestore();
  // Set before the shells' Firestore is first used: db() reads it once.
  process.env.FIRESTORE_EMULATOR_HOST = `${t.emulator.host}:${t.emulator.port}`;
  process.env.GCLOUD_PROJECT = t.emulator.project;
  ft = functionsTest({ projectId: t.emulator.project });
  shells = await import('../src/index');
  await seedCenter(t.db, 'sandik');
});
afterAll(async () => {
  ft.cleanup();
  await t.stop();
});

describe('the trigger shells', () => {
  it('number a created complaint once, however often the event is delivered', async () => {
    const data = await createComplaint(t.db, 'sandik', 'c1');
    const created = ft.wrap(shells.onComplaintCreated);
    const event = {
      id: 'event-created-1',
      params: { cc: 'sandik', id: 'c1' },
      data: ft.firestore.makeDocumentSnapshot(data, paths.complaint('sandik', 'c1'))
    };
    await created(event);
    await created(event);
    const stored = (await t.db.doc(paths.complaint('sandik', 'c1')).get()).data()!;
    expect(stored.registerNumber).toMatch(/^001\/CC-SA\/[IVX]+\/\d{4}$/);
    expect(
      (await t.db.doc(paths.registerCounter('sandik', Number(stored.registerNumber.slice(-4)))).get()).data()
        ?.last
    ).toBe(1);
    expect((await auditEntries(t.db)).filter((a) => a.eventId === 'event-created-1')).toHaveLength(1);
  });

  it('pass a change and a log entry on to their handlers', async () => {
    const ref = t.db.doc(paths.complaint('sandik', 'c1'));
    const before = (await ref.get()).data()!;
    await ref.update({ status: 'diverifikasi' });
    const after = (await ref.get()).data()!;
    await ft.wrap(shells.onComplaintUpdated)({
      id: 'event-updated-1',
      params: { cc: 'sandik', id: 'c1' },
      data: ft.makeChange(
        ft.firestore.makeDocumentSnapshot(before, paths.complaint('sandik', 'c1')),
        ft.firestore.makeDocumentSnapshot(after, paths.complaint('sandik', 'c1'))
      )
    });
    const view = (await t.db.doc(paths.tracking(String(after.trackingCode))).get()).data()!;
    expect(view.status).toBe('diverifikasi');

    await t.db.doc(paths.logEntry('sandik', 'c1', 'l1')).set({
      at: stamp(Date.now() - 1000),
      actorRole: 'moderator',
      type: 'pembaruan_publik',
      text: 'Pengaduan sudah kami verifikasi.'
    });
    await ft.wrap(shells.onLogEntryCreated)({
      id: 'event-log-1',
      params: { cc: 'sandik', id: 'c1', entry: 'l1' },
      data: ft.firestore.makeDocumentSnapshot({}, paths.logEntry('sandik', 'c1', 'l1'))
    });
    const log = (await t.db.doc(paths.tracking(String(after.trackingCode))).get()).data()!.log;
    expect(log).toMatchObject([
      { id: 'l1', type: 'pembaruan_publik', text: 'Pengaduan sudah kami verifikasi.' }
    ]);
    const actions = (await auditEntries(t.db)).map((a) => a.action).sort();
    expect(actions).toEqual(['complaint.changed', 'complaint.numbered', 'log.added']);
  });

  it('pass a CC task of the fanned-out month to its handler, once in effect', async () => {
    // The tasks are kept here instead of going to Cloud Tasks, which cannot run in tests.
    const tasks: CenterMonthTask[] = [];
    // This month (WITA), which holds the complaint numbered above.
    const month = monthOfInstant(Date.now());
    await runMonthlyForum(t.db, month, {
      fanOutAbove: 0,
      enqueue: async (task) => void tasks.push(task)
    });
    expect(tasks.map((task) => task.ccId)).toEqual(['sandik']);
    const delivery = {
      data: tasks[0]!,
      queueName: 'forumCenterMonth',
      id: 'task-1',
      retryCount: 0,
      executionCount: 0,
      scheduledTime: new Date().toISOString()
    };
    await shells.forumCenterMonth.run(delivery);
    await shells.forumCenterMonth.run({ ...delivery, retryCount: 1, executionCount: 1 });
    expect((await t.db.doc(paths.forum(month)).get()).data()).toMatchObject({
      month,
      centers: 1,
      complaints: 1
    });
    expect((await t.db.doc(paths.monthly('sandik', month)).get()).data()).toMatchObject({ ccId: 'sandik' });
    const computed = (await auditEntries(t.db)).filter((a) => a.action === 'forum.computed');
    expect(computed).toHaveLength(1);
  });
});
