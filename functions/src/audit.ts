/**
 * Audit entries `audit/{id}`: who did what to which CC or complaint, never personal data.
 *
 * A trigger's entry is keyed by its event id, and written in the same transaction as the work
 * it records: a redelivered event finds its entry already there and changes nothing. That is
 * how the triggers are exactly-once in effect while Cloud Functions delivers at least once.
 */
import { createHash } from 'node:crypto';
import type { DocumentReference, Firestore, Timestamp } from 'firebase-admin/firestore';
import { stamp } from './instants';
import { paths } from './paths';

export type AuditAction =
  | 'complaint.numbered'
  | 'complaint.changed'
  | 'log.added'
  | 'tracking.collision'
  | 'role.granted'
  | 'role.revoked'
  | 'member.invited'
  | 'forum.computed'
  | 'book.imported';

export interface AuditEntry {
  /** ISO instant; stored as a timestamp. */
  at: string;
  action: AuditAction;
  /** 'sistem' for triggers; the caller's uid for callables. */
  actor: string;
  ccId?: string;
  complaintId?: string;
  /** The Cloud Functions event that wrote it (triggers only). */
  eventId?: string;
  details?: Record<string, unknown>;
}

/** Event ids are opaque strings; hashing gives a valid, fixed-length document id. */
export function eventAuditRef(db: Firestore, eventId: string): DocumentReference {
  const digest = createHash('sha256').update(eventId).digest('hex').slice(0, 40);
  return db.doc(paths.audit(`evt-${digest}`));
}

export function newAuditRef(db: Firestore): DocumentReference {
  return db.collection('audit').doc();
}

/** Undefined fields dropped (Firestore refuses them; an entry shows only what is known). */
function defined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(defined);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) if (inner !== undefined) out[key] = defined(inner);
    return out;
  }
  return value;
}

/** The document to store for an entry. */
export function auditEntry(entry: AuditEntry): Omit<AuditEntry, 'at'> & { at: Timestamp } {
  return { ...(defined(entry) as AuditEntry), at: stamp(entry.at) };
}
