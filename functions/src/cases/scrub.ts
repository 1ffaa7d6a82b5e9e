/**
 * Free text on the public tracking view goes through core's scrubber: phone numbers, NIK-like
 * and other long numbers, emails, RT/RW. Whoever holds the code sees it, not only the complainant.
 */
import { scrubText as scrub } from '@buku/core';

export function scrubText(text: string): string {
  return scrub(text).text;
}
