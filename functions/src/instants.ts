/**
 * Instants at the storage boundary, in one place. Everything functions store in Firestore holds
 * its instants as Firestore timestamps (docs/DATA-MODEL.md, "Storage conventions"): clients send
 * serverTimestamp(), so the rules can refuse back-dating, and queries such as the monthly run's
 * `receivedAt <` must compare timestamps with timestamps (Firestore orders strings after every
 * timestamp, so an instant stored as a string silently drops out of such a query).
 * core works with ISO strings; handlers read with `isoOf` and write with `stamp` or the helpers
 * below. Calendar days (`occurredAt`, a follow-up's `date`) stay `YYYY-MM-DD` strings.
 */
import { Timestamp } from 'firebase-admin/firestore';
import { STAGE_IDS, type StageId } from '@buku/core';

/**
 * The instants of a stored complaint (core's ComplaintRecordSchema, plus `updatedAt`, which only
 * functions write). `deadlines.*` are instants too, keyed by core's stage ids (DEADLINE_KEYS).
 */
export const COMPLAINT_INSTANT_FIELDS = [
  'receivedAt',
  'statusChangedAt',
  'verifiedAt',
  'firstFollowUpAt',
  'closedAt',
  'awaitingReplySince',
  'updatedAt'
] as const;

/** The keys of `deadlines` on a complaint and on its tracking view: core's stage ids. */
export const DEADLINE_KEYS: readonly StageId[] = STAGE_IDS;

/** Deadlines as core computes them (ISO strings), keyed by stage. */
export type IsoDeadlines = Record<StageId, string>;

/** An ISO string, Date or epoch ms as a Firestore timestamp. */
export function stamp(value: string | Date | number): Timestamp {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new RangeError(`Bukan waktu yang sah / not an instant: ${String(value)}`);
  return Timestamp.fromDate(date);
}

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A stored instant (timestamp, or an ISO string written by older code) as core's ISO string. */
export function isoOf(value: unknown): string | undefined {
  if (value instanceof Timestamp) return value.toDate().toISOString();
  if (value instanceof Date) return value.toISOString();
  const maybe = value as { toDate?: () => Date } | null | undefined;
  if (maybe && typeof maybe === 'object' && typeof maybe.toDate === 'function')
    return maybe.toDate().toISOString();
  // A bare calendar day is not an instant (it would read as midnight UTC, not WITA).
  if (typeof value === 'string' && !CALENDAR_DAY.test(value) && !Number.isNaN(Date.parse(value))) {
    return new Date(value).toISOString();
  }
  return undefined;
}

/** Whether a stored value is an instant in its stored form (a timestamp). */
export function isStoredInstant(value: unknown): value is Timestamp {
  return value instanceof Timestamp;
}

/** Deadlines as stored: one timestamp per stage of core. */
export function storedDeadlines(deadlines: IsoDeadlines): Record<StageId, Timestamp> {
  const out = {} as Record<StageId, Timestamp>;
  for (const key of DEADLINE_KEYS) out[key] = stamp(deadlines[key]);
  return out;
}

/** True when stored deadlines are complete, under core's keys, and timestamps. */
export function hasStoredDeadlines(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const d = value as Record<string, unknown>;
  return (
    Object.keys(d).length === DEADLINE_KEYS.length && DEADLINE_KEYS.every((key) => isStoredInstant(d[key]))
  );
}

/**
 * A complaint in core's form (ISO instants) as stored: every instant field and every deadline a
 * timestamp. Other fields, calendar days included, are left as they are.
 */
export function storedComplaintInstants(record: Record<string, unknown>): Record<string, unknown> {
  const out = { ...record };
  for (const field of COMPLAINT_INSTANT_FIELDS) {
    const iso = typeof out[field] === 'string' ? isoOf(out[field]) : undefined;
    if (iso) out[field] = stamp(iso);
  }
  if (out.deadlines && typeof out.deadlines === 'object') {
    const d = out.deadlines as Record<string, unknown>;
    out.deadlines = Object.fromEntries(
      Object.entries(d).map(([key, value]) => {
        const iso = typeof value === 'string' ? isoOf(value) : undefined;
        return [key, iso ? stamp(iso) : value];
      })
    );
  }
  return out;
}

/**
 * The instant fields of a stored complaint that hold an ISO string instead of a timestamp
 * (written by older code or by hand), as the timestamps to store instead. Empty when the
 * complaint follows the convention.
 */
export function strayInstantFixes(complaint: Record<string, unknown>): Record<string, Timestamp> {
  const fixes: Record<string, Timestamp> = {};
  for (const field of COMPLAINT_INSTANT_FIELDS) {
    const value = complaint[field];
    const iso = typeof value === 'string' ? isoOf(value) : undefined;
    if (iso) fixes[field] = stamp(iso);
  }
  return fixes;
}

/** A copy with every timestamp (at any depth) turned into an ISO string: for comparing and for core. */
export function withIsoInstants<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withIsoInstants) as T;
  if (value instanceof Timestamp) return value.toDate().toISOString() as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = withIsoInstants(inner);
    return out as T;
  }
  return value;
}
