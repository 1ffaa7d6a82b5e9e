/**
 * "Rules are not filters": a list query is allowed only when its own constraints prove
 * that every document it could return is allowed.
 *
 * The query's filter is put in disjunctive normal form (IN, ARRAY_CONTAINS_ANY and OR
 * become alternatives). Each alternative is a *scenario*: a symbolic `resource` whose
 * `data` knows, per filtered field:
 *   - EQUAL / IN value / IS_NULL / IS_NAN  → the concrete value;
 *   - <, <=, >, >=                          → bounds (also: the field is of that type);
 *   - != / NOT_IN / IS_NOT_NULL / IS_NOT_NAN → values it is not;
 *   - ARRAY_CONTAINS(_ANY)                  → a value the array contains;
 *   - orderBy                               → only that the field exists.
 * `__name__ ==` / `in` fixes resource.__name__ and resource.id.
 * Anything else read from the document is *unknown*; an unknown that decides the rule
 * means "cannot prove", i.e. deny. The list rule must allow in every scenario.
 * Cursors (startAt/endAt) only narrow a query, so ignoring them never wrongly allows.
 */
import { parseFieldPath } from '../paths';
import type { RestValue, RulesQuery } from './contract';
import { type PathSeg, concrete } from './matcher';
import {
  type FieldFacts,
  type Value,
  documentPathSegments,
  fromRest,
  int,
  referenceToSegments,
  show,
  str,
  unknown,
  valuesEqual
} from './values';

/** Cloud Firestore allows at most 30 disjunctions; more would only slow the check. */
export const MAX_SCENARIOS = 100;

type Atom =
  | { field: string[]; kind: 'eq' | 'ne' | 'contains'; value: Value }
  | { field: string[]; kind: 'lt' | 'lte' | 'gt' | 'gte'; value: Value }
  | { field: string[]; kind: 'exists' };

export interface ListCheck {
  /** Path the rules are matched against: collection + one unknown document id. */
  matchPath: PathSeg[];
  /** Each is a rules.firestore.Resource value with symbolic data. */
  scenarios: Value[];
  /** What each scenario assumes, for messages ('status == "baru"'). */
  labels: string[];
  /** request.query */
  query: Value;
  /** Set when the query itself cannot be checked (then deny). */
  problem?: string;
}

const OPS: Record<string, string> = {
  '1': 'LESS_THAN',
  '2': 'LESS_THAN_OR_EQUAL',
  '3': 'GREATER_THAN',
  '4': 'GREATER_THAN_OR_EQUAL',
  '5': 'EQUAL',
  '6': 'NOT_EQUAL',
  '7': 'ARRAY_CONTAINS',
  '8': 'IN',
  '9': 'ARRAY_CONTAINS_ANY',
  '10': 'NOT_IN'
};
const UNARY_OPS: Record<string, string> = {
  '2': 'IS_NAN',
  '3': 'IS_NULL',
  '4': 'IS_NOT_NAN',
  '5': 'IS_NOT_NULL'
};
const COMPOSITE_OPS: Record<string, string> = { '1': 'AND', '2': 'OR' };

class QueryProblem extends Error {}

/** The query engine's own field-path grammar: the proof must be about the fields it filters. */
function fieldPath(fp: string): string[] {
  try {
    return parseFieldPath(fp);
  } catch {
    throw new QueryProblem(`invalid field path ${fp}`);
  }
}

function fieldOf(x: unknown): string[] {
  const fp = (x as { fieldPath?: unknown } | undefined)?.fieldPath;
  if (typeof fp !== 'string') throw new QueryProblem('filter without a field path');
  return fieldPath(fp);
}

function listValues(v: Value): Value[] {
  if (v.t !== 'list') throw new QueryProblem('IN / NOT_IN / ARRAY_CONTAINS_ANY needs an array value');
  return v.v;
}

