/**
 * The query engine: StructuredQuery (REST JSON; enums as names or numbers) over the
 * documents of one collection or collection group.
 */
import { EmulatorError } from './errors';
import { compareValues, typeOrder } from './ordering';
import {
  comparePaths,
  formatFieldPath,
  fullName,
  parseFieldPath,
  segments,
  type DatabaseName
} from './paths';
import type { Database, StoredDocument } from './store';
import { getField, isNaNValue, isObject, normalizeValue, projectFields, type RestValue } from './values';

const FIELD_OPS = [
  'OPERATOR_UNSPECIFIED',
  'LESS_THAN',
  'LESS_THAN_OR_EQUAL',
  'GREATER_THAN',
  'GREATER_THAN_OR_EQUAL',
  'EQUAL',
  'NOT_EQUAL',
  'ARRAY_CONTAINS',
  'IN',
  'ARRAY_CONTAINS_ANY',
  'NOT_IN'
] as const;
const UNARY_OPS: Record<number, string> = {
  0: 'OPERATOR_UNSPECIFIED',
  2: 'IS_NAN',
  3: 'IS_NULL',
  4: 'IS_NOT_NAN',
  5: 'IS_NOT_NULL'
};
const COMPOSITE_OPS = ['OPERATOR_UNSPECIFIED', 'AND', 'OR'] as const;
const DIRECTIONS = ['DIRECTION_UNSPECIFIED', 'ASCENDING', 'DESCENDING'] as const;

function enumName(value: unknown, names: readonly string[] | Record<number, string>): string {
  if (typeof value === 'number') return (names as Record<number, string>)[value] ?? String(value);
  return String(value ?? (names as Record<number, string>)[0]);
}

/** The rules engine reads a StructuredQuery with enums as names, whichever way the SDK sent them. */
export function namedEnums(input: unknown, parentKey = ''): unknown {
  if (Array.isArray(input)) return input.map((item) => namedEnums(item, parentKey));
  if (!isObject(input)) return input;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === 'op' && typeof value === 'number') {
      const table =
        parentKey === 'fieldFilter' ? FIELD_OPS : parentKey === 'unaryFilter' ? UNARY_OPS : COMPOSITE_OPS;
      out[key] = enumName(value, table);
    } else if (key === 'direction' && typeof value === 'number') {
      out[key] = enumName(value, DIRECTIONS);
    } else {
      out[key] = namedEnums(value, key);
    }
  }
  return out;
}

export type Filter =
  | { kind: 'field'; field: string[]; op: string; value: RestValue }
  | { kind: 'unary'; field: string[]; op: string }
  | { kind: 'composite'; op: 'AND' | 'OR'; filters: Filter[] };

export interface Order {
  field: string[];
  descending: boolean;
}

export interface Cursor {
  values: RestValue[];
  before: boolean;
}

export interface ParsedQuery {
  collectionId: string;
  allDescendants: boolean;
  select: string[][] | null;
  where: Filter | null;
  orderBy: Order[];
  startAt: Cursor | null;
  endAt: Cursor | null;
  offset: number;
  limit: number | null;
}

const NAME = '__name__';

function isName(field: string[]): boolean {
  return field.length === 1 && field[0] === NAME;
}

function fieldRef(input: unknown): string[] {
  if (!isObject(input) || typeof input.fieldPath !== 'string') {
    throw new EmulatorError('INVALID_ARGUMENT', 'A field reference needs a fieldPath.');
  }
  return parseFieldPath(input.fieldPath);
}

function parseFilter(input: unknown): Filter | null {
  if (!isObject(input)) return null;
  if (isObject(input.compositeFilter)) {
    const op = enumName(input.compositeFilter.op, COMPOSITE_OPS);
    if (op !== 'AND' && op !== 'OR')
      throw new EmulatorError('INVALID_ARGUMENT', `Unknown composite operator ${op}.`);
    const filters = (Array.isArray(input.compositeFilter.filters) ? input.compositeFilter.filters : [])
      .map(parseFilter)
      .filter((f): f is Filter => f !== null);
    return { kind: 'composite', op, filters };
  }
  if (isObject(input.fieldFilter)) {
    const op = enumName(input.fieldFilter.op, FIELD_OPS);
    if (!FIELD_OPS.includes(op as (typeof FIELD_OPS)[number]) || op === 'OPERATOR_UNSPECIFIED') {
      throw new EmulatorError('INVALID_ARGUMENT', `Unknown field filter operator ${op}.`);
    }
    const value = normalizeValue(input.fieldFilter.value);
    if ((op === 'IN' || op === 'NOT_IN' || op === 'ARRAY_CONTAINS_ANY') && !('arrayValue' in value)) {
      throw new EmulatorError('INVALID_ARGUMENT', `${op} needs an array value.`);
    }
    return { kind: 'field', field: fieldRef(input.fieldFilter.field), op, value };
  }
  if (isObject(input.unaryFilter)) {
    const op = enumName(input.unaryFilter.op, UNARY_OPS);
    if (!['IS_NAN', 'IS_NULL', 'IS_NOT_NAN', 'IS_NOT_NULL'].includes(op)) {
      throw new EmulatorError('INVALID_ARGUMENT', `Unknown unary operator ${op}.`);
    }
    return { kind: 'unary', field: fieldRef(input.unaryFilter.field), op };
  }
  return null;
}

