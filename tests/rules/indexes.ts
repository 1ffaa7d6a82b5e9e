/**
 * Which index a query needs, by the rule we implement (Firestore's documented behaviour,
 * kept deliberately strict where Firestore is lenient):
 *
 * 1. Filters split into equality-like ones (==, in, array-contains, array-contains-any) and
 *    inequalities (<, <=, >, >=, !=, not-in). Our queries use at most one inequality field.
 * 2. Firestore orders by the inequality field first. The index's ordered tail is therefore:
 *    the inequality field (in the direction of the first orderBy when that is the same field,
 *    ascending otherwise), then the orderBy fields not already placed and not equality fields.
 * 3. If the query touches one field only, the automatic single-field index serves it: nothing
 *    to declare for a collection query; for a collection-group query a fieldOverride with
 *    queryScope COLLECTION_GROUP is needed (automatic indexes are collection-scoped).
 * 4. If there is no ordered tail and every filter is == or array-contains on a collection,
 *    Firestore merges single-field indexes: nothing to declare. (Collection groups are not
 *    merged here: we ask for a composite index, the safe side.)
 * 5. Otherwise a composite index: the equality fields first (any order, ASCENDING, or CONTAINS
 *    for array-contains), then the ordered tail in order with exact directions.
 *    We do not count on Firestore reading an index backwards.
 */
import type { QueryShape } from './queries';

export type Mode = 'ASCENDING' | 'DESCENDING' | 'CONTAINS';

export interface IndexField {
  fieldPath: string;
  order?: 'ASCENDING' | 'DESCENDING';
  arrayConfig?: 'CONTAINS';
}

export interface CompositeIndex {
  collectionGroup: string;
  queryScope: 'COLLECTION' | 'COLLECTION_GROUP';
  fields: IndexField[];
}

export interface FieldOverride {
  collectionGroup: string;
  fieldPath: string;
  indexes: {
    order?: 'ASCENDING' | 'DESCENDING';
    arrayConfig?: 'CONTAINS';
    queryScope: 'COLLECTION' | 'COLLECTION_GROUP';
  }[];
}

export interface IndexesFile {
  indexes: CompositeIndex[];
  fieldOverrides: FieldOverride[];
}

export type Requirement =
  | { kind: 'automatic'; why: string }
  | { kind: 'group-field'; collectionGroup: string; fieldPath: string; modes: Mode[] }
  | {
      kind: 'composite';
      collectionGroup: string;
      queryScope: CompositeIndex['queryScope'];
      equality: { fieldPath: string; mode: Mode }[];
      ordered: { fieldPath: string; mode: Mode }[];
    };

const EQUALITY = new Set(['==', 'in', 'array-contains', 'array-contains-any']);
const ARRAY = new Set(['array-contains', 'array-contains-any']);
const direction = (d: 'asc' | 'desc'): Mode => (d === 'asc' ? 'ASCENDING' : 'DESCENDING');

export function requiredIndex(query: QueryShape): Requirement {
  const equality = new Map<string, Mode>();
  const inequalities = new Set<string>();
  for (const [field, op] of query.where) {
    if (EQUALITY.has(op)) equality.set(field, ARRAY.has(op) ? 'CONTAINS' : 'ASCENDING');
    else inequalities.add(field);
  }
  if (inequalities.size > 1)
    throw new Error(`${query.name}: more than one inequality field is not handled here`);
  const orderBy = query.orderBy ?? [];
  const ordered: { fieldPath: string; mode: Mode }[] = [];
  const [inequality] = inequalities;
  if (inequality !== undefined) {
    const first = orderBy[0];
    ordered.push({
      fieldPath: inequality,
      mode: first?.[0] === inequality ? direction(first[1]) : 'ASCENDING'
    });
  }
  for (const [field, d] of orderBy) {
    if (equality.has(field) || ordered.some((o) => o.fieldPath === field)) continue;
    ordered.push({ fieldPath: field, mode: direction(d) });
  }
  const fields = new Set([...equality.keys(), ...ordered.map((o) => o.fieldPath)]);

  if (fields.size <= 1) {
    if (query.scope === 'COLLECTION')
      return { kind: 'automatic', why: 'one field: automatic single-field index' };
    const [fieldPath = '__name__'] = fields;
    const modes: Mode[] = equality.has(fieldPath)
      ? [equality.get(fieldPath) === 'CONTAINS' ? 'CONTAINS' : 'ASCENDING']
      : ordered.map((o) => o.mode);
    return { kind: 'group-field', collectionGroup: query.collection, fieldPath, modes };
  }
  const mergeable = query.where.every(([, op]) => op === '==' || op === 'array-contains');
  if (ordered.length === 0 && mergeable && query.scope === 'COLLECTION')
    return { kind: 'automatic', why: 'equality filters only: single-field indexes are merged' };
  return {
    kind: 'composite',
    collectionGroup: query.collection,
    queryScope: query.scope,
    equality: [...equality].map(([fieldPath, mode]) => ({ fieldPath, mode })),
    ordered
  };
}

function modeOf(field: IndexField): Mode {
  return field.arrayConfig === 'CONTAINS' ? 'CONTAINS' : (field.order ?? 'ASCENDING');
}

/** Whether a declared composite index serves the requirement (rule 5). */
export function compositeServes(
  index: CompositeIndex,
  need: Extract<Requirement, { kind: 'composite' }>
): boolean {
  if (index.collectionGroup !== need.collectionGroup || index.queryScope !== need.queryScope) return false;
  const fields = index.fields.filter((f) => f.fieldPath !== '__name__');
  if (fields.length !== need.equality.length + need.ordered.length) return false;
  const head = fields.slice(0, need.equality.length);
  const tail = fields.slice(need.equality.length);
  const headMatches = need.equality.every((e) =>
    head.some((f) => f.fieldPath === e.fieldPath && modeOf(f) === e.mode)
  );
  const tailMatches = need.ordered.every(
    (o, i) => tail[i]?.fieldPath === o.fieldPath && modeOf(tail[i]) === o.mode
  );
  return headMatches && tailMatches;
}

/** Whether the declared indexes satisfy one query; the missing index when not. */
export function missingIndex(file: IndexesFile, query: QueryShape): string | null {
  const need = requiredIndex(query);
  if (need.kind === 'automatic') return null;
  if (need.kind === 'group-field') {
    const override = file.fieldOverrides.find(
      (o) => o.collectionGroup === need.collectionGroup && o.fieldPath === need.fieldPath
    );
    const served = need.modes.every((mode) =>
      override?.indexes.some(
        (i) =>
          i.queryScope === 'COLLECTION_GROUP' &&
          (mode === 'CONTAINS' ? i.arrayConfig === 'CONTAINS' : i.order === mode)
      )
    );
    return served
      ? null
      : `fieldOverride ${need.collectionGroup}.${need.fieldPath} COLLECTION_GROUP ${need.modes.join('+')}`;
  }
  if (file.indexes.some((index) => compositeServes(index, need))) return null;
  const fields = [...need.equality, ...need.ordered].map((f) => `${f.fieldPath} ${f.mode}`).join(', ');
  return `composite ${need.collectionGroup} (${need.queryScope}): ${fields}`;
}