function product(a: Atom[][], b: Atom[][]): Atom[][] {
  const out: Atom[][] = [];
  for (const x of a) for (const y of b) out.push([...x, ...y]);
  if (out.length > MAX_SCENARIOS)
    throw new QueryProblem(`the query has more than ${MAX_SCENARIOS} disjunctions`);
  return out;
}

function toDnf(filter: Record<string, unknown>): Atom[][] {
  if (filter.compositeFilter) {
    const cf = filter.compositeFilter as { op?: unknown; filters?: Record<string, unknown>[] };
    const op = COMPOSITE_OPS[String(cf.op)] ?? String(cf.op);
    const parts = (cf.filters ?? []).map(toDnf);
    if (op === 'OR') {
      const out = parts.flat();
      if (out.length > MAX_SCENARIOS)
        throw new QueryProblem(`the query has more than ${MAX_SCENARIOS} disjunctions`);
      return out;
    }
    return parts.reduce(product, [[]]);
  }
  if (filter.fieldFilter) {
    const ff = filter.fieldFilter as { field?: unknown; op?: unknown; value?: RestValue };
    const field = fieldOf(ff.field);
    const op = OPS[String(ff.op)] ?? String(ff.op);
    if (!ff.value) throw new QueryProblem('field filter without a value');
    const value = fromRest(ff.value);
    switch (op) {
      case 'EQUAL':
        return [[{ field, kind: 'eq', value }]];
      case 'NOT_EQUAL':
        return [[{ field, kind: 'ne', value }]];
      case 'LESS_THAN':
        return [[{ field, kind: 'lt', value }]];
      case 'LESS_THAN_OR_EQUAL':
        return [[{ field, kind: 'lte', value }]];
      case 'GREATER_THAN':
        return [[{ field, kind: 'gt', value }]];
      case 'GREATER_THAN_OR_EQUAL':
        return [[{ field, kind: 'gte', value }]];
      case 'ARRAY_CONTAINS':
        return [[{ field, kind: 'contains', value }]];
      case 'IN':
        return listValues(value).map((v) => [{ field, kind: 'eq', value: v }]);
      case 'ARRAY_CONTAINS_ANY':
        return listValues(value).map((v) => [{ field, kind: 'contains', value: v }]);
      case 'NOT_IN':
        return [listValues(value).map((v): Atom => ({ field, kind: 'ne', value: v }))];
    }
    throw new QueryProblem(`unsupported filter operator ${op}`);
  }
  if (filter.unaryFilter) {
    const uf = filter.unaryFilter as { field?: unknown; op?: unknown };
    const field = fieldOf(uf.field);
    const op = UNARY_OPS[String(uf.op)] ?? String(uf.op);
    switch (op) {
      case 'IS_NULL':
        return [[{ field, kind: 'eq', value: { t: 'null' } }]];
      case 'IS_NAN':
        return [[{ field, kind: 'eq', value: { t: 'float', v: Number.NaN } }]];
      case 'IS_NOT_NULL':
        return [[{ field, kind: 'ne', value: { t: 'null' } }]];
      case 'IS_NOT_NAN':
        return [[{ field, kind: 'ne', value: { t: 'float', v: Number.NaN } }]];
    }
    throw new QueryProblem(`unsupported unary operator ${op}`);
  }
  return [[]];
}

const emptyFacts = (): FieldFacts => ({ notEqual: [], contains: [] });

/**
 * What `field == value` tells about the field. `== 1` also matches a stored 1.0 (and `== 1.0`
 * a stored 1), so a number is known only as a number equal to it, not as an int or a float.
 */
function equalTo(value: Value, map: Extract<Value, { t: 'symmap' }>, key: string): Value {
  if ((value.t !== 'int' && value.t !== 'float') || Number.isNaN(Number(value.v))) return value;
  const point = { value, inclusive: true };
  return { t: 'sym', facts: { ...emptyFacts(), lower: point, upper: point }, name: `${map.name}.${key}` };
}