function parseCursor(input: unknown): Cursor | null {
  if (!isObject(input)) return null;
  const values = (Array.isArray(input.values) ? input.values : []).map((v) => normalizeValue(v));
  return { values, before: Boolean(input.before) };
}

function parseLimit(input: unknown): number | null {
  if (input === undefined || input === null) return null;
  const raw = isObject(input) ? input.value : input;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new EmulatorError('INVALID_ARGUMENT', `Invalid limit: ${String(raw)}.`);
  return n;
}

export function parseStructuredQuery(input: unknown): ParsedQuery {
  if (!isObject(input)) throw new EmulatorError('INVALID_ARGUMENT', 'structuredQuery is required.');
  const from = Array.isArray(input.from) ? input.from : [];
  if (from.length !== 1 || !isObject(from[0])) {
    throw new EmulatorError('INVALID_ARGUMENT', 'A query must select exactly one collection.');
  }
  const selector = from[0];
  const select = isObject(input.select)
    ? (Array.isArray(input.select.fields) ? input.select.fields : []).map(fieldRef)
    : null;
  const orderBy = (Array.isArray(input.orderBy) ? input.orderBy : []).map((o): Order => {
    if (!isObject(o)) throw new EmulatorError('INVALID_ARGUMENT', 'Invalid orderBy.');
    return { field: fieldRef(o.field), descending: enumName(o.direction, DIRECTIONS) === 'DESCENDING' };
  });
  if (input.findNearest !== undefined) {
    throw new EmulatorError(
      'UNIMPLEMENTED',
      'Vector search (findNearest) is not supported by this emulator.'
    );
  }
  const offset = Number(input.offset ?? 0);
  if (!Number.isInteger(offset) || offset < 0) throw new EmulatorError('INVALID_ARGUMENT', 'Invalid offset.');
  return {
    collectionId: String(selector.collectionId ?? ''),
    allDescendants: Boolean(selector.allDescendants),
    select,
    where: parseFilter(input.where),
    orderBy,
    startAt: parseCursor(input.startAt),
    endAt: parseCursor(input.endAt),
    offset,
    limit: parseLimit(input.limit)
  };
}

const INEQUALITIES = new Set([
  'LESS_THAN',
  'LESS_THAN_OR_EQUAL',
  'GREATER_THAN',
  'GREATER_THAN_OR_EQUAL',
  'NOT_EQUAL',
  'NOT_IN',
  'IS_NOT_NAN',
  'IS_NOT_NULL'
]);

function inequalityFields(filter: Filter | null, out: Map<string, string[]>): void {
  if (!filter) return;
  if (filter.kind === 'composite') {
    for (const f of filter.filters) inequalityFields(f, out);
  } else if (INEQUALITIES.has(filter.op)) {
    out.set(formatFieldPath(filter.field), filter.field);
  }
}

/** Explicit orderBy, then inequality fields not yet ordered (by field path), then __name__,
 * the implicit ones taking the direction of the last explicit order. */
export function normalizedOrder(query: ParsedQuery): Order[] {
  const order = [...query.orderBy];
  const seen = new Set(order.map((o) => formatFieldPath(o.field)));
  const lastDescending = order.length > 0 ? (order[order.length - 1] as Order).descending : false;
  const inequalities = new Map<string, string[]>();
  inequalityFields(query.where, inequalities);
  const extra = [...inequalities.entries()]
    .filter(([key]) => !seen.has(key))
    .sort((a, b) => compareFieldPaths(a[1], b[1]));
  for (const [key, field] of extra) {
    if (key === NAME) continue;
    order.push({ field, descending: lastDescending });
    seen.add(key);
  }
  if (!seen.has(NAME)) order.push({ field: [NAME], descending: lastDescending });
  return order;
}

