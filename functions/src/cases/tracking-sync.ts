/**
 * Keeps a complaint's tracking view and its CC's live counts in step with the complaint, inside
 * the caller's transaction. The status on the view is the status last counted, so whichever
 * trigger sees a change first counts it, once: the counts follow state, not events.
 */
import type { DocumentReference, Firestore, Transaction } from 'firebase-admin/firestore';
import { stamp, withIsoInstants } from '../instants';
import { addCountChanges } from './case-counts';
import {
  countChanges,
  statusOf,
  storedTrackingView,
  trackingViewOf,
  type PublicLogEntry,
  type TrackingView
} from './public-view';

type Data = Record<string, unknown>;

export interface SyncInput {
  ccId: string;
  complaintId: string;
  complaint: Data;
  trackingRef: DocumentReference;
  /** The view as stored now, if any. */
  tracking: Data | undefined;
  ccName?: string;
  log?: PublicLogEntry[];
  at: string;
}

/** The public log entries of a stored view, instants as ISO strings. */
export function storedLogOf(tracking: Data | undefined): PublicLogEntry[] {
  return withIsoInstants((tracking?.log as PublicLogEntry[] | undefined) ?? []);
}

/** True when a stored view belongs to another complaint (two codes alike: ~2⁻⁵⁰, but checked). */
export function isForeignView(tracking: Data | undefined, ccId: string, complaintId: string): boolean {
  return tracking !== undefined && (tracking.ccId !== ccId || tracking.complaintId !== complaintId);
}

function sameView(stored: Data | undefined, view: TrackingView): boolean {
  if (!stored) return false;
  const { updatedAt: _updatedAt, ...rest } = withIsoInstants(stored);
  return JSON.stringify(sortKeys(rest)) === JSON.stringify(sortKeys(view));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Data)[key]);
    return out;
  }
  return value;
}

/** Writes the view (when it changed) and the count changes; returns whether anything was written. */
export function syncTracking(tx: Transaction, db: Firestore, input: SyncInput): boolean {
  const { ccId, complaintId, complaint, tracking, at } = input;
  const view = trackingViewOf(
    complaint,
    { ccId, ccName: input.ccName ?? String(tracking?.ccName ?? ccId), complaintId },
    input.log ?? storedLogOf(tracking)
  );
  if (sameView(tracking, view)) return false;
  tx.set(input.trackingRef, { ...storedTrackingView(view), updatedAt: stamp(at) });
  const counted = typeof tracking?.status === 'string' ? statusOf(tracking) : null;
  addCountChanges(tx, db, ccId, countChanges(counted, view.status), at);
  return true;
}
