/**
 * The outbox's logic, with sending replaced by a fake Firestore that "creates" documents in a
 * Map and can lose its answer, fail, or refuse. The IndexedDB store itself is tested in
 * store.test.ts (with fake-indexeddb); the real browser run against the emulator comes with the
 * Chromium tests.
 */
import { describe, expect, it } from 'vitest';
import { Outbox, RETRY_DELAYS_MS, retryDelay } from './outbox';
import type { NewOutboxEntry, OutboxEntry, OutboxStore, Sendable } from './types';

function memoryStore(initial: OutboxEntry[] = []): OutboxStore & { entries: Map<string, OutboxEntry> } {
  const entries = new Map(initial.map((entry) => [entry.id, structuredClone(entry)]));
  return {
    entries,
    all: async () => [...entries.values()].map((entry) => structuredClone(entry)),
    get: async (id) => structuredClone(entries.get(id)),
    put: async (entry) => {
      entries.set(entry.id, structuredClone(entry));
    }
  };
}

/** A Firestore stand-in: a create of an existing id answers ALREADY_EXISTS, like the real one. */
function fakeFirestore() {
  const documents = new Map<string, Sendable['payload']>();
  const calls: string[] = [];
  /** What the next calls do instead of answering normally, in order. */
  const script: ('lose-answer' | 'unavailable' | 'offline' | 'permission-denied')[] = [];
  async function send(entry: Sendable): Promise<'created'> {
    calls.push(entry.id);
    const step = script.shift();
    if (step === 'offline') throw new TypeError('Failed to fetch');
    if (step === 'unavailable')
      throw Object.assign(new Error('backend unavailable'), { code: 'unavailable' });
    if (step === 'permission-denied')
      throw Object.assign(new Error('Missing or insufficient permissions.'), { code: 'permission-denied' });
    if (documents.has(entry.id))
      throw Object.assign(new Error('Document already exists'), { code: 'already-exists' });
    documents.set(entry.id, entry.payload);
    if (step === 'lose-answer') throw new TypeError('network connection was lost');
    return 'created';
  }
  return { documents, calls, script, send };
}

function complaint(id: string): NewOutboxEntry {
  return {
    id,
    ccId: 'sandik',
    trackingCode: `CODE-${id}`,
    summary: { ccName: 'CC Saling Anton', sector: 'kesehatan', providerName: 'Puskesmas Meninting' },
    payload: {
      complaint: { sector: 'kesehatan', chronology: 'Obat tidak tersedia tiga kali berturut-turut.' },
      contact: { name: 'Inaq Sumiati', phone: '081234567890' }
    }
  };
}

function setup(options: { online?: boolean; initial?: OutboxEntry[] } = {}) {
  const clock = { now: 1_000_000, online: options.online ?? true };
  const store = memoryStore(options.initial);
  const firestore = fakeFirestore();
  const changes: OutboxEntry[][] = [];
  const outbox = new Outbox({
    store,
    send: firestore.send,
    now: () => clock.now,
    isOnline: () => clock.online,
    random: () => 0.5,
    onChange: (entries) => changes.push(entries)
  });
  return { clock, store, firestore, outbox, changes };
}