/** Builds resource.data for one conjunction of constraints. */
function scenarioData(atoms: Atom[]): Value {
  const root: Extract<Value, { t: 'symmap' }> = { t: 'symmap', fields: new Map(), name: 'resource.data' };
  for (const atom of atoms) {
    let map = root;
    const keys = atom.field;
    for (const key of keys.slice(0, -1)) {
      const next = map.fields.get(key);
      if (next?.t === 'symmap') map = next;
      else if (next === undefined) {
        const created: Extract<Value, { t: 'symmap' }> = {
          t: 'symmap',
          fields: new Map(),
          name: `${map.name}.${key}`
        };
        map.fields.set(key, created);
        map = created;
      } else {
        map = { t: 'symmap', fields: new Map(), name: 'ignored' }; // already concrete: keep it
      }
    }
    const last = keys[keys.length - 1] as string;
    const current = map.fields.get(last);
    if (atom.kind === 'eq') {
      if (current === undefined || current.t === 'sym') map.fields.set(last, equalTo(atom.value, map, last));
      continue;
    }
    if (current !== undefined && current.t !== 'sym') continue; // a concrete value already says more
    const sym: Extract<Value, { t: 'sym' }> = current ?? {
      t: 'sym',
      facts: emptyFacts(),
      name: `${map.name}.${last}`
    };
    const f = sym.facts;
    switch (atom.kind) {
      case 'ne':
        f.notEqual.push(atom.value);
        break;
      case 'contains':
        f.contains.push(atom.value);
        break;
      case 'lt':
      case 'lte':
        f.upper = tighter(f.upper, { value: atom.value, inclusive: atom.kind === 'lte' }, 'upper');
        break;
      case 'gt':
      case 'gte':
        f.lower = tighter(f.lower, { value: atom.value, inclusive: atom.kind === 'gte' }, 'lower');
        break;
      case 'exists':
        break;
    }
    map.fields.set(last, sym);
  }
  return root;
}

function tighter(
  old: FieldFacts['lower'],
  next: NonNullable<FieldFacts['lower']>,
  side: 'lower' | 'upper'
): FieldFacts['lower'] {
  if (!old) return next;
  if (old.value.t !== next.value.t && !(isNum(old.value) && isNum(next.value))) return old;
  const a = isNum(old.value)
    ? Number((old.value as { v: number | bigint }).v)
    : (old.value as { v: unknown }).v;
  const b = isNum(next.value)
    ? Number((next.value as { v: number | bigint }).v)
    : (next.value as { v: unknown }).v;
  if (a === b) return old.inclusive ? next : old;
  const nextIsTighter = side === 'lower' ? (b as number) > (a as number) : (b as number) < (a as number);
  return nextIsTighter ? next : old;
}

const isNum = (v: Value): boolean => v.t === 'int' || v.t === 'float';

function numberOf(x: unknown): bigint | null {
  if (typeof x === 'number') return BigInt(Math.trunc(x));
  if (typeof x === 'string' && /^\d+$/.test(x)) return BigInt(x);
  if (x && typeof x === 'object' && 'value' in x) return numberOf((x as { value: unknown }).value);
  return null;
}

