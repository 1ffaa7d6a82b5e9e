/**
 * Core's validation for the form, loaded on demand by the form page (it brings zod along), so
 * the page itself paints without it.
 */
import { CitizenComplaintSchema, isLateFiling, type CitizenComplaint } from '@buku/core/complaints/schema';
import { generateTrackingCode } from '@buku/core/tracking/tracking-code';
import { issueLabel } from '@buku/core/validation/issues';
import { isCalendarDate, witaDate } from '@buku/core/wita/index';
import { messagesByField, toSchemaInput, type ComplaintDraft, type FieldMessages } from './complaint-form';

export { generateTrackingCode };

export type Validation = { ok: true; complaint: CitizenComplaint } | { ok: false; messages: FieldMessages };

export function validateDraft(draft: ComplaintDraft, ccId: string | undefined): Validation {
  const result = CitizenComplaintSchema.safeParse(toSchemaInput(draft, ccId));
  if (result.success) return { ok: true, complaint: result.data };
  return { ok: false, messages: messagesByField(result.error.issues, issueLabel) };
}

/** UU 25/2009: more than 30 days late is still accepted from citizens, with a word of warning. */
export function isLate(occurredAt: string): boolean {
  return isCalendarDate(occurredAt) && isLateFiling(occurredAt, witaDate(new Date()));
}