describe('Outbox', () => {
  it('stores the complaint before sending, then marks it sent and drops the personal data', async () => {
    const { store, firestore, outbox, changes } = setup();
    const added = await outbox.add(complaint('c1'));
    expect(added.state).toBe('waiting');
    await outbox.flush();

    expect(firestore.calls).toEqual(['c1']);
    expect(firestore.documents.get('c1')?.contact).toEqual({ name: 'Inaq Sumiati', phone: '081234567890' });
    const stored = store.entries.get('c1')!;
    expect(stored.state).toBe('sent');
    expect(stored.sentAt).toBe(1_000_000);
    expect(stored.attempts).toBe(1);
    expect(stored.payload).toBeUndefined();
    expect(stored.trackingCode).toBe('CODE-c1');
    expect(stored.summary.providerName).toBe('Puskesmas Meninting');
    // The page saw waiting → sending → sent.
    expect(changes.map((list) => list[0]!.state)).toEqual(['waiting', 'sending', 'sent']);
  });

  it('waits while offline and sends once when the connection returns', async () => {
    const { clock, store, firestore, outbox } = setup({ online: false });
    await outbox.add(complaint('c1'));
    await outbox.flush({ force: true });
    expect(firestore.calls).toEqual([]);
    expect(store.entries.get('c1')!.state).toBe('waiting');

    clock.online = true;
    await outbox.flush({ force: true });
    await outbox.flush({ force: true });
    expect(firestore.calls).toEqual(['c1']);
    expect(store.entries.get('c1')!.state).toBe('sent');
  });

  it('treats ALREADY_EXISTS after a lost answer as sent: one document, never two', async () => {
    const { store, firestore, outbox } = setup();
    firestore.script.push('lose-answer');
    await outbox.add(complaint('c1'));
    await outbox.flush();
    // The server has it, the phone does not know yet.
    expect(firestore.documents.size).toBe(1);
    expect(store.entries.get('c1')!.state).toBe('waiting');

    await outbox.flush({ force: true });
    expect(firestore.calls).toEqual(['c1', 'c1']);
    expect(firestore.documents.size).toBe(1);
    const stored = store.entries.get('c1')!;
    expect(stored.state).toBe('sent');
    expect(stored.attempts).toBe(2);
  });

  it('backs off after a network failure and retries when due', async () => {
    const { clock, store, firestore, outbox } = setup();
    firestore.script.push('offline', 'unavailable');
    await outbox.add(complaint('c1'));
    await outbox.flush();
    let stored = store.entries.get('c1')!;
    expect(stored.state).toBe('waiting');
    expect(stored.nextAttemptAt).toBe(1_000_000 + 5_000);
    expect(await outbox.nextDueAt()).toBe(1_005_000);

    clock.now += 4_999;
    await outbox.flush();
    expect(firestore.calls).toHaveLength(1);

    clock.now += 1;
    await outbox.flush();
    stored = store.entries.get('c1')!;
    expect(firestore.calls).toHaveLength(2);
    expect(stored.state).toBe('waiting');
    expect(stored.nextAttemptAt).toBe(clock.now + 15_000);

    clock.now += 15_000;
    await outbox.flush();
    expect(store.entries.get('c1')!.state).toBe('sent');
    expect(firestore.calls).toEqual(['c1', 'c1', 'c1']);
    expect(await outbox.nextDueAt()).toBeUndefined();
  });

  it('stops on a refusal, keeps the complaint, and can try again on request', async () => {
    const { store, firestore, outbox } = setup();
    firestore.script.push('permission-denied');
    await outbox.add(complaint('c1'));
    await outbox.flush();
    let stored = store.entries.get('c1')!;
    expect(stored.state).toBe('failed');
    expect(stored.failure).toBe('rejected');
    expect(stored.failureDetail).toBe('permission-denied: Missing or insufficient permissions.');
    expect(stored.payload?.contact).toEqual({ name: 'Inaq Sumiati', phone: '081234567890' });

    // A failed entry is not retried by the timer…
    await outbox.flush({ force: true });
    expect(firestore.calls).toEqual(['c1']);
    // …only when asked.
    await outbox.retry('c1');
    stored = store.entries.get('c1')!;
    expect(stored.state).toBe('sent');
    expect(stored.failure).toBeUndefined();
    expect(firestore.calls).toEqual(['c1', 'c1']);
  });

  it('keeps one entry and sends once when the same complaint is added twice', async () => {
    const { store, firestore, outbox } = setup();
    await Promise.all([outbox.add(complaint('c1')), outbox.add(complaint('c1'))]);
    await outbox.flush();
    expect(store.entries.size).toBe(1);
    expect(firestore.calls).toEqual(['c1']);
  });

  it('joins flushes that overlap instead of sending the same entry in parallel', async () => {
    const store = memoryStore();
    const calls: string[] = [];
    let release: () => void = () => undefined;
    const outbox = new Outbox({
      store,
      send: async (entry) => {
        calls.push(entry.id);
        await new Promise<void>((resolve) => (release = resolve));
        return 'created';
      }
    });
    await store.put({ ...complaint('c1'), createdAt: 1, state: 'waiting', attempts: 0 });
    const first = outbox.flush({ force: true });
    const second = outbox.flush({ force: true });
    const third = outbox.flush();
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    await Promise.all([first, second, third]);
    expect(calls).toEqual(['c1']);
    expect(store.entries.get('c1')!.state).toBe('sent');
  });

  it('resends an entry left "sending" by a tab closed mid-send, oldest first', async () => {
    const left: OutboxEntry = { ...complaint('old'), createdAt: 10, state: 'sending', attempts: 1 };
    const newer: OutboxEntry = { ...complaint('new'), createdAt: 20, state: 'waiting', attempts: 0 };
    const { firestore, store, outbox } = setup({ initial: [newer, left] });
    await outbox.flush({ force: true });
    expect(firestore.calls).toEqual(['old', 'new']);
    expect(store.entries.get('old')!.attempts).toBe(2);
    expect((await outbox.list()).map((entry) => [entry.id, entry.state])).toEqual([
      ['new', 'sent'],
      ['old', 'sent']
    ]);
  });

  it('stops the round after a network failure rather than hammering every entry', async () => {
    const a: OutboxEntry = { ...complaint('a'), createdAt: 1, state: 'waiting', attempts: 0 };
    const b: OutboxEntry = { ...complaint('b'), createdAt: 2, state: 'waiting', attempts: 0 };
    const { firestore, store, outbox } = setup({ initial: [a, b] });
    firestore.script.push('offline');
    await outbox.flush({ force: true });
    expect(firestore.calls).toEqual(['a']);
    expect(store.entries.get('b')!.attempts).toBe(0);
  });

  it('gives up on an attempt that hangs, and the retry finds the late arrival', async () => {
    const store = memoryStore();
    const arrived = new Set<string>();
    let calls = 0;
    const outbox = new Outbox({
      store,
      sendTimeoutMs: 20,
      random: () => 0.5,
      send: async (entry) => {
        calls += 1;
        if (calls === 1) {
          // Weak signal: the request reaches the server only after the phone stopped waiting.
          await new Promise((resolve) => setTimeout(resolve, 60));
          arrived.add(entry.id);
          return 'created';
        }
        return arrived.has(entry.id) ? 'already-existed' : 'created';
      }
    });
    await outbox.add(complaint('c1'));
    await outbox.flush();
    const waiting = store.entries.get('c1')!;
    expect(waiting.state).toBe('waiting');
    expect(waiting.nextAttemptAt).toBeGreaterThan(Date.now());

    await new Promise((resolve) => setTimeout(resolve, 80));
    await outbox.flush({ force: true });
    expect(store.entries.get('c1')!.state).toBe('sent');
    expect(arrived.size).toBe(1);
    expect(calls).toBe(2);
  });

  it('runs each drain inside the cross-tab lock', async () => {
    const order: string[] = [];
    const store = memoryStore([{ ...complaint('c1'), createdAt: 1, state: 'waiting', attempts: 0 }]);
    const outbox = new Outbox({
      store,
      send: async () => {
        order.push('send');
        return 'created';
      },
      exclusive: async (run) => {
        order.push('lock');
        const result = await run();
        order.push('unlock');
        return result;
      }
    });
    await outbox.flush();
    expect(order).toEqual(['lock', 'send', 'unlock']);
  });
});

describe('retryDelay', () => {
  it('grows from 5 s to 15 min and stays there, spread by ±20 %', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 50].map((n) => retryDelay(n, 0.5))).toEqual([
      5_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 900_000, 900_000
    ]);
    expect(retryDelay(1, 0)).toBe(4_000);
    expect(retryDelay(8, 0.999_999)).toBe(1_080_000);
    expect(RETRY_DELAYS_MS).toHaveLength(8);
  });
});
