/**
 * The outbox: complaints written on this phone wait here until Firestore has them.
 *
 * - An entry is stored before the first attempt, so a reload or a closed tab loses nothing.
 * - Each attempt creates the complaint under the id chosen on the device; an attempt whose
 *   answer was lost is retried and answers "already exists", which counts as sent. So a
 *   complaint is never stored twice, however often it is retried.
 * - Network trouble means "wait and retry" with growing, slightly random delays (a whole
 *   village coming back online should not retry in step); only a refusal that a retry cannot
 *   change marks the entry as failed.
 * - Sending is injected (`send`), so this logic is tested without Firestore.
 */
import { outcomeOfError, type SendOutcome } from './errors';
import type { NewOutboxEntry, OutboxEntry, OutboxStore, SendComplaint } from './types';

/** Delay before the n-th retry (the last one repeats): 5 s up to 15 min. */
export const RETRY_DELAYS_MS: readonly number[] = [
  5_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000
];

export interface OutboxOptions {
  store: OutboxStore;
  send: SendComplaint;
  now?: () => number;
  /** False when the browser knows it is offline: no attempt is made then. */
  isOnline?: () => boolean;
  /** 0 ≤ x < 1; spreads retries by ±20 %. */
  random?: () => number;
  /** Runs a drain exclusively across tabs (Web Locks in the browser). */
  exclusive?: <T>(run: () => Promise<T>) => Promise<T>;
  /** Called after every change of an entry, with all entries, newest first. */
  onChange?: (entries: OutboxEntry[]) => void;
  /**
   * An attempt still unanswered after this long counts as a network failure (weak signal can
   * leave a request hanging). Safe: if it did arrive, the retry finds the complaint there.
   */
  sendTimeoutMs?: number;
}

export const SEND_TIMEOUT_MS = 45_000;

