/**
 * A complaint waiting on this device until Firestore has it. The entry is written to IndexedDB
 * before the first attempt, so a closed tab or a reload loses nothing, and it keeps the
 * complaint id chosen on the device: every retry creates that same document, never a second one.
 */

export type OutboxState = 'waiting' | 'sending' | 'sent' | 'failed';

/** Why an entry stopped trying; the citizen reads it as "Gagal: …". */
export type FailureReason = 'rejected' | 'invalid';

/** What goes to Firestore: the complaint document and its private contact document. */
export interface ComplaintPayload {
  complaint: Record<string, unknown>;
  contact: Record<string, unknown>;
}

/** What "my complaints" shows; kept after sending, when the payload is dropped. */
export interface ComplaintSummary {
  ccName: string;
  sector: string;
  providerName: string;
}

export interface OutboxEntry {
  /** The Firestore document id of the complaint, generated on the device. */
  id: string;
  ccId: string;
  trackingCode: string;
  summary: ComplaintSummary;
  /** Device clock, ms since epoch. */
  createdAt: number;
  state: OutboxState;
  attempts: number;
  lastAttemptAt?: number;
  /** Not before this time (ms) unless the connection just came back or the user asks. */
  nextAttemptAt?: number;
  sentAt?: number;
  failure?: FailureReason;
  /** The server's own words for a failure, for the CC if the citizen asks for help. */
  failureDetail?: string;
  /** Dropped once sent: personal data stays on the phone no longer than needed. */
  payload?: ComplaintPayload;
}

export type NewOutboxEntry = Pick<OutboxEntry, 'id' | 'ccId' | 'trackingCode' | 'summary'> & {
  payload: ComplaintPayload;
};

/** The message a send needs, with the payload guaranteed. */
export type Sendable = Pick<OutboxEntry, 'id' | 'ccId' | 'trackingCode'> & { payload: ComplaintPayload };

/**
 * Writes one complaint. Resolves 'created', or 'already-existed' when an earlier attempt had in
 * fact succeeded (its answer was lost). Rejects with an error carrying a Firestore-style `code`
 * ('unavailable', 'permission-denied', 'already-exists', …) or a plain network error.
 */
export type SendComplaint = (entry: Sendable) => Promise<'created' | 'already-existed'>;

export interface OutboxStore {
  all(): Promise<OutboxEntry[]>;
  get(id: string): Promise<OutboxEntry | undefined>;
  put(entry: OutboxEntry): Promise<void>;
}
