/**
 * Read-write transactions opened by beginTransaction or newTransaction (firebase-admin).
 * Reads lock documents the way Cloud Firestore's pessimistic transactions do: a second
 * transaction reading a locked document waits until the holder commits or rolls back, so
 * contending read-modify-write loops serialize instead of failing. A wait that would close
 * a cycle (deadlock) answers ABORTED, which the SDKs retry. As a safety net the commit also
 * checks that nothing read has changed since (a non-transactional write may have slipped
 * in), and answers ABORTED if it has.
 */
import { randomBytes } from 'node:crypto';
import { EmulatorError } from './errors';

export interface Transaction {
  id: string;
  key: string;
  readOnly: boolean;
  /** Document path → updateTime seen at the first read ('' when missing). */
  reads: Map<string, string>;
  lastActivity: number;
  aborted: boolean;
  waitingFor: string | null;
  /** Lock keys this transaction holds. */
  held: Set<string>;
}

/** An idle transaction this old loses its locks to anyone who asks (the client went away). */
const STALE_MS = 30_000;

export class TransactionManager {
  private readonly transactions = new Map<string, Transaction>();
  private readonly locks = new Map<string, string>();
  private readonly waiters = new Map<string, (() => void)[]>();

  begin(databaseKey: string, readOnly: boolean): Transaction {
    const id = randomBytes(16).toString('base64');
    const txn: Transaction = {
      id,
      key: databaseKey,
      readOnly,
      reads: new Map(),
      lastActivity: Date.now(),
      aborted: false,
      waitingFor: null,
      held: new Set()
    };
    this.transactions.set(id, txn);
    return txn;
  }

  get(databaseKey: string, id: string): Transaction {
    const txn = this.transactions.get(id);
    if (!txn || txn.key !== databaseKey) {
      throw new EmulatorError('INVALID_ARGUMENT', 'Transaction has expired or is unknown; retry it.');
    }
    if (txn.aborted) {
      this.end(txn);
      throw new EmulatorError(
        'ABORTED',
        'Transaction was aborted because another one needed its locks; retry it.'
      );
    }
    txn.lastActivity = Date.now();
    return txn;
  }

  /** Locks the documents for a read-write transaction, waiting for other holders. */
  async lock(txn: Transaction, paths: string[]): Promise<void> {
    if (txn.readOnly) return;
    for (const path of [...new Set(paths)].sort()) {
      const lockKey = `${txn.key}|${path}`;
      for (;;) {
        if (txn.aborted) throw new EmulatorError('ABORTED', 'Transaction was aborted; retry it.');
        const holderId = this.locks.get(lockKey);
        if (holderId === undefined || holderId === txn.id) {
          this.locks.set(lockKey, txn.id);
          txn.held.add(lockKey);
          break;
        }
        const holder = this.transactions.get(holderId);
        if (!holder || Date.now() - holder.lastActivity > STALE_MS) {
          if (holder) {
            holder.aborted = true;
            this.releaseLocks(holder);
          } else this.locks.delete(lockKey);
          continue;
        }
        if (this.wouldDeadlock(txn, holder)) {
          throw new EmulatorError('ABORTED', `Transaction lock contention on ${path}; retry it.`);
        }
        txn.waitingFor = holder.id;
        await new Promise<void>((resolve) => {
          const queue = this.waiters.get(lockKey) ?? [];
          queue.push(resolve);
          this.waiters.set(lockKey, queue);
          // Wake up now and then so a stale holder is noticed even if nobody releases.
          setTimeout(resolve, STALE_MS + 1000).unref();
        });
        txn.waitingFor = null;
      }
    }
  }

  private wouldDeadlock(txn: Transaction, holder: Transaction): boolean {
    let current: Transaction | undefined = holder;
    const seen = new Set<string>();
    while (current && current.waitingFor && !seen.has(current.id)) {
      if (current.waitingFor === txn.id) return true;
      seen.add(current.id);
      current = this.transactions.get(current.waitingFor);
    }
    return false;
  }

  recordRead(txn: Transaction, path: string, updateTime: string | null): void {
    if (!txn.reads.has(path)) txn.reads.set(path, updateTime ?? '');
  }

  end(txn: Transaction): void {
    this.transactions.delete(txn.id);
    this.releaseLocks(txn);
  }

  private releaseLocks(txn: Transaction): void {
    for (const lockKey of txn.held) {
      if (this.locks.get(lockKey) !== txn.id) continue;
      this.locks.delete(lockKey);
      const queue = this.waiters.get(lockKey);
      if (queue) {
        this.waiters.delete(lockKey);
        for (const wake of queue) wake();
      }
    }
    txn.held.clear();
  }

  /** Drops every transaction of one database (the data was cleared). */
  clear(databaseKey: string): void {
    for (const txn of [...this.transactions.values()]) {
      if (txn.key === databaseKey) {
        txn.aborted = true;
        this.end(txn);
      }
    }
  }
}
