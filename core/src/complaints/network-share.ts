/**
 * Sharing one case with the network admins. A CC keeps its complainants' personal data to
 * itself; when a case needs the network to act (e.g. an escalation to the Ombudsman), the CC's
 * staff share that one case, saying why, and may withdraw the share later.
 *
 * The share is stored on the complaint as `networkShare` (so the rules read it without another
 * document read, and the admin's list can query `networkShare.shared == true`), and every change
 * is an internal entry of the case log (`berbagi_jaringan`, events.ts) named by `entryId`.
 * A withdrawn share stays on the complaint with `shared: false`: who withdrew it, and when.
 */
import * as z from 'zod';
import type { Label } from '../i18n';
import { choice, optionalText, pastInstant, patterned, text, yesNo } from '../validation/fields';
import { customIssue } from '../validation/issues';
import { isTerminal, STATUS_LABELS, type StatusId } from '../workflow/states';

export const NETWORK_SHARE_LIMITS = {
  reason: { min: 3, max: 1000 },
  by: 128,
  entryId: 64
} as const;

/** Ids of log entries, chosen on the device (the rules use the same pattern). */
export const LOG_ENTRY_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Only the CC's own staff share its cases; the network admin only reads what is shared. */
export const SHARING_ROLE_IDS = ['moderator', 'koordinator'] as const;
export type SharingRole = (typeof SHARING_ROLE_IDS)[number];

type Issues = { issues: { push(issue: ReturnType<typeof customIssue>): void } };

/** Sharing needs a reason of at least 3 characters; a withdrawal may give one. */
export function checkShareReason(
  value: { shared: boolean; reason?: string | undefined },
  ctx: Issues,
  path: PropertyKey[] = ['reason']
): void {
  if (value.shared && (value.reason?.length ?? 0) < NETWORK_SHARE_LIMITS.reason.min)
    ctx.issues.push(customIssue('network_share.needs_reason', value.reason, { path }));
}

/** `networkShare` on `centers/{cc}/complaints/{id}`. */
export const NetworkShareSchema = z
  .object({
    /** true: the network admins may read the case and its contact; false: withdrawn. */
    shared: yesNo(),
    /** uid of the staff member who shared or withdrew (the rules: the caller). */
    by: text(1, NETWORK_SHARE_LIMITS.by),
    role: choice(SHARING_ROLE_IDS),
    /** When (server time). */
    at: pastInstant(),
    reason: optionalText(NETWORK_SHARE_LIMITS.reason.max),
    /** The log entry written in the same batch. */
    entryId: patterned(LOG_ENTRY_ID_PATTERN, NETWORK_SHARE_LIMITS.entryId, 'id.format')
  })
  .check((ctx) => checkShareReason(ctx.value, ctx));
export type NetworkShare = z.output<typeof NetworkShareSchema>;

export const NETWORK_SHARE_LABELS = {
  entry: { id: 'Berbagi dengan admin jaringan', en: 'Sharing with the network admins' },
  shared: { id: 'Dibagikan ke admin jaringan', en: 'Shared with the network admins' },
  withdrawn: { id: 'Tidak lagi dibagikan ke admin jaringan', en: 'No longer shared with the network admins' },
  share: { id: 'Bagikan ke admin jaringan', en: 'Share with the network admins' },
  withdraw: { id: 'Tarik kembali dari admin jaringan', en: 'Withdraw from the network admins' },
  reason: { id: 'Alasan dibagikan', en: 'Reason for sharing' }
} satisfies Record<string, Label>;

/** Whether a stored complaint is shared with the network now. */
export function isSharedWithNetwork(complaint: {
  networkShare?: { shared?: unknown } | null | undefined;
}): boolean {
  return complaint.networkShare?.shared === true;
}

export type ShareRefusalCode = 'already_shared' | 'not_shared' | 'closed' | 'needs_reason';

export type ShareCheck = { ok: true } | { ok: false; code: ShareRefusalCode; reason: Label };

/**
 * Whether a case may be shared (`shared: true`) or withdrawn (`shared: false`) now: sharing only
 * while the case is open and not already shared, with a reason; withdrawing whenever it is shared.
 * The rules check the same.
 */
export function checkNetworkShareChange(request: {
  status: StatusId;
  currentlyShared: boolean;
  shared: boolean;
  reason?: string | undefined;
}): ShareCheck {
  const { status, currentlyShared, shared } = request;
  if (shared && currentlyShared)
    return {
      ok: false,
      code: 'already_shared',
      reason: {
        id: 'Kasus ini sudah dibagikan ke admin jaringan.',
        en: 'This case is already shared with the network admins.'
      }
    };
  if (!shared && !currentlyShared)
    return {
      ok: false,
      code: 'not_shared',
      reason: {
        id: 'Kasus ini tidak sedang dibagikan ke admin jaringan.',
        en: 'This case is not shared with the network admins.'
      }
    };
  if (shared && isTerminal(status))
    return {
      ok: false,
      code: 'closed',
      reason: {
        id: `Pengaduan berstatus "${STATUS_LABELS[status].id}" sudah ditutup: tidak bisa dibagikan lagi.`,
        en: `A complaint that is "${STATUS_LABELS[status].en}" is closed: it cannot be shared any more.`
      }
    };
  if (shared && (request.reason?.trim().length ?? 0) < NETWORK_SHARE_LIMITS.reason.min)
    return {
      ok: false,
      code: 'needs_reason',
      reason: {
        id: 'Tulis alasan kasus ini dibagikan ke admin jaringan (mis. perlu eskalasi ke Ombudsman).',
        en: 'Say why this case is shared with the network admins (e.g. it needs escalating to the Ombudsman).'
      }
    };
  return { ok: true };
}
