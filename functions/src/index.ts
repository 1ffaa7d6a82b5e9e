/**
 * The Cloud Functions of Buku Pengaduan. Each export is a thin shell: it takes what the event or
 * the call carries and hands it to a plain function (tested on its own against the emulator).
 */
import { monthOfInstant } from '@buku/core/forum/time';
import { onDocumentCreated, onDocumentUpdated } from 'firebase-functions/v2/firestore';
import { onCall, type CallableRequest } from 'firebase-functions/v2/https';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { onTaskDispatched } from 'firebase-functions/v2/tasks';
import { setGlobalOptions } from 'firebase-functions/v2';
import { getFunctions } from 'firebase-admin/functions';
import { processComplaintChange, processLogEntry } from './cases/process-case-change';
import { authDirectory } from './directory';
import { app, db } from './firestore';
import {
  computeCenterMonth,
  runMonthlyForum,
  type CenterMonthTask,
  type EnqueueCenterTask
} from './forum/fan-out';
import { previousMonth } from './forum/monthly-forum';
import * as book from './import/import-book';
import { processNewComplaint } from './intake/process-new-complaint';
import { REFUSALS } from './refusals';
import { roleClaimsOf } from './roles/authority';
import * as roles from './roles/manage-roles';
import { z } from 'zod';

/**
 * Jakarta, the region nearest Lombok. Firestore triggers must run where the database is: create
 * the Firestore database in this region too (or change both). The web app calls the callables
 * with this region.
 */
const REGION = 'asia-southeast2';
setGlobalOptions({ region: REGION, maxInstances: 10 });

const COMPLAINT = 'centers/{cc}/complaints/{id}';

/** Retried on failure: every handler is idempotent, so a redelivery is harmless. */
export const onComplaintCreated = onDocumentCreated({ document: COMPLAINT, retry: true }, async (event) => {
  const createdAt = event.data?.createTime?.toDate();
  await processNewComplaint(db(), event.params.cc, event.params.id, {
    eventId: event.id,
    ...(createdAt ? { createdAt } : {})
  });
});

export const onComplaintUpdated = onDocumentUpdated({ document: COMPLAINT, retry: true }, async (event) => {
  await processComplaintChange(db(), event.params.cc, event.params.id, {
    eventId: event.id,
    ...(event.data ? { before: event.data.before.data(), after: event.data.after.data() } : {})
  });
});

export const onLogEntryCreated = onDocumentCreated(
  { document: `${COMPLAINT}/log/{entry}`, retry: true },
  async (event) => {
    await processLogEntry(db(), event.params.cc, event.params.id, event.params.entry, { eventId: event.id });
  }
);

function callerOf(request: CallableRequest): roles.Caller | undefined {
  return request.auth ? { uid: request.auth.uid } : undefined;
}

const roleDeps = () => ({ db: db(), directory: authDirectory() });

export const inviteMember = onCall((request) =>
  roles.inviteMember(roleDeps(), callerOf(request), request.data)
);
export const grantRole = onCall((request) => roles.grantRole(roleDeps(), callerOf(request), request.data));
export const revokeRole = onCall((request) => roles.revokeRole(roleDeps(), callerOf(request), request.data));

export const importBook = onCall({ timeoutSeconds: 540, memory: '512MiB' }, (request) =>
  book.importBook(roleDeps(), callerOf(request), request.data)
);

/** The task queue function of the fanned-out monthly run: one task per CC (forum/fan-out.ts). */
const CENTER_MONTH_FUNCTION = 'forumCenterMonth';

/** Cloud Tasks onto the queue of `forumCenterMonth`; a task id already used is the same task. */
function enqueueCenterTask(): EnqueueCenterTask {
  const queue = getFunctions(app()).taskQueue<CenterMonthTask>(
    `locations/${REGION}/functions/${CENTER_MONTH_FUNCTION}`
  );
  return async (task, id) => {
    try {
      await queue.enqueue(task, { id, dispatchDeadlineSeconds: 1800 });
    } catch (error) {
      if ((error as { code?: string }).code === 'functions/task-already-exists') return;
      throw error;
    }
  };
}

/** 1st of every month, 01:00 WITA: last month's aggregates and ranking (fanned out when large). */
export const monthlyForum = onSchedule(
  { schedule: '0 1 1 * *', timeZone: 'Asia/Makassar', timeoutSeconds: 540, memory: '1GiB', retryCount: 3 },
  async (event) => {
    // The scheduled time, not the clock: a retry at 01:20 still computes the same month.
    const scheduled = event.scheduleTime ? new Date(event.scheduleTime) : new Date();
    await runMonthlyForum(db(), previousMonth(Number.isNaN(scheduled.getTime()) ? new Date() : scheduled), {
      enqueue: enqueueCenterTask()
    });
  }
);

/**
 * One CC's month of a fanned-out run. Retried with backoff (a task is idempotent: a redelivery
 * changes nothing); the rate limits keep the run's progress document and Firestore unhurried.
 */
export const forumCenterMonth = onTaskDispatched<CenterMonthTask>(
  {
    retryConfig: { maxAttempts: 8, minBackoffSeconds: 30, maxBackoffSeconds: 900, maxDoublings: 4 },
    rateLimits: { maxConcurrentDispatches: 20, maxDispatchesPerSecond: 5 },
    timeoutSeconds: 1800,
    memory: '1GiB'
  },
  async (request) => {
    await computeCenterMonth(db(), request.data);
  }
);

const MonthInput = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) });

/** Admins (re)compute any month on demand, e.g. after a late import. */
export const recomputeMonth = onCall({ timeoutSeconds: 540, memory: '1GiB' }, async (request) => {
  const caller = callerOf(request);
  if (!caller) throw REFUSALS.signedOut();
  if (!roleClaimsOf(request.auth?.token).admin) throw REFUSALS.adminOnly();
  const { month } = roles.parseInput(MonthInput, request.data);
  // A month that has not begun would publish a ranking of nothing (or of mistyped dates).
  const current = monthOfInstant(Date.now());
  if (month > current) throw REFUSALS.futureMonth(month, current);
  return runMonthlyForum(db(), month, { actor: caller.uid, enqueue: enqueueCenterTask() });
});
