/** The register counter a receipt counts in: one per CC and WITA year (core formats the number). */
import { CENTER_CODE_PATTERN, toCalendarDate } from '@buku/core';

export { registerNumberFor } from '@buku/core';

export function registerYearOf(receivedAt: string | Date): number {
  return Number(toCalendarDate(receivedAt).slice(0, 4));
}

/** A CC without a valid register code cannot number its book (core would refuse the number). */
export function hasRegisterCode(center: Record<string, unknown> | undefined): center is { code: string } {
  return typeof center?.code === 'string' && CENTER_CODE_PATTERN.test(center.code);
}
