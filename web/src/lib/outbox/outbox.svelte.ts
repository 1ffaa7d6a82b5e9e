/**
 * The outbox of this page: one Outbox over IndexedDB, woken when the connection returns, when
 * the page becomes visible again, and by a timer set to the next retry. Its entries are
 * reactive state for "my complaints" and the sending screen.
 */
import { Outbox } from './outbox';
import { indexedDbOutboxStore } from './store';
import type { OutboxEntry, Sendable } from './types';

/** A safety net besides the exact timer: browsers throttle timers in background tabs. */
const SAFETY_INTERVAL_MS = 60_000;

let entries = $state<OutboxEntry[]>([]);
let loaded = $state(false);
let outbox: Outbox | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

export const outboxState = {
  get entries(): OutboxEntry[] {
    return entries;
  },
  /** False until IndexedDB has answered once. */
  get loaded(): boolean {
    return loaded;
  },
  get pending(): number {
    return entries.filter((entry) => entry.state === 'waiting' || entry.state === 'sending').length;
  }
};

/** The SDKs are loaded on the first send, not with the page. */
async function sendThroughFirestore(message: Sendable) {
  const [{ createComplaint }, { reporterUid }] = await Promise.all([
    import('$lib/firebase/firestore'),
    import('$lib/firebase/auth')
  ]);
  return createComplaint({ ...message, reporterUid: await reporterUid() });
}

/** Only one tab sends at a time; without Web Locks the id-based create still prevents doubles. */
function acrossTabs<T>(run: () => Promise<T>): Promise<T> {
  if (typeof navigator !== 'undefined' && navigator.locks) {
    return navigator.locks.request('buku-pengaduan-outbox', run) as Promise<T>;
  }
  return run();
}

async function schedule(box: Outbox) {
  clearTimeout(timer);
  const due = await box.nextDueAt();
  if (due === undefined) return;
  timer = setTimeout(() => void box.flush(), Math.max(0, due - Date.now()) + 50);
}

/** Starts the outbox once per page and returns it. */
export function startOutbox(): Outbox {
  if (outbox) return outbox;
  const box = new Outbox({
    store: indexedDbOutboxStore(),
    send: sendThroughFirestore,
    isOnline: () => navigator.onLine !== false,
    exclusive: acrossTabs,
    onChange: (list) => {
      entries = list;
      loaded = true;
      void schedule(box);
    }
  });
  outbox = box;

  const flushNow = () => void box.flush({ force: true });
  window.addEventListener('online', flushNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') flushNow();
  });
  setInterval(() => void box.flush(), SAFETY_INTERVAL_MS);

  void box
    .list()
    .then((list) => {
      entries = list;
      loaded = true;
    })
    .catch(() => {
      // No IndexedDB (some private modes): the page still works, nothing is queued.
      loaded = true;
    });
  // Whatever a closed tab left behind goes now.
  flushNow();
  return box;
}
