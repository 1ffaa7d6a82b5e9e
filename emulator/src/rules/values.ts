/** Runtime values of the rules language, and their conversion from the REST v1 shape. */
import type { RestValue, StoredDocument } from './contract';

export type Value =
  | { t: 'null' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'string'; v: string }
  | { t: 'bytes'; v: Uint8Array }
  /** nanoseconds since the Unix epoch */
  | { t: 'timestamp'; v: bigint }
  /** nanoseconds */
  | { t: 'duration'; v: bigint }
  /** segments; rules paths start at 'databases' */
  | { t: 'path'; v: string[] }
  | { t: 'latlng'; lat: number; lng: number }
  | { t: 'list'; v: Value[] }
  | { t: 'map'; v: Map<string, Value> }
  | { t: 'set'; v: Value[] }
  | { t: 'mapdiff'; left: Map<string, Value>; right: Map<string, Value> }
  // Symbolic values, only while checking a list query ("rules are not filters").
  /** Nothing is known: using it in a decision makes the decision unprovable. */
  | { t: 'unknown'; reason: string }
  /** A document field the query constrains without fixing its value. */
  | { t: 'sym'; facts: FieldFacts; name: string }
  /** A map whose listed keys are known (concrete or sym); any other key is unknown. */
  | { t: 'symmap'; fields: Map<string, Value>; name: string };

export interface Bound {
  value: Value;
  inclusive: boolean;
}

export interface FieldFacts {
  lower?: Bound;
  upper?: Bound;
  /** values the field is known not to equal (!=, not-in) */
  notEqual: Value[];
  /** values an array field is known to contain (array-contains) */
  contains: Value[];
}

export const NULL: Value = { t: 'null' };
export const TRUE: Value = { t: 'bool', v: true };
export const FALSE: Value = { t: 'bool', v: false };
export const bool = (v: boolean): Value => (v ? TRUE : FALSE);
export const str = (v: string): Value => ({ t: 'string', v });
export const int = (v: bigint | number): Value => ({ t: 'int', v: BigInt(v) });
export const unknown = (reason: string): Value => ({ t: 'unknown', reason });

export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;
export const NANOS = 1_000_000_000n;

/** The evaluation error: the statement does not allow (unless short-circuited away). */
export class RulesEvalError extends Error {
  constructor(
    message: string,
    readonly loc?: { file: string; line: number; column: number }
  ) {
    super(message);
  }
}

export function typeName(v: Value): string {
  switch (v.t) {
    case 'mapdiff':
      return 'map_diff';
    case 'symmap':
      return 'map';
    default:
      return v.t;
  }
}

export function isSymbolic(v: Value): v is Extract<Value, { t: 'unknown' | 'sym' | 'symmap' }> {
  return v.t === 'unknown' || v.t === 'sym' || v.t === 'symmap';
}

// ---- conversion from the REST shape ----

export function fromRest(rv: RestValue): Value {
  if ('nullValue' in rv) return NULL;
  if ('booleanValue' in rv) return bool(rv.booleanValue);
  if ('integerValue' in rv) return int(BigInt(rv.integerValue));
  if ('doubleValue' in rv) return { t: 'float', v: Number(rv.doubleValue) };
  if ('timestampValue' in rv) return { t: 'timestamp', v: parseTimestamp(rv.timestampValue) };
  if ('stringValue' in rv) return str(rv.stringValue);
  if ('bytesValue' in rv) return { t: 'bytes', v: new Uint8Array(Buffer.from(rv.bytesValue, 'base64')) };
  if ('referenceValue' in rv) return { t: 'path', v: referenceToSegments(rv.referenceValue) };
  if ('geoPointValue' in rv)
    return { t: 'latlng', lat: rv.geoPointValue.latitude ?? 0, lng: rv.geoPointValue.longitude ?? 0 };
  if ('arrayValue' in rv) return { t: 'list', v: (rv.arrayValue.values ?? []).map(fromRest) };
  if ('mapValue' in rv) return { t: 'map', v: fieldsToMap(rv.mapValue.fields ?? {}) };
  throw new RulesEvalError('Unsupported value in document');
}

export function fieldsToMap(fields: Record<string, RestValue>): Map<string, Value> {
  const m = new Map<string, Value>();
  for (const [k, v] of Object.entries(fields)) m.set(k, fromRest(v));
  return m;
}

/** 'projects/p/databases/(default)/documents/a/b' → ['databases','(default)','documents','a','b'] */
export function referenceToSegments(ref: string): string[] {
  const segs = ref.split('/').filter((s) => s !== '');
  const i = segs.indexOf('databases');
  return i >= 0 ? segs.slice(i) : segs;
}

/** Document-relative path → rules path segments under /databases/(default)/documents. */
export function documentPathSegments(path: string): string[] {
  return ['databases', '(default)', 'documents', ...path.split('/').filter((s) => s !== '')];
}

/** rules.firestore.Resource: a map with __name__, id and data. */
export function resourceValue(doc: StoredDocument): Value {
  const segs = documentPathSegments(doc.path);
  return {
    t: 'map',
    v: new Map<string, Value>([
      ['__name__', { t: 'path', v: segs }],
      ['id', str(segs[segs.length - 1] ?? '')],
      ['data', { t: 'map', v: fieldsToMap(doc.fields) }]
    ])
  };
}

/** Token claims and other plain JSON → rules values (whole numbers become int). */
export function fromJson(x: unknown): Value {
  if (x === null || x === undefined) return NULL;
  if (typeof x === 'boolean') return bool(x);
  if (typeof x === 'number') return Number.isInteger(x) ? int(BigInt(x)) : { t: 'float', v: x };
  if (typeof x === 'bigint') return int(x);
  if (typeof x === 'string') return str(x);
  if (Array.isArray(x)) return { t: 'list', v: x.map(fromJson) };
  if (typeof x === 'object') {
    const m = new Map<string, Value>();
    for (const [k, v] of Object.entries(x as Record<string, unknown>)) m.set(k, fromJson(v));
    return { t: 'map', v: m };
  }
  return str(String(x));
}

