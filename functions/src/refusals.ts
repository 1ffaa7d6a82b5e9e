/**
 * Every refusal of a callable: an HttpsError whose message is Bahasa Indonesia first, English
 * second, with both in `details` so the web app can show the user's language alone.
 */
import { HttpsError, type FunctionsErrorCode } from 'firebase-functions/v2/https';
import type { Label } from '@buku/core';

export interface RefusalDetails {
  reason: string;
  message: Label;
  [key: string]: unknown;
}

export function refusal(
  code: FunctionsErrorCode,
  reason: string,
  message: Label,
  extra: Record<string, unknown> = {}
): HttpsError {
  const details: RefusalDetails = { ...extra, reason, message };
  return new HttpsError(code, `${message.id} / ${message.en}`, details);
}

export const REFUSALS = {
  signedOut: () =>
    refusal('unauthenticated', 'signed_out', {
      id: 'Silakan masuk terlebih dahulu.',
      en: 'Please sign in first.'
    }),
  badInput: (issues: string[]) =>
    refusal(
      'invalid-argument',
      'bad_input',
      { id: `Data tidak sah: ${issues.join('; ')}.`, en: `Invalid data: ${issues.join('; ')}.` },
      { issues }
    ),
  unknownCenter: (cc: string) =>
    refusal('not-found', 'unknown_center', {
      id: `CC "${cc}" tidak ditemukan.`,
      en: `Community Center "${cc}" was not found.`
    }),
  notStaffOf: (cc: string) =>
    refusal('permission-denied', 'not_coordinator', {
      id: `Hanya admin jaringan atau koordinator CC "${cc}" yang boleh melakukan ini.`,
      en: `Only a network admin or a coordinator of "${cc}" may do this.`
    }),
  futureMonth: (month: string, current: string) =>
    refusal(
      'failed-precondition',
      'future_month',
      {
        id: `Bulan ${month} belum tiba (sekarang ${current}, WITA): belum ada yang bisa dihitung.`,
        en: `Month ${month} has not come yet (it is ${current} now, WITA): there is nothing to compute.`
      },
      { month, current }
    ),
  adminOnly: () =>
    refusal('permission-denied', 'admin_only', {
      id: 'Hanya admin jaringan yang boleh melakukan ini.',
      en: 'Only a network admin may do this.'
    })
};
