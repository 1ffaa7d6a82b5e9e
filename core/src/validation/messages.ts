/**
 * The catalogue of validation messages. A zod issue produced by core's schemas carries a
 * message key (its `message`, or `params.key` for custom checks) plus numbers such as
 * `minimum`/`maximum`; the UI turns it into text with `formatIssue(issue, lang)`.
 * Keys are stable: tests, rules and the UI may compare them.
 */
import type { Label } from '../i18n';

export const VALIDATION_MESSAGES = {
  required: { id: 'Wajib diisi.', en: 'Required.' },
  invalid_type: { id: 'Isian tidak sah.', en: 'Invalid value.' },
  'text.too_short': {
    id: 'Terlalu pendek: paling sedikit {min} huruf.',
    en: 'Too short: at least {min} characters.'
  },
  'text.too_long': {
    id: 'Terlalu panjang: paling banyak {max} huruf.',
    en: 'Too long: at most {max} characters.'
  },
  'text.pattern': { id: 'Format tidak sesuai.', en: 'Wrong format.' },
  'number.not_integer': { id: 'Harus bilangan bulat.', en: 'Must be a whole number.' },
  'number.too_small': { id: 'Paling kecil {min}.', en: 'At least {min}.' },
  'number.too_big': { id: 'Paling besar {max}.', en: 'At most {max}.' },
  'list.too_long': { id: 'Paling banyak {max} pilihan.', en: 'At most {max} choices.' },
  'choice.invalid': { id: 'Pilihan tidak dikenal.', en: 'Unknown choice.' },
  'date.format': {
    id: 'Tanggal tidak sah (gunakan TTTT-BB-HH).',
    en: 'Invalid date (use YYYY-MM-DD).'
  },
  'date.in_future': { id: 'Tanggal tidak boleh di masa depan.', en: 'The date cannot be in the future.' },
  'date.too_early': {
    id: 'Tanggal terlalu lama: paling awal {min}.',
    en: 'Date too far back: {min} at the earliest.'
  },
  'datetime.format': { id: 'Waktu tidak sah.', en: 'Invalid date and time.' },
  'phone.invalid_chars': {
    id: 'Nomor HP hanya boleh berisi angka, spasi, tanda hubung, titik atau + di depan.',
    en: 'A phone number may only contain digits, spaces, dashes, dots or a leading +.'
  },
  'phone.not_mobile': {
    id: 'Bukan nomor HP Indonesia: harus diawali 08, 628 atau +628.',
    en: 'Not an Indonesian mobile number: it must start with 08, 628 or +628.'
  },
  'phone.too_short': {
    id: 'Nomor HP terlalu pendek: 10 sampai 13 angka (mis. 0812 3456 7890).',
    en: 'Phone number too short: 10 to 13 digits (e.g. 0812 3456 7890).'
  },
  'phone.too_long': {
    id: 'Nomor HP terlalu panjang: 10 sampai 13 angka (mis. 0812 3456 7890).',
    en: 'Phone number too long: 10 to 13 digits (e.g. 0812 3456 7890).'
  },
  'email.invalid': { id: 'Alamat email tidak sah.', en: 'Invalid email address.' },
  'complaint.occurred_after_received': {
    id: 'Tanggal kejadian tidak boleh sesudah tanggal pengaduan diterima.',
    en: 'The service date cannot be after the date the complaint was received.'
  },
  'complaint.late_needs_note': {
    id: 'Pelayanan terjadi lebih dari {days} hari sebelum pengaduan diterima: tulis catatan petugas yang menjelaskan alasannya (UU 25/2009 pasal 42).',
    en: 'The service took place more than {days} days before the complaint was received: add a staff note explaining why (Law 25/2009 art. 42).'
  },
  'contact.needs_phone_or_address': {
    id: 'Jika bersedia dihubungi, isi nomor HP atau alamat.',
    en: 'If you agree to be contacted, give a phone number or an address.'
  },
  'referral.other_needs_name': {
    id: 'Sebutkan nama tujuan rujukan.',
    en: 'Name the body the case is referred to.'
  },
  'center.code_format': {
    id: 'Kode hanya huruf besar, angka dan tanda hubung (mis. CC-SA).',
    en: 'Code: capital letters, digits and dashes only (e.g. CC-SA).'
  },
  'area.code_format': {
    id: 'Kode wilayah tidak sesuai format Kemendagri (mis. {example}).',
    en: 'Area code does not follow the Home Affairs format (e.g. {example}).'
  },
  'id.format': {
    id: 'Pengenal hanya huruf kecil, angka, - dan _.',
    en: 'Identifier: lower-case letters, digits, - and _ only.'
  },
  'referral.bad_ticket_id': {
    id: 'Nomor tiket hanya huruf, angka, spasi dan tanda - / . _ # : (salin dari LAPOR! atau Ombudsman).',
    en: 'A ticket id has only letters, digits, spaces and - / . _ # : (copy it from LAPOR! or the Ombudsman).'
  },
  'complaint.confirmation_needs_answer': {
    id: 'Nyatakan apakah masalahnya sudah selesai.',
    en: 'Say whether the problem has been resolved.'
  },
  'network_share.needs_reason': {
    id: 'Tulis alasan kasus ini dibagikan ke admin jaringan (mis. perlu eskalasi ke Ombudsman).',
    en: 'Say why this case is shared with the network admins (e.g. it needs escalating to the Ombudsman).'
  },
  invalid: { id: 'Isian tidak sah.', en: 'Invalid value.' }
} as const satisfies Record<string, Label>;

export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES;

export function isValidationMessageKey(key: unknown): key is ValidationMessageKey {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(VALIDATION_MESSAGES, key);
}
