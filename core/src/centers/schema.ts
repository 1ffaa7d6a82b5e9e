/** The profile of a Community Center (or a customary body acting as one): `centers/{cc}`. */
import * as z from 'zod';
import { areaCode } from '../complaints/schema';
import { CENTER_KIND_IDS } from '../taxonomy/index';
import { messageKeyFor } from '../validation/issues';
import { choice, email, optionalText, patterned, phoneNumber, text, yesNo } from '../validation/fields';

/** Used in register numbers `012/CC-SA/XII/2026`: capitals, digits, single dashes between. */
export const CENTER_CODE_PATTERN = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;

export const CENTER_LIMITS = {
  name: { min: 3, max: 120 },
  code: 16,
  place: { min: 2, max: 100 },
  address: 300,
  contactPerson: 100
} as const;

export const CenterProfileSchema = z.object({
  name: text(CENTER_LIMITS.name.min, CENTER_LIMITS.name.max),
  /** Written in capitals; lower-case input is raised. */
  code: z
    .string({ error: messageKeyFor })
    .trim()
    .toUpperCase()
    .pipe(patterned(CENTER_CODE_PATTERN, CENTER_LIMITS.code, 'center.code_format')),
  kind: choice(CENTER_KIND_IDS),
  desa: text(CENTER_LIMITS.place.min, CENTER_LIMITS.place.max),
  desaCode: areaCode('desa'),
  kecamatan: text(CENTER_LIMITS.place.min, CENTER_LIMITS.place.max),
  kecamatanCode: areaCode('kecamatan'),
  kabupaten: text(CENTER_LIMITS.place.min, CENTER_LIMITS.place.max),
  kabupatenCode: areaCode('kabupaten'),
  contact: z.object({
    person: optionalText(CENTER_LIMITS.contactPerson),
    phone: phoneNumber().optional(),
    email: email().optional(),
    address: optionalText(CENTER_LIMITS.address)
  }),
  active: yesNo().default(true)
});
export type CenterProfile = z.output<typeof CenterProfileSchema>;
export type CenterProfileInput = z.input<typeof CenterProfileSchema>;
