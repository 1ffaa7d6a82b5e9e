/**
 * Trigger delivery through the real handlers: what a browser writes into the local Firestore
 * (lite SDK, real firestore.rules) comes out numbered, with a tracking view, as in production.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app';
import {
  connectFirestoreEmulator,
  doc,
  getDoc,
  getFirestore,
  serverTimestamp,
  writeBatch,
  type Firestore as LiteFirestore
} from 'firebase/firestore/lite';
import { generateTrackingCode, registerNumberFor } from '@buku/core';
import type { DocumentChange } from '@buku/emulator';
import { ROOT } from '../src/config';
import { scheduleMonthlyForum } from '../src/monthly-schedule';
import { startLocalFirestore, type LocalFirestore } from '../src/firestore';
import { deliverTriggers, FUNCTION_HANDLERS, triggerEventOf, type TriggerDelivery } from '../src/triggers';
import { adminFirestore, SANDIK, WEB_CONTACT, webComplaint } from './support';

const PROJECT = 'demo-buku';
let dataDir: string;
let local: LocalFirestore;
let admin: ReturnType<typeof adminFirestore>;
let delivery: TriggerDelivery;
const apps: FirebaseApp[] = [];
const failures: string[] = [];

/** A browser's Firestore (lite SDK), signed out or with the given token claims. */
function browser(user?: { sub: string } & Record<string, unknown>): LiteFirestore {
  const app = initializeApp({ projectId: PROJECT, apiKey: 'demo' }, `browser-${apps.length}`);
  apps.push(app);
  const db = getFirestore(app);
  const { host, port } = local.emulator;
  connectFirestoreEmulator(db, host, port, user ? { mockUserToken: { ...user, user_id: user.sub } } : {});
  return db;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'buku-stack-'));
  local = await startLocalFirestore({
    port: 0,
    host: '127.0.0.1',
    project: PROJECT,
    rulesFile: join(ROOT, 'firestore.rules'),
    dataDir,
    saveEveryMs: 0,
    log: (line) => failures.push(line)
  });
  admin = adminFirestore(local.emulator);
});

beforeEach(async () => {
  await delivery?.stop();
  await local.emulator.clear();
  failures.length = 0;
  await admin.db.doc('centers/sandik').set(SANDIK);
  delivery = deliverTriggers({
    emulator: local.emulator,
    db: admin.db,
    project: PROJECT,
    log: (l) => failures.push(l)
  });
});

