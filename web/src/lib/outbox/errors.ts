/**
 * What an outbox does after a failed send. Only answers that a retry cannot change stop the
 * entry; anything that may be the network (or a server hiccup) waits and tries again, because
 * a retry is always safe: it creates the same document id.
 */
import type { FailureReason } from './types';

export type SendOutcome =
  { kind: 'sent' } | { kind: 'retry' } | { kind: 'failed'; reason: FailureReason; detail: string };

/** Firestore error codes (`FirestoreError.code`) that a retry cannot fix. */
const PERMANENT: Record<string, FailureReason> = {
  'permission-denied': 'rejected',
  'not-found': 'rejected',
  'invalid-argument': 'invalid',
  'out-of-range': 'invalid'
};

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

export function outcomeOfError(error: unknown): SendOutcome {
  const code = errorCode(error);
  // The document is there already: an earlier attempt succeeded but its answer was lost.
  if (code === 'already-exists') return { kind: 'sent' };
  const reason = code ? PERMANENT[code] : undefined;
  if (reason) return { kind: 'failed', reason, detail: `${code}: ${errorText(error)}` };
  return { kind: 'retry' };
}
