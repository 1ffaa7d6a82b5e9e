/**
 * A new complaint enters the book: in one transaction it gets its register number (the next of
 * its CC and year, gap-free because the counter is read and written in the same transaction),
 * its status, receipt time and deadlines, the copy of the complainant's traits the forum counts,
 * the public tracking view, the live per-CC counts and an audit entry.
 *
 * Idempotent: a redelivered event finds its audit entry and stops; a complaint that already has
 * a number keeps it (only a missing tracking view is restored).
 */
import type { DocumentReference, Firestore, Transaction } from 'firebase-admin/firestore';
import { deadlinesFor, isCalendarDate, toCalendarDate, witaStartOfDay } from '@buku/core';
import { auditEntry, eventAuditRef, newAuditRef } from '../audit';
import { publicLogEntryOf, statusOf, withLogEntry, type PublicLogEntry } from '../cases/public-view';
import { isForeignView, syncTracking } from '../cases/tracking-sync';
import { forumTraitsOf } from '../forum/forum-record';
import {
  hasStoredDeadlines,
  isoOf,
  isStoredInstant,
  stamp,
  storedDeadlines,
  strayInstantFixes,
  type IsoDeadlines
} from '../instants';
import { paths } from '../paths';
import { hasRegisterCode, registerNumberFor, registerYearOf } from './register';

export type IntakeOutcome =
  'numbered' | 'view_restored' | 'already_done' | 'duplicate_event' | 'missing' | 'no_center';

export interface IntakeResult {
  outcome: IntakeOutcome;
  registerNumber?: string;
}

export interface IntakeOptions {
  now?: Date;
  /** The Cloud Functions event id; a redelivery of the same event changes nothing. */
  eventId?: string;
  /**
   * When the document was created (the event's snapshot createTime): the receipt time of a
   * complaint that does not say, even when the event is handled late or retried.
   */
  createdAt?: Date;
}

/** Transactions on one CC's counter queue up; production Firestore may abort some under load. */
export const TRANSACTION_ATTEMPTS = 10;

/**
 * The receipt instant: what the complaint says (a timestamp, as the rules require; a bare day
 * from older or imported data is read as that day in WITA), else when the document was created.
 */
export function receiptInstant(value: unknown, fallback: Date): string {
  if (typeof value === 'string' && isCalendarDate(value)) {
    return value === toCalendarDate(fallback) ? fallback.toISOString() : witaStartOfDay(value).toISOString();
  }
  return isoOf(value) ?? fallback.toISOString();
}

/**
 * The deadlines (ComplaintDeadlinesSchema, ISO), keyed by core's stage ids: the last instant of
 * each stage. Stored through `storedDeadlines` (instants.ts) as timestamps.
 */
export function deadlinesOf(receivedAt: string, verifiedAt?: string): IsoDeadlines {
  const d = deadlinesFor(receivedAt, undefined, { verifiedAt });
  return {
    verifikasi: d.verifikasi.dueAt.toISOString(),
    tindak_lanjut: d.tindak_lanjut.dueAt.toISOString(),
    penyelesaian: d.penyelesaian.dueAt.toISOString()
  };
}

