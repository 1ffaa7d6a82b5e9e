/**
 * Import of a paper complaint book (rows parsed by core's import on the coordinator's device):
 * each valid row becomes a complaint with its contact document, numbered in the CC's register in
 * the order of receipt, written in atomic chunks of at most 500 writes.
 *
 * Retrying is safe: a row's document id comes from the import id and its line, so a chunk that
 * was already written is skipped, not doubled. Rows that do not make a valid stored complaint
 * come back with the reason, in Bahasa Indonesia and English.
 */
import { createHash } from 'node:crypto';
import type { DocumentReference, Firestore } from 'firebase-admin/firestore';
import {
  ComplainantContactSchema,
  ComplaintRecordSchema,
  generateTrackingCode,
  isTerminal,
  validationMessages,
  witaStartOfDay,
  type Label,
  type StatusId
} from '@buku/core';
import type { ImportedComplaint } from '@buku/core/import/index';
import { z } from 'zod';
import { auditEntry, newAuditRef } from '../audit';
import type { MemberDirectory } from '../directory';
import { forumTraitsOf, type ForumTraits } from '../forum/forum-record';
import { stamp, storedComplaintInstants } from '../instants';
import { deadlinesOf } from '../intake/process-new-complaint';
import { hasRegisterCode, registerNumberFor, registerYearOf } from '../intake/register';
import { paths } from '../paths';
import { REFUSALS } from '../refusals';
import { parseInput, type Caller } from '../roles/manage-roles';
import { roleClaimsOf } from '../roles/authority';

/** Firestore's classic limit for one batch or transaction. */
export const MAX_WRITES_PER_CHUNK = 500;
/** One import call takes at most this many rows (a year of a busy CC is a few hundred). */
export const MAX_ROWS_PER_CALL = 5000;

export const ImportBookInput = z.object({
  ccId: z.string().trim().min(1).max(64),
  /** Chosen by the client once per file; the same id on a retry skips what is already in. */
  importId: z
    .string()
    .trim()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
  rows: z.array(z.record(z.string(), z.unknown())).max(MAX_ROWS_PER_CALL)
});

export interface RejectedImportRow {
  line: number;
  problems: { field: string; message: Label }[];
}

export interface ImportBookResult {
  imported: number;
  /** Rows written by an earlier call with the same import id. */
  alreadyImported: number;
  rejected: RejectedImportRow[];
  chunks: number;
  /** Register numbers given, first and last (by order of receipt). */
  firstRegisterNumber: string | null;
  lastRegisterNumber: string | null;
}

/** The stored complaint needs an urgency; where the book has none the forum still counts it as unrecorded. */
const DEFAULT_URGENCY = 'biasa';
/** Paper books seldom say how the complaint came in; most are walk-ins. */
const DEFAULT_CHANNEL = 'datang_langsung';
/** A book row without a remedy: said plainly rather than invented. */
const REMEDY_NOT_RECORDED = 'Tidak tercatat di buku pengaduan';

interface PreparedRow {
  line: number;
  receivedAt: string;
  complaint: Record<string, unknown>;
  contact: Record<string, unknown>;
}

function instantOfDay(day: string | undefined): string | undefined {
  return day ? witaStartOfDay(day).toISOString() : undefined;
}

function problemsOf(prefix: string, result: Parameters<typeof validationMessages>[0]) {
  const id = validationMessages(result, 'id');
  const en = validationMessages(result, 'en');
  return Object.keys(id).map((field) => ({
    field: prefix + field,
    message: { id: (id[field] ?? []).join(' '), en: (en[field] ?? []).join(' ') }
  }));
}

