/**
 * A complaint changed, or its case log grew: write the milestones a status move implies, refresh
 * the tracking view (public fields only), keep the CC's live counts right, and audit it.
 *
 * Idempotent: the audit entry is keyed by the event id and written in the same transaction, so a
 * redelivered event stops at it; milestones, view and counts are brought to the complaint's state,
 * so doing it twice does nothing the second time.
 */
import type { DocumentReference, Firestore, Transaction } from 'firebase-admin/firestore';
import { auditEntry, eventAuditRef, newAuditRef } from '../audit';
import { isoOf, stamp, storedDeadlines, withIsoInstants } from '../instants';
import { paths } from '../paths';
import { FOLLOW_UP_ENTRY_TYPES, milestonesOf, type Milestones } from './milestones';
import { publicLogEntryOf, statusOf, withLogEntry } from './public-view';
import { isForeignView, storedLogOf, syncTracking } from './tracking-sync';

type Data = Record<string, unknown>;

export type ChangeOutcome = 'synced' | 'unchanged' | 'duplicate_event' | 'missing' | 'not_numbered';

export interface ChangeOptions {
  now?: Date;
  eventId?: string;
  /** The document before and after the change, as the event carries them (for the audit entry). */
  before?: Data;
  after?: Data;
}

/** Fields only functions write: changing them is bookkeeping, not a change to audit. */
const SERVER_FIELDS = new Set([
  'registerNumber',
  'deadlines',
  'updatedAt',
  'forumTraits',
  'receivedAt',
  'verifiedAt',
  'firstFollowUpAt',
  'closedAt'
]);
/** Fields the intake fills in when the client left them out. */
const FILLED_AT_INTAKE = new Set(['status', 'statusChangedAt']);

/** Names of the fields a person changed (values stay out of the audit: they may be personal). */
export function changedFields(before: Data | undefined, after: Data | undefined): string[] {
  if (!before || !after) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const same = (key: string) =>
    JSON.stringify(withIsoInstants(before[key])) === JSON.stringify(withIsoInstants(after[key]));
  return [...keys]
    .filter((key) => !SERVER_FIELDS.has(key))
    .filter((key) => !(FILLED_AT_INTAKE.has(key) && before[key] === undefined))
    .filter((key) => !same(key))
    .sort();
}

const TRANSACTION_ATTEMPTS = 10;

const isNumbered = (complaint: Data) =>
  typeof complaint.registerNumber === 'string' && complaint.registerNumber !== '';

/** Writes milestones onto the complaint (as timestamps); returns the complaint as it now is. */
function writeMilestones(
  tx: Transaction,
  ref: DocumentReference,
  complaint: Data,
  m: Milestones,
  at: string
): Data {
  if (Object.keys(m).length === 0) return complaint;
  const update: Data = { updatedAt: stamp(at) };
  if (m.verifiedAt) update.verifiedAt = stamp(m.verifiedAt);
  if (m.firstFollowUpAt) update.firstFollowUpAt = stamp(m.firstFollowUpAt);
  if (m.closedAt) update.closedAt = stamp(m.closedAt);
  if (m.deadlines) update.deadlines = storedDeadlines(m.deadlines);
  tx.update(ref, update);
  return { ...complaint, ...update };
}

function outcomeOf(numbered: boolean, changed: boolean): ChangeOutcome {
  if (!numbered) return 'not_numbered';
  return changed ? 'synced' : 'unchanged';
}

