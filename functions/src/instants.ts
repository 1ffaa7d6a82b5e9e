/**
 * Instants at the storage boundary. Firestore stores instants as timestamps (docs/DATA-MODEL.md:
 * clients send serverTimestamp(), so the rules can refuse back-dating); core works with ISO
 * strings. Handlers read with `isoOf` and write with `stamp`.
 */
import { Timestamp } from 'firebase-admin/firestore';

/** An ISO string, Date or epoch ms as a Firestore timestamp. */
export function stamp(value: string | Date | number): Timestamp {
  return Timestamp.fromDate(value instanceof Date ? value : new Date(value));
}

/** A stored instant (timestamp, or an ISO string written by older code) as core's ISO string. */
export function isoOf(value: unknown): string | undefined {
  if (value instanceof Timestamp) return value.toDate().toISOString();
  if (value instanceof Date) return value.toISOString();
  const maybe = value as { toDate?: () => Date } | null | undefined;
  if (maybe && typeof maybe === 'object' && typeof maybe.toDate === 'function')
    return maybe.toDate().toISOString();
  // A bare calendar day is not an instant (it would read as midnight UTC, not WITA).
  if (typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) {
    return new Date(value).toISOString();
  }
  return undefined;
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