/** A book row as a stored complaint and contact, or the reasons it cannot be one. */
export function prepareRow(ccId: string, raw: Record<string, unknown>): PreparedRow | RejectedImportRow {
  const row = raw as unknown as ImportedComplaint;
  const line = typeof row.line === 'number' ? row.line : 0;
  const receivedAt = typeof row.receivedDate === 'string' ? safeInstant(row.receivedDate) : undefined;
  if (!receivedAt)
    return {
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
  const record = {
    ccId,
    sector: row.sector,
    providerName: row.provider,
    ...(row.maladministration ? { maladministrationType: row.maladministration } : {}),
    location: { desa: row.desa, ...(row.dusun ? { dusun: row.dusun } : {}) },
    chronology: row.description,
    remedyWanted: row.remedy || REMEDY_NOT_RECORDED,
    // The book has no service date; the receipt day is the closest honest value.
    occurredAt: row.receivedDate,
    peopleAffected: row.peopleAffected ?? 1,
    urgency: row.urgency ?? DEFAULT_URGENCY,
    consentToContact: Boolean(contactRaw.phone || contactRaw.address),
    privacy: 'rahasia',
    channel: row.channel ?? DEFAULT_CHANNEL,
    status,
    receivedAt,
    statusChangedAt: closedAt ?? verifiedAt ?? receivedAt,
    trackingCode: generateTrackingCode(),
    ...(verifiedAt ? { verifiedAt } : {}),
    ...(closedAt ? { closedAt } : {}),
    deadlines: deadlinesOf(receivedAt)
  };
  const complaint = ComplaintRecordSchema.safeParse(record);
  const contact = ComplainantContactSchema.safeParse(contactRaw);
  if (!complaint.success || !contact.success) {
    return {
      line,
      problems: [
        ...(complaint.success ? [] : problemsOf('', complaint)),
        ...(contact.success ? [] : problemsOf('contact.', contact))
      ]
    };
  }
  const forumTraits: ForumTraits = {
    ...forumTraitsOf(contact.data),
    ...(row.disability !== undefined ? { disability: row.disability } : {}),
    ...(row.urgency ? {} : { urgencyUnrecorded: true })
  };
  return {
    line,
    receivedAt,
    complaint: storedComplaintInstants(
      JSON.parse(
        JSON.stringify({
          ...complaint.data,
          forumTraits,
          ...(typeof row.satisfaction === 'number' ? { satisfaction: row.satisfaction } : {})
        })
      ) as Record<string, unknown>
    ),
    contact: JSON.parse(JSON.stringify(contact.data)) as Record<string, unknown>
  };
}

function safeInstant(day: string): string | undefined {
  try {
    return instantOfDay(day);
  } catch {
    return undefined;
  }
}

function rowDocId(importId: string, line: number): string {
  return `imp-${createHash('sha256').update(`${importId}:${line}`).digest('hex').slice(0, 24)}`;
}

/** Splits rows so that rows × 2 writes + one counter per year + one audit entry fit in a chunk. */
export function chunkRows(rows: PreparedRow[], maxWrites = MAX_WRITES_PER_CHUNK): PreparedRow[][] {
  const chunks: PreparedRow[][] = [];
  let current: PreparedRow[] = [];
  let years = new Set<number>();
  for (const row of rows) {
    const year = registerYearOf(row.receivedAt);
    const nextYears = years.has(year) ? years.size : years.size + 1;
    if (current.length > 0 && (current.length + 1) * 2 + nextYears + 1 > maxWrites) {
      chunks.push(current);
      current = [];
      years = new Set();
    }
    current.push(row);
    years.add(year);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export interface ImportDeps {
  db: Firestore;
  directory: MemberDirectory;
  now?: () => Date;
}

export async function importBook(
  deps: ImportDeps,
  caller: Caller | undefined,
  data: unknown
): Promise<ImportBookResult> {
  if (!caller) throw REFUSALS.signedOut();
  const input = parseInput(ImportBookInput, data);
  const user = await deps.directory.byUid(caller.uid);
  const claims = roleClaimsOf(user?.claims);
  if (!claims.admin && claims.cc[input.ccId] !== 'koordinator') throw REFUSALS.notStaffOf(input.ccId);
  const { db } = deps;
  const centerSnap = await db.doc(paths.center(input.ccId)).get();
  if (!centerSnap.exists) throw REFUSALS.unknownCenter(input.ccId);
  const center = centerSnap.data();
  if (!hasRegisterCode(center)) throw REFUSALS.unknownCenter(input.ccId);

  const rejected: RejectedImportRow[] = [];
  const prepared: PreparedRow[] = [];
  for (const raw of input.rows) {
    const result = prepareRow(input.ccId, raw);
    if ('problems' in result) rejected.push(result);
    else prepared.push(result);
  }
  // The register follows the book: order of receipt, then line.
  prepared.sort((a, b) =>
    a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : a.line - b.line
  );

  const at = (deps.now?.() ?? new Date()).toISOString();
  let imported = 0;
  let alreadyImported = 0;
  let first: string | null = null;
  let last: string | null = null;
  const chunks = chunkRows(prepared);
  for (const chunk of chunks) {
    const outcome = await db.runTransaction(
      async (tx) => {
        const refs = chunk.map((row) =>
          db.doc(paths.complaint(input.ccId, rowDocId(input.importId, row.line)))
        );
        const years = [...new Set(chunk.map((row) => registerYearOf(row.receivedAt)))].sort();
        const counterRefs = new Map<number, DocumentReference>(
          years.map((year) => [year, db.doc(paths.registerCounter(input.ccId, year))])
        );
        const snaps = await tx.getAll(...refs, ...counterRefs.values());
        const existing = snaps.slice(0, refs.length);
        const counters = new Map<number, number>();
        years.forEach((year, i) =>
          counters.set(year, (snaps[refs.length + i]?.data()?.last as number | undefined) ?? 0)
        );
        let written = 0;
        let chunkFirst: string | null = null;
        let chunkLast: string | null = null;
        chunk.forEach((row, i) => {
          if (existing[i]?.exists) return;
          const year = registerYearOf(row.receivedAt);
          const sequence = counters.get(year)! + 1;
          counters.set(year, sequence);
          const registerNumber = registerNumberFor(sequence, center.code, row.receivedAt);
          chunkFirst ??= registerNumber;
          chunkLast = registerNumber;
          const ref = refs[i]!;
          tx.set(ref, {
            ...row.complaint,
            registerNumber,
            importedFrom: { importId: input.importId, line: row.line },
            updatedAt: stamp(at)
          });
          tx.set(ref.collection('private').doc('contact'), row.contact);
          written++;
        });
        if (written > 0) {
          for (const [year, ref] of counterRefs)
            tx.set(ref, { last: counters.get(year), year, updatedAt: stamp(at) });
          tx.set(
            newAuditRef(db),
            auditEntry({
              at,
              action: 'book.imported',
              actor: caller.uid,
              ccId: input.ccId,
              details: { importId: input.importId, rows: written, first: chunkFirst, last: chunkLast }
            })
          );
        }
        return { written, skipped: chunk.length - written, first: chunkFirst, last: chunkLast };
      },
      { maxAttempts: 10 }
    );
    imported += outcome.written;
    alreadyImported += outcome.skipped;
    first ??= outcome.first;
    if (outcome.last) last = outcome.last;
  }
  return {
    imported,
    alreadyImported,
    rejected,
    chunks: chunks.length,
    firstRegisterNumber: first,
    lastRegisterNumber: last
  };
}
