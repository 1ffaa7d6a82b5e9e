/**
 * One imported book row as the complaint and contact the CC's book will store, checked by the
 * same schemas as every stored complaint. The import callable writes what this returns; the
 * import page runs it too, so a row the server would refuse is shown as refused in the preview,
 * before anything is written.
 */
import { ComplainantContactSchema, ComplaintRecordSchema } from '../complaints/schema';
import { deadlinesFor } from '../deadlines/deadlines';
import type { Label } from '../i18n';
import { validationMessages } from '../validation/issues';
import { witaStartOfDay } from '../wita/index';
import { isTerminal, type StatusId } from '../workflow/states';
import type { ImportedComplaint } from './book';

/** The stored complaint needs an urgency; where the book has none the forum still counts it as unrecorded. */
export const IMPORT_DEFAULT_URGENCY = 'biasa';
/** Paper books seldom say how the complaint came in; most are walk-ins. */
export const IMPORT_DEFAULT_CHANNEL = 'datang_langsung';
/** A book row without a remedy: said plainly rather than invented. */
export const IMPORT_REMEDY_NOT_RECORDED = 'Tidak tercatat di buku pengaduan';

export interface StoredRowProblem {
  /** The stored field the message is about ('contact.' prefix for the contact document). */
  field: string;
  message: Label;
}

export type StoredRowCheck =
  | {
      ok: true;
      line: number;
      /** ISO instant: the start of the day received (WITA). */
      receivedAt: string;
      /** The complaint as stored, instants as ISO strings. */
      complaint: Record<string, unknown>;
      contact: Record<string, unknown>;
    }
  | { ok: false; line: number; problems: StoredRowProblem[] };

function instantOfDay(day: string | undefined): string | undefined {
  if (!day) return undefined;
  try {
    return witaStartOfDay(day).toISOString();
  } catch {
    return undefined;
  }
}

function problemsOf(prefix: string, result: Parameters<typeof validationMessages>[0]): StoredRowProblem[] {
  const id = validationMessages(result, 'id');
  const en = validationMessages(result, 'en');
  return Object.keys(id).map((field) => ({
    field: prefix + field,
    message: { id: (id[field] ?? []).join(' '), en: (en[field] ?? []).join(' ') }
  }));
}

const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

/** `trackingCode`: the code the stored complaint will carry (the preview passes any valid one). */
export function storedRowOf(ccId: string, row: ImportedComplaint, trackingCode: string): StoredRowCheck {
  const line = typeof row.line === 'number' ? row.line : 0;
  const receivedAt = typeof row.receivedDate === 'string' ? instantOfDay(row.receivedDate) : undefined;
  if (!receivedAt)
    return {
      ok: false,
      line,
      problems: [
        {
          field: 'receivedDate',
          message: { id: 'Tanggal diterima tidak sah.', en: 'The date received is not valid.' }
        }
      ]
    };
  const status = row.status as StatusId;
  const closedAt = isTerminal(status) ? instantOfDay(row.closedDate) : undefined;
  const verifiedAt = instantOfDay(row.verifiedDate);
  const contactRaw: Record<string, unknown> = {};
  if (row.complainantName) contactRaw.name = row.complainantName;
  if (row.contact) {
    // A book's contact column holds a phone number or an address; the phone check tells which.
    const phone = ComplainantContactSchema.shape.phone.safeParse(row.contact);
    if (phone.success) contactRaw.phone = row.contact;
    else contactRaw.address = row.contact;
  }
  if (row.gender) contactRaw.gender = row.gender;
  if (row.ageGroup) contactRaw.ageGroup = row.ageGroup;
  if (row.disabilities?.length) contactRaw.disabilities = row.disabilities;
  const deadlines = deadlinesFor(receivedAt);
  const record = {
    ccId,
    sector: row.sector,
    providerName: row.provider,
    ...(row.maladministration ? { maladministrationType: row.maladministration } : {}),
    location: { desa: row.desa, ...(row.dusun ? { dusun: row.dusun } : {}) },
    chronology: row.description,
    remedyWanted: row.remedy || IMPORT_REMEDY_NOT_RECORDED,
    // The book has no service date; the receipt day is the closest honest value.
    occurredAt: row.receivedDate,
    peopleAffected: row.peopleAffected ?? 1,
    urgency: row.urgency ?? IMPORT_DEFAULT_URGENCY,
    consentToContact: Boolean(contactRaw.phone || contactRaw.address),
    privacy: 'rahasia',
    channel: row.channel ?? IMPORT_DEFAULT_CHANNEL,
    status,
    receivedAt,
    statusChangedAt: closedAt ?? verifiedAt ?? receivedAt,
    trackingCode,
    ...(verifiedAt ? { verifiedAt } : {}),
    ...(closedAt ? { closedAt } : {}),
    deadlines: {
      verifikasi: deadlines.verifikasi.dueAt.toISOString(),
      tindak_lanjut: deadlines.tindak_lanjut.dueAt.toISOString(),
      penyelesaian: deadlines.penyelesaian.dueAt.toISOString()
    }
  };
  const complaint = ComplaintRecordSchema.safeParse(record);
  const contact = ComplainantContactSchema.safeParse(contactRaw);
  if (!complaint.success || !contact.success) {
    return {
      ok: false,
      line,
      problems: [
        ...(complaint.success ? [] : problemsOf('', complaint)),
        ...(contact.success ? [] : problemsOf('contact.', contact))
      ]
    };
  }
  return { ok: true, line, receivedAt, complaint: plain(complaint.data), contact: plain(contact.data) };
}