// ---- timestamps ----

const TS_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?([Zz]|[+-]\d{2}:\d{2})$/;

export function parseTimestamp(s: string): bigint {
  const m = TS_RE.exec(s);
  if (!m) throw new RulesEvalError(`Invalid timestamp '${s}'`);
  const [, y, mo, d, h, mi, se, frac, zone] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se));
  let nanos = BigInt(ms) * 1_000_000n + BigInt((frac ?? '').padEnd(9, '0') || '0');
  if (zone && zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1n : 1n;
    const offMin = BigInt(Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
    nanos -= sign * offMin * 60n * NANOS;
  }
  return nanos;
}

export function formatTimestamp(nanos: bigint): string {
  const ms = floorDiv(nanos, 1_000_000n);
  const frac = nanos - floorDiv(nanos, NANOS) * NANOS;
  const iso = new Date(Number(ms)).toISOString().slice(0, 19);
  return `${iso}.${frac.toString().padStart(9, '0')}Z`;
}

export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

export const TIMESTAMP_MIN = parseTimestamp('0001-01-01T00:00:00Z');
export const TIMESTAMP_MAX = parseTimestamp('9999-12-31T23:59:59.999999999Z');

// ---- equality and ordering ----

/** Rules equality: int and float compare numerically; different types are unequal. */
export function valuesEqual(a: Value, b: Value): boolean {
  if ((a.t === 'int' || a.t === 'float') && (b.t === 'int' || b.t === 'float')) {
    if (a.t === 'int' && b.t === 'int') return a.v === b.v;
    return Number(a.v) === Number(b.v);
  }
  if (a.t !== b.t) return false;
  switch (a.t) {
    case 'null':
      return true;
    case 'bool':
    case 'string':
    case 'timestamp':
    case 'duration':
      return a.v === (b as typeof a).v;
    case 'bytes': {
      const bv = (b as typeof a).v;
      return a.v.length === bv.length && a.v.every((x, i) => x === bv[i]);
    }
    case 'path': {
      const bv = (b as typeof a).v;
      return a.v.length === bv.length && a.v.every((x, i) => x === bv[i]);
    }
    case 'latlng': {
      const bb = b as typeof a;
      return a.lat === bb.lat && a.lng === bb.lng;
    }
    case 'list': {
      const bv = (b as typeof a).v;
      return a.v.length === bv.length && a.v.every((x, i) => valuesEqual(x, bv[i] as Value));
    }
    case 'set': {
      const bv = (b as typeof a).v;
      return a.v.length === bv.length && a.v.every((x) => bv.some((y) => valuesEqual(x, y)));
    }
    case 'map': {
      const bv = (b as typeof a).v;
      if (a.v.size !== bv.size) return false;
      for (const [k, x] of a.v) {
        const y = bv.get(k);
        if (y === undefined || !valuesEqual(x, y)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/** <0, 0, >0, or null when the two values are not ordered against each other. */
export function compareValues(a: Value, b: Value): number | null {
  if ((a.t === 'int' || a.t === 'float') && (b.t === 'int' || b.t === 'float')) {
    if (a.t === 'int' && b.t === 'int') return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
    const x = Number(a.v);
    const y = Number(b.v);
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a.t !== b.t) return null;
  switch (a.t) {
    case 'string': {
      const y = (b as typeof a).v;
      return a.v < y ? -1 : a.v > y ? 1 : 0;
    }
    case 'timestamp':
    case 'duration': {
      const y = (b as typeof a).v;
      return a.v < y ? -1 : a.v > y ? 1 : 0;
    }
    case 'bool': {
      const y = (b as typeof a).v;
      return Number(a.v) - Number(y);
    }
    case 'bytes': {
      const y = (b as typeof a).v;
      for (let i = 0; i < Math.min(a.v.length, y.length); i++) {
        const d = (a.v[i] as number) - (y[i] as number);
        if (d !== 0) return d;
      }
      return a.v.length - y.length;
    }
    default:
      return null;
  }
}

/** Short text for messages. */
export function show(v: Value): string {
  switch (v.t) {
    case 'null':
      return 'null';
    case 'bool':
      return String(v.v);
    case 'int':
      return v.v.toString();
    case 'float':
      return floatToString(v.v);
    case 'string':
      return JSON.stringify(v.v);
    case 'bytes':
      return `b'${Buffer.from(v.v).toString('hex')}'`;
    case 'timestamp':
      return formatTimestamp(v.v);
    case 'duration':
      return `${v.v}ns`;
    case 'path':
      return '/' + v.v.join('/');
    case 'latlng':
      return `latlng(${v.lat}, ${v.lng})`;
    case 'list':
      return `[${v.v.map(show).join(', ')}]`;
    case 'set':
      return `set([${v.v.map(show).join(', ')}])`;
    case 'map':
      return `{${[...v.v].map(([k, x]) => `${JSON.stringify(k)}: ${show(x)}`).join(', ')}}`;
    case 'mapdiff':
      return 'map_diff';
    case 'unknown':
      return 'unknown';
    case 'sym':
    case 'symmap':
      return v.name;
  }
}

export function floatToString(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  const s = String(x);
  return /[.eE]/.test(s) ? s : `${s}.0`;
}

export function toSet(items: Value[]): Value {
  const out: Value[] = [];
  for (const x of items) if (!out.some((y) => valuesEqual(x, y))) out.push(x);
  return { t: 'set', v: out };
}
