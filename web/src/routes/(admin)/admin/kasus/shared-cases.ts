/**
 * What the admin's "Kasus yang dibagikan" pages show, from what the store reads. Pure. A case
 * counts only while its CC shares it (`networkShare.shared`); the rules say the same.
 */
import type { StatusId } from '@buku/core/workflow/states';
import type { LogEntryView, StaffComplaint } from '$lib/staff/cases/model';

export interface SharedCaseRow {
  ccId: string;
  id: string;
  /** The CC's name, or its id when the profile could not be read. */
  centerName: string;
  registerNumber: string | null;
  status: StatusId;
  sector: string;
  providerName: string;
  desa: string;
  /** ISO instant of the share, '' when unknown. */
  sharedAt: string;
  sharedByRole: string;
  reason?: string | undefined;
}

/** The rows of the list, latest share first; ties by CC and id so the order never wobbles. */
export function sharedCaseRows(
  complaints: readonly StaffComplaint[],
  centerNames: Readonly<Record<string, string>>
): SharedCaseRow[] {
  return complaints
    .filter((c) => c.networkShare?.shared === true)
    .map((c) => ({
      ccId: c.ccId,
      id: c.id,
      centerName: centerNames[c.ccId] ?? c.ccId,
      registerNumber: c.registerNumber,
      status: c.status,
      sector: c.sector,
      providerName: c.providerName,
      desa: c.desa,
      sharedAt: c.networkShare?.at ?? '',
      sharedByRole: c.networkShare?.role ?? '',
      reason: c.networkShare?.reason
    }))
    .sort(
      (a, b) =>
        b.sharedAt.localeCompare(a.sharedAt) || a.ccId.localeCompare(b.ccId) || a.id.localeCompare(b.id)
    );
}

/** The read-only case page of a row. */
export const sharedCasePath = (row: Pick<SharedCaseRow, 'ccId' | 'id'>): `/admin/kasus/${string}/${string}` =>
  `/admin/kasus/${row.ccId}/${row.id}`;

/** Only public entries reach the admin's page, whatever the store hands over. */
export const publicEntries = (log: readonly LogEntryView[]): LogEntryView[] =>
  log.filter((entry) => entry.visibility === 'publik');