function compareFieldPaths(a: string[], b: string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

export interface QueryContext {
  db: DatabaseName;
  /** Document-relative path of the parent ('' = root). */
  parent: string;
}

function fieldValue(ctx: QueryContext, doc: StoredDocument, field: string[]): RestValue | undefined {
  if (isName(field)) return { referenceValue: fullName(ctx.db, doc.path) };
  return getField(doc.fields, field);
}

function contains(list: RestValue[], value: RestValue): boolean {
  return list.some((item) => compareValues(item, value) === 0);
}

function matches(ctx: QueryContext, doc: StoredDocument, filter: Filter): boolean {
  if (filter.kind === 'composite') {
    if (filter.op === 'AND') return filter.filters.every((f) => matches(ctx, doc, f));
    return filter.filters.some((f) => matches(ctx, doc, f));
  }
  const value = fieldValue(ctx, doc, filter.field);
  if (filter.kind === 'unary') {
    if (value === undefined) return false;
    switch (filter.op) {
      case 'IS_NAN':
        return isNaNValue(value);
      case 'IS_NULL':
        return 'nullValue' in value;
      case 'IS_NOT_NAN':
        return !('nullValue' in value) && !isNaNValue(value);
      default:
        return !('nullValue' in value);
    }
  }
  if (value === undefined) return false;
  const operand = filter.value;
  const list = 'arrayValue' in operand ? (operand.arrayValue.values ?? []) : [];
  switch (filter.op) {
    case 'EQUAL':
      return compareValues(value, operand) === 0;
    case 'NOT_EQUAL':
      return !('nullValue' in value) && compareValues(value, operand) !== 0;
    case 'LESS_THAN':
    case 'LESS_THAN_OR_EQUAL':
    case 'GREATER_THAN':
    case 'GREATER_THAN_OR_EQUAL': {
      // Range filters only match values of the operand's type.
      if (typeOrder(value) !== typeOrder(operand)) return false;
      const c = compareValues(value, operand);
      if (filter.op === 'LESS_THAN') return c < 0;
      if (filter.op === 'LESS_THAN_OR_EQUAL') return c <= 0;
      if (filter.op === 'GREATER_THAN') return c > 0;
      return c >= 0;
    }
    case 'ARRAY_CONTAINS':
      return 'arrayValue' in value && contains(value.arrayValue.values ?? [], operand);
    case 'ARRAY_CONTAINS_ANY':
      return (
        'arrayValue' in value && (value.arrayValue.values ?? []).some((element) => contains(list, element))
      );
    case 'IN':
      return contains(list, value);
    case 'NOT_IN':
      if (list.some((item) => 'nullValue' in item)) return false;
      return !('nullValue' in value) && !contains(list, value);
    default:
      return false;
  }
}

function compareDocs(ctx: QueryContext, order: Order[], a: StoredDocument, b: StoredDocument): number {
  for (const o of order) {
    let c: number;
    if (isName(o.field)) c = comparePaths(a.path, b.path);
    else
      c = compareValues(getField(a.fields, o.field) as RestValue, getField(b.fields, o.field) as RestValue);
    if (c !== 0) return o.descending ? -c : c;
  }
  return 0;
}

/** Compares a document with a cursor over the cursor's prefix of the order. */
function compareToCursor(ctx: QueryContext, order: Order[], doc: StoredDocument, cursor: Cursor): number {
  for (let i = 0; i < cursor.values.length && i < order.length; i++) {
    const o = order[i] as Order;
    const bound = cursor.values[i] as RestValue;
    let c: number;
    if (isName(o.field)) {
      c = compareValues({ referenceValue: fullName(ctx.db, doc.path) }, cursorReference(ctx, bound));
    } else {
      c = compareValues(getField(doc.fields, o.field) as RestValue, bound);
    }
    if (c !== 0) return o.descending ? -c : c;
  }
  return 0;
}

/** A __name__ cursor may be a full reference or a bare document id relative to the parent collection. */
function cursorReference(ctx: QueryContext, bound: RestValue): RestValue {
  if ('stringValue' in bound) return { referenceValue: fullName(ctx.db, bound.stringValue) };
  return bound;
}

function candidates(db: Database, ctx: QueryContext, query: ParsedQuery): Iterable<StoredDocument> {
  if (query.allDescendants) return db.collectionGroup(ctx.parent, query.collectionId);
  const collectionPath = ctx.parent === '' ? query.collectionId : `${ctx.parent}/${query.collectionId}`;
  return db.collection(collectionPath);
}

export interface QueryResult {
  documents: StoredDocument[];
}

/** Runs a query and returns documents in order, projected when the query selects fields. */
export function runQuery(db: Database, ctx: QueryContext, query: ParsedQuery): StoredDocument[] {
  const order = normalizedOrder(query);
  const needed = order.filter((o) => !isName(o.field));
  const matched: StoredDocument[] = [];
  for (const doc of candidates(db, ctx, query)) {
    if (needed.some((o) => getField(doc.fields, o.field) === undefined)) continue;
    if (query.where && !matches(ctx, doc, query.where)) continue;
    if (query.startAt) {
      const c = compareToCursor(ctx, order, doc, query.startAt);
      if (query.startAt.before ? c < 0 : c <= 0) continue;
    }
    if (query.endAt) {
      const c = compareToCursor(ctx, order, doc, query.endAt);
      if (query.endAt.before ? c >= 0 : c > 0) continue;
    }
    matched.push(doc);
  }
  matched.sort((a, b) => compareDocs(ctx, order, a, b));
  const end = query.limit === null ? undefined : query.offset + query.limit;
  const page = matched.slice(query.offset, end);
  if (query.select === null) return page;
  const fields = query.select.filter((f) => !isName(f));
  return page.map((doc) => ({ ...doc, fields: projectFields(doc.fields, fields) }));
}

/** Parent path of a runQuery request relative to the documents root, checked to be a document. */
export function queryParentPath(parent: string): string {
  if (parent !== '' && segments(parent).length % 2 !== 0) {
    throw new EmulatorError('INVALID_ARGUMENT', `The parent of a query must be a document: ${parent}`);
  }
  return parent;
}
