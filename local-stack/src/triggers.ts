/**
 * Firestore triggers, delivered locally. The Functions emulator wires Firestore triggers only to
 * Google's Firestore emulator, so the stack listens to our emulator's document changes and calls
 * the same plain handlers the deployed `onDocumentCreated` / `onDocumentUpdated` shells call
 * (functions/src/index.ts), with an admin Firestore pointed at the emulator.
 *
 * Like Cloud Functions: at least once, retried on failure, each event with a stable id (the
 * handlers' audit marker makes a redelivery change nothing). Events of one complaint (the
 * complaint and its log entries) run one after another, in commit order; a handler that keeps
 * failing is logged and the stack carries on.
 */
import type { Firestore } from 'firebase-admin/firestore';
import type { DocumentChange, RunningEmulator } from '@buku/emulator';
import { processComplaintChange, processLogEntry } from '../../functions/src/cases/process-case-change';
import { processNewComplaint } from '../../functions/src/intake/process-new-complaint';
import { dataOf, timestampOf, type Data } from './values';

/** The handlers of functions/src/index.ts's three Firestore triggers. */
export interface TriggerHandlers {
  /** onComplaintCreated: `centers/{cc}/complaints/{id}` created. */
  complaintCreated(
    db: Firestore,
    cc: string,
    id: string,
    options: { eventId: string; createdAt: Date }
  ): Promise<unknown>;
  /** onComplaintUpdated: the same document updated. */
  complaintUpdated(
    db: Firestore,
    cc: string,
    id: string,
    options: { eventId: string; before: Data; after: Data }
  ): Promise<unknown>;
  /** onLogEntryCreated: `centers/{cc}/complaints/{id}/log/{entry}` created. */
  logEntryCreated(
    db: Firestore,
    cc: string,
    id: string,
    entry: string,
    options: { eventId: string }
  ): Promise<unknown>;
}

export const FUNCTION_HANDLERS: TriggerHandlers = {
  complaintCreated: processNewComplaint,
  complaintUpdated: processComplaintChange,
  logEntryCreated: processLogEntry
};

export type TriggerName = 'onComplaintCreated' | 'onComplaintUpdated' | 'onLogEntryCreated';

export interface TriggerEvent {
  trigger: TriggerName;
  eventId: string;
  cc: string;
  complaintId: string;
  entryId?: string;
  /** The document that changed. */
  path: string;
  change: DocumentChange;
}

/** Which deployed trigger a document change fires, if any (deletes fire none of ours). */
export function triggerEventOf(change: DocumentChange): TriggerEvent | undefined {
  const segments = change.path.split('/');
  if (segments[0] !== 'centers' || segments[2] !== 'complaints' || !change.after) return undefined;
  const [cc, complaintId] = [segments[1]!, segments[3]!];
  // Stable per change: a redelivery (or the start-up sweep) reuses it, so the handler skips it.
  const eventId = (trigger: TriggerName) =>
    `local:${change.project}:${trigger}:${change.path}@${change.after!.updateTime}`;
  if (segments.length === 4) {
    const trigger: TriggerName = change.before ? 'onComplaintUpdated' : 'onComplaintCreated';
    return { trigger, eventId: eventId(trigger), cc, complaintId, path: change.path, change };
  }
  if (segments.length === 6 && segments[4] === 'log' && !change.before) {
    const trigger: TriggerName = 'onLogEntryCreated';
    return {
      trigger,
      eventId: eventId(trigger),
      cc,
      complaintId,
      entryId: segments[5]!,
      path: change.path,
      change
    };
  }
  return undefined;
}

