/** Live counts of a CC's cases, `centers/{cc}/stats/cases`: total, open, and by status. */
import { FieldValue, type Firestore, type Transaction } from 'firebase-admin/firestore';
import { stamp } from '../instants';
import { paths } from '../paths';

/** Applies changes from countChanges as increments: no read, so the hot document is never locked. */
export function addCountChanges(
  tx: Transaction,
  db: Firestore,
  ccId: string,
  changes: Record<string, number>,
  at: string
): void {
  if (Object.keys(changes).length === 0) return;
  const byStatus: Record<string, FieldValue> = {};
  const top: Record<string, unknown> = { updatedAt: stamp(at) };
  for (const [field, n] of Object.entries(changes)) {
    if (field.startsWith('byStatus.')) byStatus[field.slice('byStatus.'.length)] = FieldValue.increment(n);
    else top[field] = FieldValue.increment(n);
  }
  if (Object.keys(byStatus).length > 0) top.byStatus = byStatus;
  tx.set(db.doc(paths.caseCounts(ccId)), top, { merge: true });
}