class SendTimeout extends Error {
  readonly code = 'deadline-exceeded';
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SendTimeout(ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function retryDelay(attempts: number, random: number): number {
  const base = RETRY_DELAYS_MS[Math.min(Math.max(attempts, 1), RETRY_DELAYS_MS.length) - 1]!;
  return Math.round(base * (0.8 + 0.4 * random));
}

const newestFirst = (a: OutboxEntry, b: OutboxEntry) => b.createdAt - a.createdAt;
const oldestFirst = (a: OutboxEntry, b: OutboxEntry) => a.createdAt - b.createdAt;

/** Entries still to be sent: waiting ones, and 'sending' ones left by a tab that was closed mid-send. */
function isPending(entry: OutboxEntry): boolean {
  return entry.state === 'waiting' || entry.state === 'sending';
}

export class Outbox {
  readonly #store: OutboxStore;
  readonly #send: SendComplaint;
  readonly #now: () => number;
  readonly #isOnline: () => boolean;
  readonly #random: () => number;
  readonly #exclusive: <T>(run: () => Promise<T>) => Promise<T>;
  readonly #onChange: ((entries: OutboxEntry[]) => void) | undefined;
  readonly #sendTimeoutMs: number;
  #requested: { force: boolean } | undefined;
  #draining: Promise<void> | undefined;

  constructor(options: OutboxOptions) {
    this.#store = options.store;
    this.#send = options.send;
    this.#now = options.now ?? Date.now;
    this.#isOnline = options.isOnline ?? (() => true);
    this.#random = options.random ?? Math.random;
    this.#exclusive = options.exclusive ?? ((run) => run());
    this.#onChange = options.onChange;
    this.#sendTimeoutMs = options.sendTimeoutMs ?? SEND_TIMEOUT_MS;
  }

  /** Every entry, newest first. */
  async list(): Promise<OutboxEntry[]> {
    return (await this.#store.all()).sort(newestFirst);
  }

  /**
   * Keeps a new complaint and starts sending it. Adding the same id twice (a double tap on
   * "Kirim") keeps the first entry.
   */
  async add(input: NewOutboxEntry): Promise<OutboxEntry> {
    const existing = await this.#store.get(input.id);
    if (existing) return existing;
    const entry: OutboxEntry = { ...input, createdAt: this.#now(), state: 'waiting', attempts: 0 };
    await this.#store.put(entry);
    await this.#changed();
    void this.flush({ force: true });
    return entry;
  }

  /** Lets a failed entry try again (after the CC fixed what refused it, or the user insists). */
  async retry(id: string): Promise<void> {
    const entry = await this.#store.get(id);
    if (!entry || entry.state !== 'failed' || !entry.payload) return;
    const { failure: _failure, failureDetail: _detail, nextAttemptAt: _next, ...rest } = entry;
    await this.#store.put({ ...rest, state: 'waiting' });
    await this.#changed();
    await this.flush({ force: true });
  }

  /**
   * Sends what is due; `force` ignores the backoff (the connection just came back, the user
   * returned to the page or tapped "try now"). Calls made while a drain runs join it.
   */
  flush(options: { force?: boolean } = {}): Promise<void> {
    this.#requested = { force: (this.#requested?.force ?? false) || options.force === true };
    this.#draining ??= this.#drain().finally(() => {
      this.#draining = undefined;
    });
    return this.#draining;
  }

  /** When the next waiting entry is due (ms), for the page's timer; undefined if none waits. */
  async nextDueAt(): Promise<number | undefined> {
    const due = (await this.#store.all())
      .filter(isPending)
      .map((entry) => entry.nextAttemptAt ?? this.#now());
    return due.length > 0 ? Math.min(...due) : undefined;
  }

  async #drain(): Promise<void> {
    while (this.#requested) {
      const { force } = this.#requested;
      this.#requested = undefined;
      await this.#exclusive(() => this.#sendDue(force));
    }
  }

  async #sendDue(force: boolean): Promise<void> {
    // Read inside the lock: another tab may have sent some entries meanwhile.
    const pending = (await this.#store.all()).filter(isPending).sort(oldestFirst);
    for (const entry of pending) {
      if (!this.#isOnline()) return;
      if (!force && entry.nextAttemptAt !== undefined && entry.nextAttemptAt > this.#now()) continue;
      const outcome = await this.#sendOne(entry);
      // A network failure will most likely hit the next entry too: wait for the next chance.
      if (outcome.kind === 'retry') return;
    }
  }

  async #sendOne(entry: OutboxEntry): Promise<SendOutcome> {
    const { payload } = entry;
    if (!payload) {
      // Cannot happen through add(); an entry without its complaint cannot be sent.
      await this.#store.put({ ...entry, state: 'failed', failure: 'invalid', failureDetail: 'no payload' });
      await this.#changed();
      return { kind: 'failed', reason: 'invalid', detail: 'no payload' };
    }
    const attempt: OutboxEntry = {
      ...entry,
      state: 'sending',
      attempts: entry.attempts + 1,
      lastAttemptAt: this.#now()
    };
    await this.#store.put(attempt);
    await this.#changed();

    let outcome: SendOutcome;
    try {
      const message = { id: entry.id, ccId: entry.ccId, trackingCode: entry.trackingCode, payload };
      await withTimeout(this.#send(message), this.#sendTimeoutMs);
      outcome = { kind: 'sent' };
    } catch (error) {
      outcome = outcomeOfError(error);
    }

    const {
      payload: _payload,
      nextAttemptAt: _next,
      failure: _failure,
      failureDetail: _detail,
      ...base
    } = attempt;
    if (outcome.kind === 'sent') {
      await this.#store.put({ ...base, state: 'sent', sentAt: this.#now() });
    } else if (outcome.kind === 'retry') {
      const nextAttemptAt = this.#now() + retryDelay(attempt.attempts, this.#random());
      await this.#store.put({ ...base, payload, state: 'waiting', nextAttemptAt });
    } else {
      await this.#store.put({
        ...base,
        payload,
        state: 'failed',
        failure: outcome.reason,
        failureDetail: outcome.detail
      });
    }
    await this.#changed();
    return outcome;
  }

  async #changed(): Promise<void> {
    if (this.#onChange) this.#onChange(await this.list());
  }
}