export interface DeliveryOptions {
  emulator: RunningEmulator;
  db: Firestore;
  /** Only this project's changes are delivered (the one the Functions emulator serves). */
  project: string;
  handlers?: TriggerHandlers;
  /** Attempts per event before it is given up (Cloud Functions retries for up to 7 days). */
  attempts?: number;
  /** Milliseconds before the first retry; doubled each time. */
  retryDelayMs?: number;
  log?: (line: string) => void;
  /** Called after each event is handled, with what the handler returned (or the last error). */
  onDelivered?: (event: TriggerEvent, outcome: { result?: unknown; error?: unknown }) => void;
}

export interface TriggerDelivery {
  /** Resolves when every event received so far has been handled. */
  idle(): Promise<void>;
  /**
   * Delivers the creation of complaints the intake never numbered (e.g. written while the stack
   * was down, or when it crashed before delivering). Returns how many were queued.
   */
  deliverMissedIntakes(): number;
  counts: { delivered: number; failed: number };
  /** Stops listening and waits for what is queued. */
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function deliverTriggers(options: DeliveryOptions): TriggerDelivery {
  const handlers = options.handlers ?? FUNCTION_HANDLERS;
  const attempts = options.attempts ?? 5;
  const retryDelayMs = options.retryDelayMs ?? 250;
  const log = options.log ?? ((line: string) => console.error(line));
  const queues = new Map<string, Promise<void>>();
  const counts = { delivered: 0, failed: 0 };

  const handle = (event: TriggerEvent): Promise<unknown> => {
    const { db } = options;
    const after = event.change.after!;
    switch (event.trigger) {
      case 'onComplaintCreated':
        return handlers.complaintCreated(db, event.cc, event.complaintId, {
          eventId: event.eventId,
          createdAt: timestampOf(after.createTime).toDate()
        });
      case 'onComplaintUpdated':
        return handlers.complaintUpdated(db, event.cc, event.complaintId, {
          eventId: event.eventId,
          before: dataOf(event.change.before!.fields),
          after: dataOf(after.fields)
        });
      case 'onLogEntryCreated':
        return handlers.logEntryCreated(db, event.cc, event.complaintId, event.entryId!, {
          eventId: event.eventId
        });
    }
  };

  const run = async (event: TriggerEvent): Promise<void> => {
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const result = await handle(event);
        counts.delivered++;
        options.onDelivered?.(event, { result });
        return;
      } catch (error) {
        lastError = error;
        if (attempt < attempts) await sleep(retryDelayMs * 2 ** (attempt - 1));
      }
    }
    counts.failed++;
    const message = lastError instanceof Error ? lastError.message : String(lastError);
    log(`✗ ${event.trigger} ${event.path} gagal / failed after ${attempts} attempts: ${message}`);
    options.onDelivered?.(event, { error: lastError });
  };

  const enqueue = (event: TriggerEvent): void => {
    // One complaint's events in order: its log entries and updates touch the same tracking view.
    const key = `centers/${event.cc}/complaints/${event.complaintId}`;
    const previous = queues.get(key) ?? Promise.resolve();
    const next = previous.then(() => run(event));
    queues.set(key, next);
    void next.finally(() => {
      if (queues.get(key) === next) queues.delete(key);
    });
  };

  const unsubscribe = options.emulator.onDocumentChange((change) => {
    if (change.project !== options.project || change.database !== '(default)') return;
    const event = triggerEventOf(change);
    if (event) enqueue(event);
  });

  const idle = async (): Promise<void> => {
    while (queues.size > 0) await Promise.all([...queues.values()]);
  };

  return {
    idle,
    counts,
    deliverMissedIntakes() {
      const db = options.emulator.service.store.database(options.project);
      let queued = 0;
      for (const doc of db.all()) {
        if (doc.fields.registerNumber) continue;
        const event = triggerEventOf({
          project: options.project,
          database: '(default)',
          path: doc.path,
          before: null,
          after: doc,
          commitTime: doc.updateTime
        });
        if (event?.trigger !== 'onComplaintCreated') continue;
        enqueue(event);
        queued++;
      }
      return queued;
    },
    async stop() {
      unsubscribe();
      await idle();
    }
  };
}
