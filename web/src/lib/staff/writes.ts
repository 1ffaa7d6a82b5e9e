/**
 * Commits the writes the pure modules describe, in one batch, with `SERVER_TIME` turned into
 * `serverTimestamp()` (at any depth of a document: none is nested today, but a map may be).
 */
import { doc, serverTimestamp, writeBatch, type Firestore } from 'firebase/firestore/lite';
import { SERVER_TIME, type Write } from './cases/forms';

function resolveServerTime(value: unknown): unknown {
  if (value === SERVER_TIME) return serverTimestamp();
  if (Array.isArray(value)) return value.map(resolveServerTime);
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveServerTime(v)]));
  return value;
}

export async function commitWrites(db: Firestore, writes: Write[]): Promise<void> {
  const batch = writeBatch(db);
  for (const write of writes) {
    const data = resolveServerTime(write.data) as Record<string, unknown>;
    if (write.kind === 'update') batch.update(doc(db, write.path), data);
    else batch.set(doc(db, write.path), data);
  }
  await batch.commit();
}
