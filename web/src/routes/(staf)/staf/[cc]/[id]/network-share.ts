/**
 * Sharing this case with the network admins, or withdrawing the share (docs/DATA-MODEL.md
 * "Sharing a case with the network"). Pure: core decides whether the change is allowed
 * (`checkNetworkShareChange`) and checks the log entry (`NetworkShareEventSchema`); this module
 * gives the one batch the rules want: `networkShare` on the complaint naming the internal log
 * entry written with it. `SERVER_TIME` becomes `serverTimestamp()` when committed.
 */
import { NetworkShareEventSchema } from '@buku/core/complaints/events';
import { checkNetworkShareChange } from '@buku/core/complaints/network-share';
import { issueLabel } from '@buku/core/validation/issues';
import { SERVER_TIME, type Actor, type FormMessages, type Write } from '$lib/staff/cases/forms';
import type { StaffComplaint } from '$lib/staff/cases/model';

export interface ShareChange {
  /** true: share with the network admins; false: withdraw. */
  shared: boolean;
  /** Trimmed; absent when left blank (a withdrawal). */
  reason?: string;
}

export type ShareCheck = { ok: true; change: ShareChange } | { ok: false; messages: FormMessages };

/** Whether the case is shared with the network admins now. */
export const isShared = (complaint: Pick<StaffComplaint, 'networkShare'>): boolean =>
  complaint.networkShare?.shared === true;

/** Checks a share (`shared` true) or a withdrawal with core; messages keyed 'reason' or ''. */
export function checkShare(
  complaint: Pick<StaffComplaint, 'status' | 'networkShare'>,
  actor: Actor,
  shared: boolean,
  reasonText: string,
  now: Date = new Date()
): ShareCheck {
  const reason = reasonText.trim() || undefined;
  const allowed = checkNetworkShareChange({
    status: complaint.status,
    currentlyShared: isShared(complaint),
    shared,
    reason
  });
  if (!allowed.ok)
    return { ok: false, messages: { [allowed.code === 'needs_reason' ? 'reason' : '']: [allowed.reason] } };
  const parsed = NetworkShareEventSchema.safeParse({
    type: 'berbagi_jaringan',
    at: now.toISOString(),
    actorRole: actor.role,
    actorUid: actor.uid,
    shared,
    reason
  });
  if (!parsed.success) return { ok: false, messages: { reason: parsed.error.issues.map(issueLabel) } };
  return { ok: true, change: reason === undefined ? { shared } : { shared, reason } };
}

/** The batch: the complaint's `networkShare` and the internal log entry it names. */
export function shareWrites(
  ccId: string,
  complaintId: string,
  entryId: string,
  actor: Actor,
  change: ShareChange
): Write[] {
  const complaintPath = `centers/${ccId}/complaints/${complaintId}`;
  const reason = change.reason === undefined ? {} : { reason: change.reason };
  return [
    {
      path: complaintPath,
      kind: 'update',
      data: {
        networkShare: {
          shared: change.shared,
          by: actor.uid,
          role: actor.role,
          at: SERVER_TIME,
          ...reason,
          entryId
        }
      }
    },
    {
      path: `${complaintPath}/log/${entryId}`,
      kind: 'set',
      data: {
        type: 'berbagi_jaringan',
        shared: change.shared,
        ...reason,
        visibility: 'internal',
        actorRole: actor.role,
        actorUid: actor.uid,
        at: SERVER_TIME
      }
    }
  ];
}