export async function processNewComplaint(
  db: Firestore,
  ccId: string,
  complaintId: string,
  options: IntakeOptions = {}
): Promise<IntakeResult> {
  const now = options.now ?? new Date();
  const nowIso = now.toISOString();
  const complaintRef = db.doc(paths.complaint(ccId, complaintId));
  const centerRef = db.doc(paths.center(ccId));
  const contactRef = db.doc(paths.contact(ccId, complaintId));
  const markerRef = options.eventId ? eventAuditRef(db, options.eventId) : undefined;

  return db.runTransaction(
    async (tx): Promise<IntakeResult> => {
      const refs: DocumentReference[] = [
        complaintRef,
        centerRef,
        contactRef,
        ...(markerRef ? [markerRef] : [])
      ];
      const [complaintSnap, centerSnap, contactSnap, markerSnap] = await tx.getAll(...refs);
      if (markerSnap?.exists) return { outcome: 'duplicate_event' };
      if (!complaintSnap?.exists) return { outcome: 'missing' };
      const center = centerSnap?.data();
      // Without a CC profile and its code there is no register to number in.
      if (!hasRegisterCode(center)) return { outcome: 'no_center' };
      const complaint = complaintSnap.data()!;
      const code = typeof complaint.trackingCode === 'string' ? complaint.trackingCode : '';
      const alreadyNumbered = typeof complaint.registerNumber === 'string' && complaint.registerNumber !== '';
      const receivedAt = receiptInstant(complaint.receivedAt, options.createdAt ?? now);
      const year = registerYearOf(receivedAt);
      const trackingRef = code ? db.doc(paths.tracking(code)) : undefined;
      const counterRef = alreadyNumbered ? undefined : db.doc(paths.registerCounter(ccId, year));
      const second = [...(trackingRef ? [trackingRef] : []), ...(counterRef ? [counterRef] : [])];
      const seconds = second.length > 0 ? await tx.getAll(...second) : [];
      const trackingSnap = trackingRef ? seconds[0] : undefined;
      const counterSnap = counterRef ? seconds[seconds.length - 1] : undefined;
      const tracking = trackingSnap?.data();
      const trackingIsOurs = tracking !== undefined && !isForeignView(tracking, ccId, complaintId);
      if (alreadyNumbered && (trackingIsOurs || !trackingRef)) return { outcome: 'already_done' };
      // A public log entry may have been written before this ran; the first view includes it.
      // (Read here: a transaction does all its reads before its first write.)
      const log = trackingRef && !tracking ? await publicLogOf(tx, complaintRef) : undefined;

      // Instants someone stored as ISO strings become timestamps (the convention; the monthly
      // run's `receivedAt <` query would otherwise never see the complaint).
      const updates: Record<string, unknown> = strayInstantFixes(complaint);
      let registerNumber = complaint.registerNumber as string | undefined;
      let sequence: number | undefined;
      if (counterRef) {
        sequence = ((counterSnap?.data()?.last as number | undefined) ?? 0) + 1;
        registerNumber = registerNumberFor(sequence, center.code, receivedAt);
        tx.set(counterRef, { last: sequence, year, updatedAt: stamp(now) });
        updates.registerNumber = registerNumber;
      }
      if (typeof complaint.status !== 'string') updates.status = 'diterima';
      if (!isStoredInstant(complaint.receivedAt)) updates.receivedAt = stamp(receivedAt);
      if (!isoOf(complaint.statusChangedAt)) updates.statusChangedAt = stamp(receivedAt);
      // Deadlines missing, incomplete, under other keys than core's, or as strings: counted again.
      if (!hasStoredDeadlines(complaint.deadlines))
        updates.deadlines = storedDeadlines(deadlinesOf(receivedAt, isoOf(complaint.verifiedAt)));
      if (!complaint.forumTraits) updates.forumTraits = forumTraitsOf(contactSnap?.data());
      if (Object.keys(updates).length > 0) tx.update(complaintRef, { ...updates, updatedAt: stamp(now) });

      const merged = { ...complaint, ...updates };
      const status = statusOf(merged);
      const collision = trackingRef !== undefined && isForeignView(tracking, ccId, complaintId);
      if (trackingRef && !collision) {
        syncTracking(tx, db, {
          ccId,
          complaintId,
          complaint: merged,
          trackingRef,
          tracking,
          ccName: String((center as Record<string, unknown>).name ?? ccId),
          ...(log ? { log } : {}),
          at: nowIso
        });
      }
      tx.set(
        markerRef ?? newAuditRef(db),
        auditEntry({
          at: nowIso,
          action: collision ? 'tracking.collision' : 'complaint.numbered',
          actor: 'sistem',
          ccId,
          complaintId,
          ...(options.eventId ? { eventId: options.eventId } : {}),
          details: { registerNumber, sequence, status, restoredView: alreadyNumbered }
        })
      );
      return {
        outcome: alreadyNumbered ? 'view_restored' : 'numbered',
        ...(registerNumber ? { registerNumber } : {})
      };
    },
    { maxAttempts: TRANSACTION_ATTEMPTS }
  );
}

/** The public entries of a complaint's case log, oldest first. */
export async function publicLogOf(
  tx: Transaction,
  complaintRef: DocumentReference
): Promise<PublicLogEntry[]> {
  const entries = await tx.get(complaintRef.collection('log'));
  let log: PublicLogEntry[] = [];
  for (const doc of entries.docs) {
    const entry = publicLogEntryOf(doc.id, doc.data());
    if (entry) log = withLogEntry(log, entry);
  }
  return log;
}
