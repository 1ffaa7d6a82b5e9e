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
import { generateTrackingCode, type Label } from '@buku/core';
import type { ImportedComplaint } from '@buku/core/import/index';
import { storedRowOf } from '@buku/core/import/stored-row';
import { z } from 'zod';
import { auditEntry, newAuditRef } from '../audit';
import type { MemberDirectory } from '../directory';
import { forumTraitsOf, type ForumTraits } from '../forum/forum-record';
import { stamp, storedComplaintInstants } from '../instants';
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

interface PreparedRow {
  line: number;
  receivedAt: string;
  complaint: Record<string, unknown>;
  contact: Record<string, unknown>;
}

/** A book row as a stored complaint and contact, or the reasons it cannot be one. */
export function prepareRow(ccId: string, raw: Record<string, unknown>): PreparedRow | RejectedImportRow {
  const row = raw as unknown as ImportedComplaint;
  const checked = storedRowOf(ccId, row, generateTrackingCode());
  if (!checked.ok) return { line: checked.line, problems: checked.problems };
  const forumTraits: ForumTraits = {
    ...forumTraitsOf(checked.contact),
    ...(row.disability !== undefined ? { disability: row.disability } : {}),
    ...(row.urgency ? {} : { urgencyUnrecorded: true })
  };
  return {
    line: checked.line,
    receivedAt: checked.receivedAt,
    complaint: storedComplaintInstants({
      ...checked.complaint,
      forumTraits,
      ...(typeof row.satisfaction === 'number' ? { satisfaction: row.satisfaction } : {})
    }),
    contact: checked.contact
  };
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
