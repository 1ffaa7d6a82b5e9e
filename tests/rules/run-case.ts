/**
 * One row of the rules table, and how it is run: reset the world, let the actor try the
 * operation through the lite SDK, then check the outcome. An allowed read must return what
 * the owner sees; an allowed write must leave exactly the data sent; a denied request must
 * fail with 'permission-denied' and leave every document it touched as it was.
 */
import { expect } from 'vitest';
import {
  FieldValue,
  type FirestoreError,
  collection,
  collectionGroup,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  runTransaction,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
  writeBatch,
  type DocumentData,
  type Firestore,
  type Query,
  type QueryConstraint,
  type WhereFilterOp
} from 'firebase/firestore/lite';
import type { Firestore as AdminFirestore, Query as AdminQuery } from 'firebase-admin/firestore';
import type { ActorName } from './actors';
import { baseWorld, type Data } from './fixtures';
import type { RulesWorld, Seed } from './harness';

export type Write = { set: string; data: Data } | { update: string; data: Data } | { delete: string };

export interface ListQuery {
  /** A collection path, or a collection id when `group` is set. */
  list: string;
  group?: boolean;
  where?: [string, WhereFilterOp, unknown][];
  orderBy?: [string, 'asc' | 'desc'][];
  limit?: number;
  /** How many documents an allowed query returns (default: what the owner gets, at least one). */
  count?: number;
}

/** What the web app's createComplaint does: read the id, then write in the same transaction. */
export interface TransactionOp {
  transaction: { read: string; writes: Write[] };
}

export type Operation = { get: string } | ListQuery | Write | { batch: Write[] } | TransactionOp;

export interface RulesCase {
  name: string;
  actor: ActorName;
  /** Documents added to (or replacing those of) the base world; null removes one. */
  seed?: Record<string, Data | null>;
  op: Operation;
  expect: 'allow' | 'deny';
}

function writesOf(op: Operation): Write[] {
  if ('batch' in op) return op.batch;
  if ('transaction' in op) return op.transaction.writes;
  if ('set' in op || 'update' in op || 'delete' in op) return [op];
  return [];
}

function pathOf(write: Write): string {
  return 'set' in write ? write.set : 'update' in write ? write.update : write.delete;
}

/** Values as comparable JSON: timestamps of either SDK (and Dates) become {timestamp: ms}. */
export function plain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return { timestamp: value.getTime() };
  if ('toMillis' in value && typeof value.toMillis === 'function')
    return { timestamp: value.toMillis() as number };
  if (Array.isArray(value)) return value.map(plain);
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
}

const SERVER_TIME = serverTimestamp();
const STAMPED = { timestamp: expect.any(Number) };

/** A value as the owner reads it back: server time inside a map (e.g. networkShare.at) stamped too. */
function expectedValue(value: unknown): unknown {
  if (value instanceof FieldValue && value.isEqual(SERVER_TIME)) return STAMPED;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, expectedValue(inner)]));
  return plain(value);
}

/** What the owner must read after `data` was written: sentinels resolved, deletes applied. */
function expectedAfterWrite(before: Data | undefined, data: Data, merge: boolean): Data {
  const result: Data = merge ? { ...(before ?? {}) } : {};
  for (const [key, value] of Object.entries(data)) {
    if (key.includes('.')) throw new Error(`table cases write top-level keys only, not '${key}'`);
    if (value instanceof FieldValue && !value.isEqual(SERVER_TIME)) delete result[key];
    else result[key] = expectedValue(value);
  }
  return result;
}

async function ownerRead(owner: AdminFirestore, path: string): Promise<Data | undefined> {
  const snapshot = await owner.doc(path).get();
  return snapshot.exists ? (plain(snapshot.data()) as Data) : undefined;
}

function clientQuery(db: Firestore, q: ListQuery): Query<DocumentData> {
  const constraints: QueryConstraint[] = [
    ...(q.where ?? []).map(([field, op, value]) => where(field, op, value)),
    ...(q.orderBy ?? []).map(([field, direction]) => orderBy(field, direction)),
    ...(q.limit === undefined ? [] : [limit(q.limit)])
  ];
  return query(q.group ? collectionGroup(db, q.list) : collection(db, q.list), ...constraints);
}