afterAll(async () => {
  await delivery?.stop();
  for (const app of apps) await deleteApp(app);
  await admin?.close();
  await local?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function fileComplaint(db: LiteFirestore, id: string, code = generateTrackingCode()): Promise<string> {
  const batch = writeBatch(db);
  batch.set(doc(db, `centers/sandik/complaints/${id}`), webComplaint(code));
  batch.set(doc(db, `centers/sandik/complaints/${id}/private/contact`), WEB_CONTACT);
  await batch.commit();
  return code;
}

describe('trigger delivery', () => {
  it('numbers a complaint filed from the browser and publishes its tracking view', async () => {
    const citizen = browser();
    const code = await fileComplaint(citizen, 'web-1');
    await delivery.idle();

    const stored = (await admin.db.doc('centers/sandik/complaints/web-1').get()).data()!;
    const receivedAt = stored.receivedAt.toDate() as Date;
    expect(stored.registerNumber).toBe(registerNumberFor(1, 'CC-SA', receivedAt));
    expect(stored.registerNumber).toMatch(/^001\/CC-SA\/[IVX]+\/\d{4}$/);
    expect(stored.status).toBe('diterima');
    expect(Object.keys(stored.deadlines).sort()).toEqual(['penyelesaian', 'tindak_lanjut', 'verifikasi']);
    expect(stored.forumTraits).toEqual({
      gender: 'laki_laki',
      ageGroup: '30_44',
      disability: true,
      disabilities: ['fisik']
    });

    // Anyone holding the code reads the view, through the rules; it carries nothing personal.
    const view = (await getDoc(doc(browser(), `tracking/${code}`))).data()!;
    expect(view).toMatchObject({
      code,
      ccId: 'sandik',
      ccName: 'CC Saling Anton',
      complaintId: 'web-1',
      registerNumber: stored.registerNumber,
      status: 'diterima',
      statusLabel: { id: 'Diterima', en: 'Received' },
      open: true
    });
    for (const personal of ['chronology', 'providerName', 'reporterUid', 'name', 'phone']) {
      expect(view).not.toHaveProperty(personal);
    }
    expect(delivery.counts.failed).toBe(0);
    expect(failures).toEqual([]);
  });

  it('numbers complaints of one CC consecutively when filed at once', async () => {
    const citizen = browser();
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((id) => fileComplaint(citizen, `many-${id}`)));
    await delivery.idle();
    const numbers = (await admin.db.collection('centers/sandik/complaints').get()).docs
      .map((d) => String(d.data().registerNumber).slice(0, 3))
      .sort();
    expect(numbers).toEqual(['001', '002', '003', '004', '005']);
  });

  it('carries a moderator’s status move and public log entry onto the tracking view', async () => {
    const code = await fileComplaint(browser(), 'web-2');
    await delivery.idle();

    const moderator = browser({ sub: 'mod-sandik', cc: { sandik: 'moderator' } });
    const batch = writeBatch(moderator);
    batch.update(doc(moderator, 'centers/sandik/complaints/web-2'), {
      status: 'diverifikasi',
      statusChangedAt: serverTimestamp(),
      statusEntryId: 'verif-1'
    });
    batch.set(doc(moderator, 'centers/sandik/complaints/web-2/log/verif-1'), {
      type: 'perubahan_status',
      from: 'diterima',
      to: 'diverifikasi',
      at: serverTimestamp(),
      actorUid: 'mod-sandik',
      actorRole: 'moderator',
      visibility: 'publik'
    });
    await batch.commit();
    await delivery.idle();

    const view = (await getDoc(doc(browser(), `tracking/${code}`))).data()!;
    expect(view.status).toBe('diverifikasi');
    expect(view.log).toEqual([
      expect.objectContaining({
        id: 'verif-1',
        type: 'perubahan_status',
        from: 'diterima',
        to: 'diverifikasi'
      })
    ]);
    const stored = (await admin.db.doc('centers/sandik/complaints/web-2').get()).data()!;
    expect(stored.verifiedAt).toBeDefined();
    expect(failures).toEqual([]);
  });

  it('changes nothing when the same change is delivered twice', async () => {
    await fileComplaint(browser(), 'twice');
    await delivery.idle();
    const before = (await admin.db.doc('centers/sandik/complaints/twice').get()).data()!;
    const counter = (
      await admin.db.doc(`centers/sandik/counters/${before.receivedAt.toDate().getFullYear()}`).get()
    ).data()!;

    // The start-up sweep skips numbered complaints; a forced redelivery of the create is a no-op.
    expect(delivery.deliverMissedIntakes()).toBe(0);
    const stored = local.emulator.service.store.database(PROJECT).get('centers/sandik/complaints/twice')!;
    const event = triggerEventOf({
      project: PROJECT,
      database: '(default)',
      path: stored.path,
      before: null,
      after: stored,
      commitTime: stored.updateTime
    });
    const result = await FUNCTION_HANDLERS.complaintCreated(admin.db, 'sandik', 'twice', {
      eventId: event!.eventId,
      createdAt: new Date()
    });
    expect(result).toEqual({ outcome: 'already_done' });
    const after = (await admin.db.doc('centers/sandik/complaints/twice').get()).data()!;
    expect(after.registerNumber).toBe(before.registerNumber);
    const counterAfter = (
      await admin.db.doc(`centers/sandik/counters/${before.receivedAt.toDate().getFullYear()}`).get()
    ).data()!;
    expect(counterAfter.last).toBe(counter.last);
  });

  it('numbers complaints written while no one was listening, at the next start', async () => {
    await delivery.stop();
    await fileComplaint(browser(), 'while-down');
    expect(
      (await admin.db.doc('centers/sandik/complaints/while-down').get()).data()!.registerNumber
    ).toBeUndefined();

    delivery = deliverTriggers({ emulator: local.emulator, db: admin.db, project: PROJECT });
    expect(delivery.deliverMissedIntakes()).toBe(1);
    await delivery.idle();
    expect((await admin.db.doc('centers/sandik/complaints/while-down').get()).data()!.registerNumber).toMatch(
      /^001\//
    );
  });

  it('logs a handler that keeps failing, retries it, and goes on with the next events', async () => {
    await delivery.stop();
    let calls = 0;
    delivery = deliverTriggers({
      emulator: local.emulator,
      db: admin.db,
      project: PROJECT,
      attempts: 3,
      retryDelayMs: 1,
      log: (line) => failures.push(line),
      handlers: {
        ...FUNCTION_HANDLERS,
        complaintCreated: async (db, cc, id, options) => {
          calls++;
          if (id === 'broken') throw new Error('boom');
          return FUNCTION_HANDLERS.complaintCreated(db, cc, id, options);
        }
      }
    });
    const citizen = browser();
    await fileComplaint(citizen, 'broken');
    await fileComplaint(citizen, 'fine');
    await delivery.idle();
    expect(calls).toBe(4);
    expect(delivery.counts.failed).toBe(1);
    expect(failures).toEqual([
      expect.stringMatching(/onComplaintCreated centers\/sandik\/complaints\/broken .*boom/)
    ]);
    expect((await admin.db.doc('centers/sandik/complaints/fine').get()).data()!.registerNumber).toMatch(
      /^001\//
    );
  });

  it('maps document changes to the deployed triggers only', () => {
    const stored = {
      path: '',
      fields: {},
      createTime: '2026-12-03T02:00:00.000001Z',
      updateTime: '2026-12-03T02:00:00.000001Z'
    };
    const change = (path: string, before: boolean, after = true): DocumentChange => ({
      project: PROJECT,
      database: '(default)',
      path,
      before: before ? { ...stored, path } : null,
      after: after ? { ...stored, path } : null,
      commitTime: stored.updateTime
    });
    expect(triggerEventOf(change('centers/sandik/complaints/x', false))?.trigger).toBe('onComplaintCreated');
    expect(triggerEventOf(change('centers/sandik/complaints/x', true))?.trigger).toBe('onComplaintUpdated');
    expect(triggerEventOf(change('centers/sandik/complaints/x/log/e1', false))).toMatchObject({
      trigger: 'onLogEntryCreated',
      cc: 'sandik',
      complaintId: 'x',
      entryId: 'e1'
    });
    expect(triggerEventOf(change('centers/sandik/complaints/x/log/e1', true))).toBeUndefined();
    expect(triggerEventOf(change('centers/sandik/complaints/x', true, false))).toBeUndefined();
    expect(triggerEventOf(change('centers/sandik/complaints/x/private/contact', false))).toBeUndefined();
    expect(triggerEventOf(change('centers/sandik', false))).toBeUndefined();
    expect(triggerEventOf(change('centers/sandik/complaints/x', false))?.eventId).toBe(
      `local:${PROJECT}:onComplaintCreated:centers/sandik/complaints/x@${stored.updateTime}`
    );
  });
});

describe('the monthly forum on the clock', () => {
  it('computes last month once, when its forum document is missing', async () => {
    await delivery.stop();
    const lines: string[] = [];
    // 2 December 2026, 00:30 WITA: November has just closed.
    const schedule = scheduleMonthlyForum(admin.db, {
      now: () => new Date('2026-12-01T16:30:00Z'),
      log: (line) => lines.push(line),
      everyMs: 3_600_000
    });
    expect(await schedule.check()).toBe('2026-11');
    expect((await admin.db.doc('forum/2026-11').get()).exists).toBe(true);
    expect(await schedule.check()).toBeUndefined();
    schedule.stop();
    expect(lines).toEqual([expect.stringMatching(/^• Forum bulanan \/ monthly forum 2026-11 dihitung/)]);
  });
});
