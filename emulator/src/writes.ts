/**
 * The commit engine: a commit is planned against a private overlay of the documents it
 * touches and applied only when every write succeeded, so a failing write leaves nothing
 * behind.
 */
import { EmulatorError } from './errors';
import { documentPathFromName, fullName, parseFieldPath, type DatabaseName } from './paths';
import type { Database, StoredDocument } from './store';
import { applyTransforms, parseFieldTransform, type FieldTransform } from './transforms';
import {
  deleteField,
  documentSize,
  getField,
  MAX_DOCUMENT_BYTES,
  isObject,
  normalizeFields,
  normalizeTimestamp,
  setField,
  type Fields,
  type RestValue
} from './values';

export interface Precondition {
  exists?: boolean;
  updateTime?: string;
}

export interface ParsedWrite {
  kind: 'update' | 'delete' | 'transform';
  path: string;
  fields: Fields;
  /** Field paths of the update mask; null = replace the whole document. */
  mask: string[][] | null;
  transforms: FieldTransform[];
  precondition: Precondition | null;
}

const RESERVED_ID = /^__.*__$/;

/** Document ids Firestore refuses to write: '.', '..' and ids matching __.*__. */
function checkWritable(path: string): string {
  for (const id of path.split('/')) {
    if (id === '.' || id === '..' || RESERVED_ID.test(id)) {
      throw new EmulatorError(
        'INVALID_ARGUMENT',
        `Document or collection id "${id}" is reserved or invalid (${path}).`
      );
    }
  }
  return path;
}

export function parseWrite(db: DatabaseName, input: unknown): ParsedWrite {
  if (!isObject(input)) throw new EmulatorError('INVALID_ARGUMENT', 'A write must be an object.');
  let precondition: Precondition | null = null;
  if (isObject(input.currentDocument)) {
    precondition = {};
    if (input.currentDocument.exists !== undefined)
      precondition.exists = Boolean(input.currentDocument.exists);
    if (input.currentDocument.updateTime !== undefined) {
      precondition.updateTime = normalizeTimestamp(input.currentDocument.updateTime);
    }
  }
  const transforms = (Array.isArray(input.updateTransforms) ? input.updateTransforms : []).map(
    parseFieldTransform
  );
  if (isObject(input.update)) {
    const path = checkWritable(documentPathFromName(db, String(input.update.name ?? '')));
    const fields = normalizeFields(input.update.fields);
    const mask = isObject(input.updateMask)
      ? (Array.isArray(input.updateMask.fieldPaths) ? input.updateMask.fieldPaths : []).map((p) =>
          parseFieldPath(String(p))
        )
      : null;
    return { kind: 'update', path, fields, mask, transforms, precondition };
  }
  if (typeof input.delete === 'string') {
    return {
      kind: 'delete',
      path: documentPathFromName(db, input.delete),
      fields: {},
      mask: null,
      transforms: [],
      precondition
    };
  }
  if (isObject(input.transform)) {
    const path = checkWritable(documentPathFromName(db, String(input.transform.document ?? '')));
    const legacy = (
      Array.isArray(input.transform.fieldTransforms) ? input.transform.fieldTransforms : []
    ).map(parseFieldTransform);
    return { kind: 'transform', path, fields: {}, mask: null, transforms: legacy, precondition };
  }
  throw new EmulatorError('INVALID_ARGUMENT', 'A write needs one of update, delete or transform.');
}

export interface WriteOutcome {
  write: ParsedWrite;
  /** The document before the commit (what rules call `resource`). */
  before: StoredDocument | null;
  /** The document right after this write. */
  after: StoredDocument | null;
  updateTime: string | null;
  transformResults: RestValue[];
}

export interface CommitPlan {
  commitTime: string;
  outcomes: WriteOutcome[];
  /** Final state of every touched document. */
  finalState: Map<string, StoredDocument | null>;
}