export function listCheck(q: RulesQuery): ListCheck {
  const sq = q.structuredQuery;
  const parentSegs = documentPathSegments(q.parent);
  const matchPath: PathSeg[] = q.allDescendants
    ? [...concrete(parentSegs), { kind: 'anyDepth' }, ...concrete([q.collectionId]), { kind: 'anyDoc' }]
    : [...concrete([...parentSegs, q.collectionId]), { kind: 'anyDoc' }];

  // request.query: limit, offset, orderBy (field → 'ASC' | 'DESC'), each only when present.
  const query = new Map<string, Value>();
  const limit = numberOf(sq.limit);
  if (limit !== null) query.set('limit', int(limit));
  const offset = numberOf(sq.offset);
  if (offset !== null) query.set('offset', int(offset));
  const orderFields: string[][] = [];
  let orderProblem: string | undefined;
  if (Array.isArray(sq.orderBy) && sq.orderBy.length > 0) {
    const order = new Map<string, Value>();
    for (const o of sq.orderBy as { field?: { fieldPath?: string }; direction?: unknown }[]) {
      const fp = o.field?.fieldPath ?? '';
      const dir = String(o.direction ?? 'ASCENDING');
      order.set(fp, str(dir === 'DESCENDING' || dir === '2' ? 'DESC' : 'ASC'));
      if (fp === '__name__') continue;
      try {
        orderFields.push(fieldPath(fp));
      } catch (e) {
        if (!(e instanceof QueryProblem)) throw e;
        orderProblem = e.message;
      }
    }
    query.set('orderBy', { t: 'map', v: order });
  }
  const queryValue: Value = { t: 'map', v: query };

  let alternatives: Atom[][];
  try {
    if (orderProblem) throw new QueryProblem(orderProblem);
    // An empty collection id with allDescendants reads every collection (admin recursiveDelete):
    // no `match` can speak for all of them.
    if (q.collectionId === '') throw new QueryProblem('the query names no collection id');
    alternatives = sq.where ? toDnf(sq.where as Record<string, unknown>) : [[]];
  } catch (e) {
    if (e instanceof QueryProblem)
      return { matchPath, scenarios: [], labels: [], query: queryValue, problem: e.message };
    throw e;
  }

  const labels = alternatives.map(describeAtoms);
  const scenarios = alternatives.map((atoms) => {
    const nameAtoms = atoms.filter((a) => a.field.length === 1 && a.field[0] === '__name__');
    const dataAtoms = atoms.filter((a) => !(a.field.length === 1 && a.field[0] === '__name__'));
    for (const f of orderFields) dataAtoms.push({ field: f, kind: 'exists' });
    let name: Value = unknown('resource.__name__ is not constrained by the query');
    let id: Value = unknown('resource.id is not constrained by the query');
    const eqName = nameAtoms.find((a) => a.kind === 'eq');
    if (eqName && eqName.kind === 'eq' && eqName.value.t === 'path') {
      name = eqName.value;
      id = str(eqName.value.v[eqName.value.v.length - 1] ?? '');
    } else if (eqName && eqName.kind === 'eq' && eqName.value.t === 'string') {
      const segs = referenceToSegments(eqName.value.v);
      name = { t: 'path', v: segs };
      id = str(segs[segs.length - 1] ?? '');
    }
    const resource: Value = {
      t: 'map',
      v: new Map<string, Value>([
        ['__name__', name],
        ['id', id],
        ['data', scenarioData(dataAtoms)]
      ])
    };
    return resource;
  });
  // identical scenarios (e.g. `in` with a repeated value) need checking once
  const keep = scenarios.map((s, i) => !scenarios.slice(0, i).some((o) => sameScenario(o, s)));
  return {
    matchPath,
    scenarios: scenarios.filter((_, i) => keep[i]),
    labels: labels.filter((_, i) => keep[i]),
    query: queryValue
  };
}

const ATOM_TEXT: Record<Atom['kind'], string> = {
  eq: '==',
  ne: '!=',
  contains: 'array-contains',
  lt: '<',
  lte: '<=',
  gt: '>',
  gte: '>=',
  exists: 'exists'
};

function describeAtoms(atoms: Atom[]): string {
  if (atoms.length === 0) return 'no constraint';
  return atoms
    .map((a) => `${a.field.join('.')} ${ATOM_TEXT[a.kind]}${'value' in a ? ` ${show(a.value)}` : ''}`)
    .join(' && ');
}

function sameScenario(a: Value, b: Value): boolean {
  return JSON.stringify(a, replacer) === JSON.stringify(b, replacer) || valuesEqual(a, b);
}

function replacer(_k: string, v: unknown): unknown {
  if (typeof v === 'bigint') return `${v}n`;
  if (v instanceof Map) return [...v.entries()];
  if (v instanceof Uint8Array) return [...v];
  return v;
}