function ownerQuery(owner: AdminFirestore, q: ListQuery): AdminQuery {
  let result: AdminQuery = q.group ? owner.collectionGroup(q.list) : owner.collection(q.list);
  for (const [field, op, value] of q.where ?? []) result = result.where(field, op, value);
  for (const [field, direction] of q.orderBy ?? []) result = result.orderBy(field, direction);
  if (q.limit !== undefined) result = result.limit(q.limit);
  return result;
}

async function perform(db: Firestore, op: Operation): Promise<unknown> {
  if ('get' in op) return getDoc(doc(db, op.get));
  if ('list' in op) return getDocs(clientQuery(db, op));
  if ('set' in op) return setDoc(doc(db, op.set), op.data);
  if ('update' in op) return updateDoc(doc(db, op.update), op.data);
  if ('delete' in op) return deleteDoc(doc(db, op.delete));
  if ('transaction' in op) {
    const { read, writes } = op.transaction;
    return runTransaction(
      db,
      async (transaction) => {
        await transaction.get(doc(db, read));
        for (const write of writes) {
          if ('set' in write) transaction.set(doc(db, write.set), write.data);
          else if ('update' in write) transaction.update(doc(db, write.update), write.data);
          else transaction.delete(doc(db, write.delete));
        }
      },
      { maxAttempts: 1 }
    );
  }
  const batch = writeBatch(db);
  for (const write of op.batch) {
    if ('set' in write) batch.set(doc(db, write.set), write.data);
    else if ('update' in write) batch.update(doc(db, write.update), write.data);
    else batch.delete(doc(db, write.delete));
  }
  return batch.commit();
}

export function worldFor(rulesCase: RulesCase): Seed {
  const seed = baseWorld();
  for (const [path, data] of Object.entries(rulesCase.seed ?? {})) {
    if (data === null) delete seed[path];
    else seed[path] = data;
  }
  return seed;
}

export async function runCase(world: RulesWorld, rulesCase: RulesCase): Promise<void> {
  await world.reset(worldFor(rulesCase));
  const db = world.as(rulesCase.actor);
  const { op } = rulesCase;
  const writes = writesOf(op);
  const before = new Map<string, Data | undefined>();
  for (const write of writes) before.set(pathOf(write), await ownerRead(world.owner, pathOf(write)));

  let outcome: unknown;
  let failure: unknown = null;
  try {
    outcome = await perform(db, op);
  } catch (error) {
    failure = error;
  }

  // BUKU_RULES_DEBUG=1 prints why each denied request was denied (the deciding rule).
  if (process.env.BUKU_RULES_DEBUG && failure) console.log(`${rulesCase.name}: ${String(failure)}`);
  if (rulesCase.expect === 'deny') {
    // Compared by code: vitest may load the SDK's error class twice (ESM and CJS builds).
    expect(failure, 'the request should have been denied').not.toBeNull();
    expect((failure as FirestoreError).code, String(failure)).toBe('permission-denied');
    for (const [path, data] of before)
      expect(await ownerRead(world.owner, path), `${path} unchanged`).toEqual(data);
    return;
  }
  if (failure) throw failure;

  if ('get' in op) {
    const snapshot = outcome as Awaited<ReturnType<typeof getDoc>>;
    const stored = await ownerRead(world.owner, op.get);
    expect(snapshot.exists()).toBe(stored !== undefined);
    expect(plain(snapshot.data())).toEqual(stored);
    return;
  }
  if ('list' in op) {
    const snapshot = outcome as Awaited<ReturnType<typeof getDocs>>;
    const ids = snapshot.docs.map((d) => d.ref.path);
    const ownerIds = (await ownerQuery(world.owner, op).get()).docs.map((d) => d.ref.path);
    expect(ids).toEqual(ownerIds);
    if (op.count === undefined) expect(ids.length, 'an allowed list returns something').toBeGreaterThan(0);
    else expect(ids.length).toBe(op.count);
    return;
  }
  for (const write of writes) {
    const path = pathOf(write);
    const after = await ownerRead(world.owner, path);
    if ('delete' in write) expect(after, `${path} deleted`).toBeUndefined();
    else if ('set' in write)
      expect(after, `${path} as sent`).toEqual(expectedAfterWrite(undefined, write.data, false));
    else expect(after, `${path} updated`).toEqual(expectedAfterWrite(before.get(path), write.data, true));
  }
}