export async function processComplaintChange(
  db: Firestore,
  ccId: string,
  complaintId: string,
  options: ChangeOptions = {}
): Promise<{ outcome: ChangeOutcome }> {
  const at = (options.now ?? new Date()).toISOString();
  const complaintRef = db.doc(paths.complaint(ccId, complaintId));
  const fields = changedFields(options.before, options.after);
  // Our own bookkeeping writes (numbering, milestones) need no audit entry, hence no marker.
  const markerRef = options.eventId && fields.length > 0 ? eventAuditRef(db, options.eventId) : undefined;

  return db.runTransaction(
    async (tx): Promise<{ outcome: ChangeOutcome }> => {
      const refs: DocumentReference[] = [complaintRef, ...(markerRef ? [markerRef] : [])];
      const [complaintSnap, markerSnap] = await tx.getAll(...refs);
      if (markerSnap?.exists) return { outcome: 'duplicate_event' };
      if (!complaintSnap?.exists) return { outcome: 'missing' };
      const stored = complaintSnap.data()!;
      const numbered = isNumbered(stored);
      const code = typeof stored.trackingCode === 'string' ? stored.trackingCode : '';
      const trackingRef = code ? db.doc(paths.tracking(code)) : undefined;
      const tracking = trackingRef ? (await tx.get(trackingRef)).data() : undefined;
      // Until the intake has numbered it (and given its deadlines), the intake does all of this.
      const milestones = numbered ? milestonesOf(stored, at) : {};
      const complaint = writeMilestones(tx, complaintRef, stored, milestones, at);
      const synced =
        numbered && trackingRef && tracking && !isForeignView(tracking, ccId, complaintId)
          ? syncTracking(tx, db, { ccId, complaintId, complaint, trackingRef, tracking, at })
          : false;
      if (fields.length > 0) {
        const from = options.before?.status;
        const to = options.after?.status;
        tx.set(
          markerRef ?? newAuditRef(db),
          auditEntry({
            at,
            action: 'complaint.changed',
            actor: 'sistem',
            ccId,
            complaintId,
            ...(options.eventId ? { eventId: options.eventId } : {}),
            details: {
              fields,
              ...(from !== to ? { statusFrom: from ?? null, statusTo: statusOf(complaint) } : {})
            }
          })
        );
      }
      return { outcome: outcomeOf(numbered, synced || Object.keys(milestones).length > 0) };
    },
    { maxAttempts: TRANSACTION_ATTEMPTS }
  );
}

export async function processLogEntry(
  db: Firestore,
  ccId: string,
  complaintId: string,
  entryId: string,
  options: { now?: Date; eventId?: string } = {}
): Promise<{ outcome: ChangeOutcome; public?: boolean }> {
  const at = (options.now ?? new Date()).toISOString();
  const complaintRef = db.doc(paths.complaint(ccId, complaintId));
  const entryRef = db.doc(paths.logEntry(ccId, complaintId, entryId));
  const markerRef = options.eventId ? eventAuditRef(db, options.eventId) : undefined;

  return db.runTransaction(
    async (tx): Promise<{ outcome: ChangeOutcome; public?: boolean }> => {
      const refs: DocumentReference[] = [complaintRef, entryRef, ...(markerRef ? [markerRef] : [])];
      const [complaintSnap, entrySnap, markerSnap] = await tx.getAll(...refs);
      if (markerSnap?.exists) return { outcome: 'duplicate_event' };
      if (!complaintSnap?.exists || !entrySnap?.exists) return { outcome: 'missing' };
      const stored = complaintSnap.data()!;
      const entryData = entrySnap.data()!;
      const entry = publicLogEntryOf(entryId, entryData);
      const numbered = isNumbered(stored);
      const code = typeof stored.trackingCode === 'string' ? stored.trackingCode : '';
      const trackingRef = code ? db.doc(paths.tracking(code)) : undefined;
      const tracking = trackingRef ? (await tx.get(trackingRef)).data() : undefined;
      // A follow-up action in the log is the first follow-up, whatever the status says.
      const followUp: Milestones =
        numbered && FOLLOW_UP_ENTRY_TYPES.includes(String(entryData.type)) && !isoOf(stored.firstFollowUpAt)
          ? { firstFollowUpAt: isoOf(entryData.at) ?? at }
          : {};
      const complaint = writeMilestones(tx, complaintRef, stored, followUp, at);
      let synced = false;
      if (numbered && trackingRef && tracking && !isForeignView(tracking, ccId, complaintId)) {
        const log = storedLogOf(tracking);
        synced = syncTracking(tx, db, {
          ccId,
          complaintId,
          complaint,
          trackingRef,
          tracking,
          log: entry ? withLogEntry(log, entry) : log,
          at
        });
      }
      tx.set(
        markerRef ?? newAuditRef(db),
        auditEntry({
          at,
          action: 'log.added',
          actor: 'sistem',
          ccId,
          complaintId,
          ...(options.eventId ? { eventId: options.eventId } : {}),
          details: {
            entryId,
            type: typeof entryData.type === 'string' ? entryData.type : null,
            actorRole: typeof entryData.actorRole === 'string' ? entryData.actorRole : null,
            public: entry !== null
          }
        })
      );
      return {
        outcome: outcomeOf(numbered, synced || Object.keys(followUp).length > 0),
        public: entry !== null
      };
    },
    { maxAttempts: TRANSACTION_ATTEMPTS }
  );
}
