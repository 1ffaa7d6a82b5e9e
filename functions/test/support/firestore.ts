/**
 * A fresh local Firestore (our emulator, in this process, on a free port) and an admin-SDK
 * Firestore talking to it, per test file. Handlers take the Firestore as a parameter, so no
 * environment variable has to be set before anything initialises.
 */
import { randomUUID } from 'node:crypto';
import { deleteApp, initializeApp } from 'firebase-admin/app';
import type { Firestore } from 'firebase-admin/firestore';
import { startEmulator, type RunningEmulator } from '@buku/emulator';
import { connectFirestore } from '../../src/firestore';

export interface TestFirestore {
  emulator: RunningEmulator;
  db: Firestore;
  /** Counts documents read and written, the way Firestore bills them. */
  ops: { reads: number; writes: number; reset(): void };
  stop(): Promise<void>;
}

type Json = Record<string, unknown>;

export async function startTestFirestore(): Promise<TestFirestore> {
  const emulator = await startEmulator({ port: 0 });
  const ops = {
    reads: 0,
    writes: 0,
    reset() {
      ops.reads = 0;
      ops.writes = 0;
    }
  };
  const service = emulator.service;
  // batchGet: every document asked for is billed, found or not.
  const batchGet = service.batchGet.bind(service);
  service.batchGet = async (...args: Parameters<typeof batchGet>) => {
    const result = await batchGet(...args);
    ops.reads += result.filter((r) => (r as Json).found || (r as Json).missing).length;
    return result;
  };
  // A query is billed per document returned, and at least one read.
  const runQuery = service.runQuery.bind(service);
  service.runQuery = async (...args: Parameters<typeof runQuery>) => {
    const result = await runQuery(...args);
    ops.reads += Math.max(1, result.filter((r) => (r as Json).document).length);
    return result;
  };
  // An aggregation (count) is billed one read per 1,000 index entries it counts, at least one.
  const runAggregationQuery = service.runAggregationQuery.bind(service);
  service.runAggregationQuery = async (...args: Parameters<typeof runAggregationQuery>) => {
    const result = await runAggregationQuery(...args);
    for (const row of result) {
      const fields = ((row as Json).result as Json | undefined)?.aggregateFields as Json | undefined;
      let counted = 0;
      for (const value of Object.values(fields ?? {})) counted += Number((value as Json).integerValue ?? 0);
      ops.reads += Math.max(1, Math.ceil(counted / 1000));
    }
    return result;
  };
  const commit = service.commit.bind(service);
  service.commit = (...args: Parameters<typeof commit>) => {
    const writes = (args[1] as Json).writes;
    const result = commit(...args);
    ops.writes += Array.isArray(writes) ? writes.length : 0;
    return result;
  };
  const app = initializeApp({ projectId: emulator.project }, `test-${randomUUID()}`);
  const db = connectFirestore(app, `${emulator.host}:${emulator.port}`);
  return {
    emulator,
    db,
    ops,
    async stop() {
      await db.terminate();
      await deleteApp(app);
      await emulator.stop();
    }
  };
}