export function planCommit(db: Database, writes: ParsedWrite[], commitTime: string): CommitPlan {
  const overlay = new Map<string, StoredDocument | null>();
  const read = (path: string): StoredDocument | null =>
    overlay.has(path) ? (overlay.get(path) ?? null) : db.get(path);
  const outcomes: WriteOutcome[] = [];
  for (const write of writes) {
    const before = db.get(write.path);
    const current = read(write.path);
    checkPrecondition(write, current, fullName(db, write.path));
    if (write.kind === 'delete') {
      overlay.set(write.path, null);
      outcomes.push({ write, before, after: null, updateTime: null, transformResults: [] });
      continue;
    }
    let fields: Fields;
    if (write.kind === 'update') {
      if (write.mask === null) {
        fields = structuredClone(write.fields);
      } else {
        fields = { ...(current?.fields ?? {}) };
        for (const path of write.mask) {
          const value = getField(write.fields, path);
          if (value === undefined) deleteField(fields, path);
          else setField(fields, path, structuredClone(value));
        }
      }
    } else {
      fields = { ...(current?.fields ?? {}) };
    }
    const transformResults = applyTransforms(fields, write.transforms, commitTime);
    const size = documentSize(write.path, fields);
    if (size > MAX_DOCUMENT_BYTES) {
      throw new EmulatorError(
        'INVALID_ARGUMENT',
        `Document ${fullName(db, write.path)} cannot be written because its size (${size} bytes) exceeds the maximum allowed size of ${MAX_DOCUMENT_BYTES} bytes.`
      );
    }
    const unchanged = current !== null && sameFields(current.fields, fields);
    const updateTime = unchanged ? current.updateTime : commitTime;
    const after: StoredDocument = {
      path: write.path,
      fields,
      createTime: current?.createTime ?? commitTime,
      updateTime
    };
    overlay.set(write.path, after);
    outcomes.push({ write, before, after, updateTime, transformResults });
  }
  return { commitTime, outcomes, finalState: overlay };
}

export function applyPlan(db: Database, plan: CommitPlan): void {
  for (const [path, doc] of plan.finalState) {
    if (doc === null) db.remove(path);
    else db.put(doc);
  }
}

function checkPrecondition(write: ParsedWrite, current: StoredDocument | null, name: string): void {
  const pre = write.precondition;
  if (!pre) return;
  if (pre.exists === true && current === null) {
    throw new EmulatorError('NOT_FOUND', `No document to update: ${name}`);
  }
  if (pre.exists === false && current !== null) {
    throw new EmulatorError('ALREADY_EXISTS', `Document already exists: ${name}`);
  }
  if (pre.updateTime !== undefined) {
    if (current === null) throw new EmulatorError('NOT_FOUND', `No document to update: ${name}`);
    if (normalizeTimestamp(current.updateTime) !== pre.updateTime) {
      throw new EmulatorError(
        'FAILED_PRECONDITION',
        `The document ${name} was last updated at ${current.updateTime}, not ${pre.updateTime}.`
      );
    }
  }
}

/** Structural equality (1 and 1.0 differ), used to keep updateTime on a write that changes nothing. */
export function sameFields(a: Fields, b: Fields): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const key of ka) {
    const y = b[key];
    if (y === undefined || !sameValue(a[key] as RestValue, y)) return false;
  }
  return true;
}

function sameValue(a: RestValue, b: RestValue): boolean {
  if ('mapValue' in a) return 'mapValue' in b && sameFields(a.mapValue.fields ?? {}, b.mapValue.fields ?? {});
  if ('arrayValue' in a) {
    if (!('arrayValue' in b)) return false;
    const x = a.arrayValue.values ?? [];
    const y = b.arrayValue.values ?? [];
    return x.length === y.length && x.every((v, i) => sameValue(v, y[i] as RestValue));
  }
  return JSON.stringify(a) === JSON.stringify(b);
}
